/**
 * A broken data or locale file at start: `npx tsx src/main.ts` with a token, against a copy of
 * the project whose knowledge base has one broken file, must stop with one clear message naming
 * the file and exit code 1, before it ever reaches the Bot API: never a half-working bot.
 * (The loader finds the knowledge base next to its own source, so the copy includes src/.)
 */
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/kb/load.js";
import { startBotApiServer, type BotApiServer } from "../bot/support/bot-api-server.js";

/** A cold `npx tsx` start on a busy 2-core machine takes a few seconds; a hang is a failure. */
const EXIT_WITHIN_MS = 30_000;

let api: BotApiServer;
const roots: string[] = [];
beforeAll(async () => {
  api = await startBotApiServer();
});
afterAll(async () => {
  await api.close();
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A copy of the project (its dependencies linked) with `breakIt` applied to the copy. */
function brokenCopy(breakIt: (root: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), "bot-startup-"));
  roots.push(root);
  for (const entry of ["src", "data", "locales", "package.json", "tsconfig.json"])
    cpSync(join(PROJECT_ROOT, entry), join(root, entry), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, "node_modules"), join(root, "node_modules"), "dir");
  breakIt(root);
  return root;
}

/** Edits a text file of the copy. */
const edit = (root: string, file: string, change: (text: string) => string) =>
  writeFileSync(join(root, file), change(readFileSync(join(root, file), "utf8")));

/** Runs the bot as `npm start` does, in its own process group, and waits for it to exit. */
function start(root: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // Only what the bot needs, so that nothing from the developer's environment (REDIS_URL…) counts.
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? root,
    BOT_TOKEN: "123456:TEST-token",
    TELEGRAM_API_ROOT: api.apiRoot,
    SESSION_DIR: join(root, "sessions"),
  };
  const child = spawn("npx", ["tsx", "src/main.ts"], { cwd: root, env, detached: true });
  const output = { stdout: "", stderr: "" };
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output.stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output.stderr += chunk));
  const hung = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), EXIT_WITHIN_MS);
  return new Promise((resolve) =>
    child.on("close", (code) => {
      clearTimeout(hung);
      resolve({ code, ...output });
    }),
  );
}

describe.concurrent("a broken knowledge-base file stops the start with one message naming it", () => {
  it.each<[string, (root: string) => void, RegExp]>([
    [
      "a data file that is not valid JSON",
      (root) => edit(root, "data/facts/membership.json", (text) => text.slice(0, text.length / 2)),
      /^ {2}data\/facts\/membership\.json: invalid JSON/m,
    ],
    [
      "a fact with a field of the wrong kind",
      (root) =>
        edit(root, "data/facts/membership.json", (text) =>
          text.replace('"kind": "event"', '"kind": "rumour"'),
        ),
      /^ {2}data\/facts\/membership\.json: [a-z0-9-]+: kind /m,
    ],
    [
      "a locale file with a Fluent syntax error",
      (root) => edit(root, "locales/ru/bot.ftl", (text) => `${text}\nbroken-entry = { $unclosed\n`),
      /^ {2}locales\/ru\/bot\.ftl:\d+: Fluent syntax error/m,
    ],
    [
      "a message missing in one language",
      (root) =>
        edit(root, "locales/be/facts-membership.ftl", (text) =>
          text.replace(/^fact-application-1993 =.*\n(?: {4}\..*\n)*/m, ""),
        ),
      /^ {2}locales\/be\/: fact-application-1993: message missing in be/m,
    ],
  ])("%s", { timeout: EXIT_WITHIN_MS + 5_000 }, async (_case, breakIt, namesTheFile) => {
    const { code, stdout, stderr } = await start(brokenCopy(breakIt));

    expect(code).toBe(1);
    expect(stderr).toMatch(namesTheFile);
    expect(stderr.match(/Cannot start: the knowledge base has \d+ problem/g), stderr).toHaveLength(1);
    expect(stderr, "no stack trace").not.toMatch(/^\s+at /m);
    expect(stdout).toBe("");
    expect(api.requests, "the bot never reached the Bot API").toEqual([]);
  });
});
