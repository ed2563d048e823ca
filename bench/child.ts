/**
 * Runs one of the bench's scripts in a node process of its own (`node --import tsx <script>`),
 * bounded in time, and returns what it printed as JSON on its last line of stdout. The process
 * is killed when the time is up or the bench is interrupted.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT } from "../src/kb/load.js";

export interface ChildOptions {
  /** Node's own flags, before `--import tsx`, such as --expose-gc. */
  nodeFlags?: string[];
  timeoutMs: number;
}

/** Resolves with the script's last line of stdout, parsed; rejects with its stderr when it fails. */
export function runScript(
  script: string,
  args: string[],
  { nodeFlags = [], timeoutMs }: ChildOptions,
): Promise<unknown> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const child = spawn(process.execPath, [...nodeFlags, "--import", "tsx", path, ...args], {
    cwd: PROJECT_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = { stdout: "", stderr: "" };
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output.stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output.stderr += chunk));
  const kill = () => child.kill("SIGKILL");
  const timer = setTimeout(kill, timeoutMs);
  process.once("exit", kill);
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      process.off("exit", kill);
      const last = output.stdout.trim().split("\n").at(-1) ?? "";
      if (code === 0 && last.startsWith("{")) return resolve(JSON.parse(last));
      const why = signal === "SIGKILL" ? `was stopped after ${timeoutMs / 1000} s` : `exited with ${code}`;
      reject(new Error(`${script} ${why}:\n${output.stderr.trim() || output.stdout.trim()}`));
    });
  });
}
