/**
 * No lost /language choice on a crash: the bot, saving choices to session files as fast as it
 * can, is killed with SIGKILL at random moments, again and again. After every kill each file
 * must still parse and hold either the person's previous choice or the one being saved, never
 * an empty or half-written file (which @grammyjs/storage-file's plain writeFile could leave).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { INTERRUPTED_WRITE } from "../../src/bot/sessions.js";
import { PROJECT_ROOT } from "../../src/kb/load.js";

const PEOPLE = 30;
const KILLS = 8;
const dir = mkdtempSync(join(tmpdir(), "session-crash-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sessionFile = (userId: number) => join(dir, String(userId).slice(-2), `${userId}.json`);

/** Runs the writer until it has finished at least `minimumDone` updates and `extraMs` more, then SIGKILLs it. */
function runAndKill(round: number, minimumDone: number, extraMs: number): Promise<string[]> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "test/support/session-writer.ts", dir, String(PEOPLE), String(round)],
    { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  const lines: string[] = [];
  let buffered = "";
  let stderr = "";
  let done = 0;
  let killTimer: NodeJS.Timeout | undefined;
  const guard = setTimeout(() => child.kill("SIGKILL"), 30_000);
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    buffered += chunk;
    const complete = buffered.split("\n");
    buffered = complete.pop() ?? "";
    for (const line of complete) {
      lines.push(line);
      if (line.startsWith("done ") && ++done === minimumDone)
        killTimer = setTimeout(() => child.kill("SIGKILL"), extraMs);
    }
  });
  return new Promise((resolve, reject) =>
    child.once("close", (_code, signal) => {
      clearTimeout(guard);
      clearTimeout(killTimer);
      if (signal !== "SIGKILL") reject(new Error(`the writer ended by itself (${signal}):\n${stderr}`));
      else if (done < minimumDone)
        reject(new Error(`the writer was stopped after ${done} updates:\n${stderr}`));
      else resolve(lines);
    }),
  );
}

describe("session files when the bot is killed while saving choices", () => {
  it(`hold the old or the new choice after each of ${KILLS} SIGKILLs`, { timeout: 120_000 }, async () => {
    /** What each person's file held before the round: undefined when there was none. */
    const onDisk = new Map<number, string | undefined>();
    for (let kill = 0; kill < KILLS; kill++) {
      const lines = await runAndKill(kill * PEOPLE, PEOPLE, 20 + Math.floor(Math.random() * 300));
      // Per person: every choice the round tried to save, in order; only the last done and the one after it count.
      const lastDone = new Map<number, string>();
      const tried = new Map<number, string>();
      for (const line of lines) {
        const [what, id, lang] = line.split(" ");
        if (what === "done") lastDone.set(Number(id), lang!);
        if (what === "try") tried.set(Number(id), lang!);
      }
      for (let userId = 1_000; userId < 1_000 + PEOPLE; userId++) {
        const file = sessionFile(userId);
        const allowed = new Set([lastDone.get(userId) ?? onDisk.get(userId), tried.get(userId)]);
        if (!existsSync(file)) {
          expect(allowed.has(undefined) || !lastDone.has(userId), `user ${userId} lost their file`).toBe(
            true,
          );
          continue;
        }
        const text = readFileSync(file, "utf8");
        let language: unknown;
        expect(
          () => (language = (JSON.parse(text) as { language?: unknown }).language),
          `${file}: ${JSON.stringify(text)}`,
        ).not.toThrow();
        expect(allowed, `user ${userId}'s file holds ${String(language)}`).toContain(language);
        onDisk.set(userId, language as string);
      }
    }
    // Temporary files of interrupted writes are never taken for sessions (and the next start removes them).
    const leftovers = readdirSync(dir).flatMap((folder) => readdirSync(join(dir, folder)));
    for (const name of leftovers)
      expect(name.endsWith(".json") || INTERRUPTED_WRITE.test(name), name).toBe(true);
  });
});
