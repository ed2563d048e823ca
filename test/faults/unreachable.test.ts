/**
 * A Bot API that cannot be reached at start: `npm start` with a token against a closed port and
 * against a server that accepts connections and never answers. Either way the bot must stop
 * within TELEGRAM_CONNECT_TIMEOUT (plus start-up) with one message naming the Bot API root and
 * what to check, and exit 1, instead of hanging silently; and a SIGTERM or SIGINT while it is
 * still trying must stop it at once.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMain, WAIT_MS } from "../support/main-process.js";
import { freePort } from "../support/redis.js";

const TOKEN = "123456789:unreachable-test-token-abcdefghij";
/** Seconds; the bot gives up after this, and the test allows it a cold start on top. */
const CONNECT_TIMEOUT_S = 3;

let sessionDir: string;
let mute: Server;
let muteRoot: string;
const held: Socket[] = [];

beforeAll(async () => {
  sessionDir = mkdtempSync(join(tmpdir(), "unreachable-sessions-"));
  // Accepts every connection and never answers: what a black-holing firewall or a stuck proxy does.
  mute = createServer((socket) => void held.push(socket));
  await new Promise<void>((resolve) => mute.listen(0, "127.0.0.1", resolve));
  muteRoot = `http://127.0.0.1:${(mute.address() as { port: number }).port}`;
});

afterAll(async () => {
  for (const socket of held) socket.destroy();
  await new Promise((resolve) => mute.close(resolve));
  rmSync(sessionDir, { recursive: true, force: true });
});

/** node itself, not npx: the exit code and the signal are the bot's own. */
const startAgainst = (apiRoot: string, timeout = String(CONNECT_TIMEOUT_S)) =>
  startMain(
    {
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      TELEGRAM_CONNECT_TIMEOUT: timeout,
      SESSION_DIR: sessionDir,
      LOG_LEVEL: "info",
    },
    { file: process.execPath, args: ["--import", "tsx", "src/main.ts"] },
  );

describe("a Bot API that cannot be reached at start", () => {
  it.each([
    ["nothing listens on its port", async () => `http://127.0.0.1:${await freePort()}`, /ECONNREFUSED/],
    [
      "it accepts the connection and never answers",
      () => Promise.resolve(muteRoot),
      /no answer within \d+ s/,
    ],
  ])(
    "stops with one message naming it and exit 1 when %s",
    { timeout: WAIT_MS + CONNECT_TIMEOUT_S * 1000 },
    async (_case, apiRoot, networkError) => {
      const root = await apiRoot();
      const run = startAgainst(root);
      const started = Date.now();
      await run.waitFor("stderr", /Sessions: /);
      const { code } = await run.closed;
      const took = Date.now() - started;

      expect(code).toBe(1);
      const failures = run.stderr.match(/^Cannot start: .*$/gm) ?? [];
      expect(failures, run.stderr).toHaveLength(1);
      expect(failures[0]).toContain(`could not reach the Bot API at ${root}`);
      expect(failures[0]).toMatch(
        /getMe got no answer in \d+ attempt\(s\) within 3 s \(TELEGRAM_CONNECT_TIMEOUT\)/,
      );
      expect(failures[0]).toMatch(networkError);
      expect(failures[0]).toContain(
        "check that this Bot API server runs and that TELEGRAM_API_ROOT is its address",
      );
      expect(took, "gave up near the deadline, not at grammY's 500 s").toBeLessThan(
        CONNECT_TIMEOUT_S * 1000 + 4_000,
      );
      expect(run.stderr + run.stdout).not.toContain(TOKEN.split(":")[1]);
    },
  );

  it.each(["SIGTERM", "SIGINT"] as const)(
    "stops at once on %s while it is still trying, with exit code 0",
    { timeout: WAIT_MS + 10_000 },
    async (signal) => {
      const run = startAgainst(muteRoot, "60");
      await run.waitFor("stderr", /Sessions: /);
      await new Promise((resolve) => setTimeout(resolve, 300)); // getMe is on its way
      const sent = Date.now();
      run.signal(signal);
      const { code } = await run.closed;

      expect(Date.now() - sent, "no 10 s wait for a start that is abandoned").toBeLessThan(2_000);
      expect(code).toBe(0);
      expect(run.stderr).toContain(`${signal} during start-up: stopping`);
      expect(run.stderr).not.toMatch(/Cannot start|Did not stop/);
    },
  );
});
