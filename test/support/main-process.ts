/**
 * Runs the bot the way `npm start` does (`npx tsx src/main.ts`) as a child process in its own
 * process group, collects what it prints, and always stops the whole group (npx, tsx and node).
 */
import { spawn } from "node:child_process";
import { PROJECT_ROOT } from "../../src/kb/load.js";

/** Long enough for a cold `npx tsx` start on a busy 2-core machine; still bounded. */
export const WAIT_MS = 20_000;

export interface MainProcess {
  readonly stdout: string;
  readonly stderr: string;
  /** Writes to the bot's standard input. */
  write(text: string): void;
  /** Closes standard input: the offline chat's end of input (Ctrl-D). */
  endInput(): void;
  /** Resolves when the process group is gone and its output is complete. */
  readonly closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Waits for `pattern` in stdout or stderr and returns the match. */
  waitFor(stream: "stdout" | "stderr", pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** SIGTERM to the group, then SIGKILL if it is still there after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * @param env the bot's settings; every variable of .env.example should be given (an empty string
 *   for "unset") so that a developer's own `.env` cannot change what the test runs.
 */
export function startMain(env: Record<string, string>): MainProcess {
  const child = spawn("npx", ["tsx", "src/main.ts"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    detached: true, // its own process group, so stop() reaches tsx's node child too
    stdio: ["pipe", "pipe", "pipe"],
  });
  // Writing after the bot exited must fail the assertion that follows, not crash the test run.
  child.stdin.on("error", () => undefined);
  const output = { stdout: "", stderr: "" };
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output.stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output.stderr += chunk));
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal })),
  );
  let done = false;
  void closed.then(() => (done = true));

  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // The group is already gone.
    }
  };

  return {
    get stdout() {
      return output.stdout;
    },
    get stderr() {
      return output.stderr;
    },
    write: (text) => child.stdin.write(text),
    endInput: () => child.stdin.end(),
    closed,
    async waitFor(stream, pattern, timeoutMs = WAIT_MS) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const match = output[stream].match(pattern);
        if (match) return match;
        if (done || Date.now() > deadline)
          throw new Error(
            `${done ? "The bot exited" : `Timed out after ${timeoutMs} ms`} before ${pattern} appeared in ${stream}.\n` +
              `--- stdout ---\n${output.stdout}\n--- stderr ---\n${output.stderr}`,
          );
        await sleep(50);
      }
    },
    async stop(graceMs = 5_000) {
      if (done) return;
      signalGroup("SIGTERM");
      const timer = setTimeout(() => signalGroup("SIGKILL"), graceMs);
      await closed;
      clearTimeout(timer);
    },
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
