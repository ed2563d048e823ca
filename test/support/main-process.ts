/**
 * Runs the bot the way `npm start` does (`npx tsx src/main.ts`) as a child process in its own
 * process group, collects what it prints, and always stops the whole group (npx, tsx and node).
 */
import { spawn } from "node:child_process";
import { ENV_VARIABLES } from "../../src/config.js";
import { PROJECT_ROOT } from "../../src/kb/load.js";

/** Long enough for a cold `npx tsx` start on a busy 2-core machine; still bounded. */
export const WAIT_MS = 20_000;

export interface MainProcess {
  /** The process started (npx, or node itself when a command is given). */
  readonly pid: number | undefined;
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
  /** Sends `signal` to the whole process group (as Ctrl-C in a terminal does). */
  signal(signal: NodeJS.Signals): void;
}

/** Every variable of .env.example as "unset", so that a developer's own `.env` cannot change what a test runs. */
export const UNSET_ENV: Record<string, string> = Object.fromEntries(ENV_VARIABLES.map((name) => [name, ""]));

/**
 * @param env the bot's settings; the others are unset (`UNSET_ENV`).
 * @param command what to run instead of `npx tsx src/main.ts`, such as the compiled bot.
 */
export function startMain(
  env: Record<string, string>,
  command: { file: string; args: string[]; cwd?: string } = { file: "npx", args: ["tsx", "src/main.ts"] },
): MainProcess {
  const child = spawn(command.file, command.args, {
    cwd: command.cwd ?? PROJECT_ROOT,
    env: { ...process.env, ...UNSET_ENV, ...env },
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
    pid: child.pid,
    get stdout() {
      return output.stdout;
    },
    get stderr() {
      return output.stderr;
    },
    write: (text) => child.stdin.write(text),
    signal: signalGroup,
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
