/**
 * A real `redis-server` for tests (and the bench), on a free 127.0.0.1 port with nothing saved
 * to disk. On a machine without redis-server the Redis tests are skipped (`describeWithRedis`
 * in with-redis.ts), and the test run says so once, with what to install (global-setup.ts); with
 * REQUIRE_REDIS=1, as `.ci/run` sets it, they run anyway and fail with that same advice, so CI
 * never skips them.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const HOST = "127.0.0.1";
const START_DEADLINE_MS = 10_000;
const STOP_DEADLINE_MS = 5_000;

export interface RedisServer {
  /** redis://127.0.0.1:<port> */
  readonly url: string;
  readonly port: number;
  /** Stops the server (SIGTERM, then SIGKILL) and removes its folder; safe to call twice. */
  stop(): Promise<void>;
  /**
   * The same at once, for "exit" handlers, where nothing asynchronous runs any more: SIGKILL
   * (the server saves nothing) and the folder removed.
   */
  stopNow(): void;
}

/** Why redis-server cannot be run here, or undefined when it can. */
export function redisServerMissing(): string | undefined {
  return spawnSync("redis-server", ["--version"], { encoding: "utf8" }).error?.message;
}

/** Set by .ci/run: a missing redis-server fails the Redis tests instead of skipping them. */
export const REDIS_REQUIRED = process.env.REQUIRE_REDIS === "1";

/** What a developer reads when the Redis tests are skipped. */
export const REDIS_SKIP_NOTE =
  "redis-server is not installed: the Redis tests (test/deploy: polling, sessions, webhook, " +
  "two-instances, and the rate limit in Redis) are skipped. Install it to run them: apt-get install redis-server " +
  "(CI installs it and sets REQUIRE_REDIS=1, so they never skip there).";

export async function startRedis(): Promise<RedisServer> {
  const missing = redisServerMissing();
  if (missing)
    throw new Error(
      `redis-server is needed by this test and could not be run (${missing}). ` +
        "Install it: apt-get install -y redis-server (.ci/run does this on CI).",
    );
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "bot-redis-"));
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", HOST, "--save", "", "--appendonly", "no", "--dir", dir],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let running = true;
  void exited.then(() => (running = false));

  const stop = async () => {
    if (running) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), STOP_DEADLINE_MS);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const stopNow = () => {
    if (running) child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + START_DEADLINE_MS;
  while (!(await answersPing(port))) {
    if (!running || Date.now() > deadline) {
      await stop();
      throw new Error(
        `redis-server did not answer PING on ${HOST}:${port} within ${START_DEADLINE_MS} ms:\n${output}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { url: `redis://${HOST}:${port}`, port, stop, stopNow };
}

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, HOST, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Sends PING over a plain socket; true on +PONG within a second. */
function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: HOST, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => done(data.toString().startsWith("+PONG")));
  });
}
