/**
 * The bot's footprint as it runs in production, in processes of its own:
 * - start: `npm start` offline, one question on stdin, until it has answered and exited (start
 *   to first answer), and its peak resident set; the compiled bot (`node dist/main.js`, as
 *   `npm start` and the Docker image run it) next to the sources run by tsx, as before issue 16.
 *   Targets: under 1.0 s and a peak under 120 MB.
 * - webhook: the compiled bot in webhook mode answering 10 000 distinct people (two updates
 *   each, questions, /help and language choices, over 8 connections from load-client.ts), its
 *   resident set at start, after them (at rest), and at its peak. Target: under 150 MB after them.
 * The resident set is read from /proc (Linux); elsewhere those figures are left out.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT } from "../src/kb/load.js";
import { webhookEnv } from "../test/deploy/instances.js";
import { startMain } from "../test/support/main-process.js";
import { runScript } from "./child.js";
import type { LoadOptions, LoadResult } from "./load-client.js";
import type { Row } from "./report.js";
import { startBotApi } from "./webhook.js";

const MiB = 1024 * 1024;
const RUNS = 5;
const QUESTION = "When was the Contact Group created?\n";
/** The flag `npm start` and the Docker image pass: a small young generation (see the README). */
export const PRODUCTION_FLAGS = ["--max-semi-space-size=2"];
const PEAK_RSS = fileURLToPath(new URL("./peak-rss.cjs", import.meta.url));

let built = false;

/** Compiles src/ to dist/ as `npm run build` does, once per bench run. */
function build(): void {
  if (built) return;
  built = true;
  const tsc = join(PROJECT_ROOT, "node_modules", "typescript", "bin", "tsc");
  const compiled = spawnSync(process.execPath, [tsc, "-p", join(PROJECT_ROOT, "tsconfig.build.json")], {
    encoding: "utf8",
  });
  if (compiled.status !== 0) throw new Error(`npm run build failed:\n${compiled.stdout}${compiled.stderr}`);
  writeFileSync(join(PROJECT_ROOT, "dist", ".built"), `${new Date().toISOString()}\n`);
}

/** One offline run answering QUESTION: milliseconds from spawn to exit, and the peak RSS in bytes. */
function offlineRun(args: string[]): Promise<{ ms: number; peak: number }> {
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    DEFAULT_LANG: "en",
    LOG_LEVEL: "error",
  };
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ["--require", PEAK_RSS, ...args], { cwd: PROJECT_ROOT, env });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  child.stdin.end(QUESTION);
  const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
  return new Promise((resolve, reject) =>
    child.once("close", (code) => {
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const peak = Number(/^peak-rss (\d+)$/m.exec(stderr)?.[1]);
      if (code !== 0 || !stdout.trim())
        reject(new Error(`${args.join(" ")} exited with ${code}:\n${stderr}`));
      else resolve({ ms, peak });
    }),
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchStartup(report: (row: Row) => void): Promise<void> {
  build();
  const variants: Record<string, string[]> = {
    "before: tsx runs src/main.ts": ["--import", "tsx", "src/main.ts"],
    "node dist/main.js, default heap": ["dist/main.js"],
    "now: npm start (node dist/main.js)": [...PRODUCTION_FLAGS, "dist/main.js"],
  };
  // Taking turns, so that a busy moment of the machine does not fall on one variant only.
  const results = new Map<string, { ms: number; peak: number }[]>();
  for (let run = 0; run < RUNS; run++)
    for (const [name, args] of Object.entries(variants))
      results.set(name, [...(results.get(name) ?? []), await offlineRun(args)]);
  for (const [name, runs] of results) {
    const ms = median(runs.map((r) => r.ms));
    const peak = median(runs.map((r) => r.peak)) / MiB;
    const met = ms < 1000 && peak < 120 ? "targets met" : "target not met";
    report({
      name,
      figures: { "start to answer ms": ms, "peak RSS MiB": peak },
      note: name.startsWith("now") ? `${met} (< 1000 ms, < 120 MiB)` : undefined,
    });
  }
}

/** The resident set of a running process, and its peak so far, in bytes (Linux). */
function residentSet(pid: number): { rss: number; peak: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kib = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1]) * 1024;
    return { rss: kib("VmRSS"), peak: kib("VmHWM") };
  } catch {
    return undefined;
  }
}

/**
 * The resident set once the load is over: the lowest of a reading a second for 8 s (V8 and the
 * allocator give memory back some seconds after a burst), with the peak of the whole run.
 */
async function atRest(pid: number): Promise<{ rss: number; peak: number } | undefined> {
  let lowest: { rss: number; peak: number } | undefined;
  for (let second = 0; second < 8; second++) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const now = residentSet(pid);
    if (now && (!lowest || now.rss < lowest.rss)) lowest = now;
  }
  return lowest;
}

const PEOPLE = 10_000;
const TOKEN = "4242:bench-token-for-the-footprint";
const SECRET = "bench-footprint-secret";

export async function benchWebhookFootprint(
  redisUrl: string | undefined,
  report: (row: Row) => void,
): Promise<void> {
  build();
  for (const where of redisUrl ? ["on disk", "in Redis"] : ["on disk"]) {
    const api = await startBotApi();
    const sessionDir = mkdtempSync(join(tmpdir(), "bench-footprint-"));
    const env = {
      ...webhookEnv({
        token: TOKEN,
        secret: SECRET,
        apiRoot: api.root,
        redisUrl: where === "in Redis" ? redisUrl! : "",
      }),
      SESSION_DIR: sessionDir,
      LOG_LEVEL: "info",
    };
    const bot = startMain(env, { file: process.execPath, args: [...PRODUCTION_FLAGS, "dist/main.js"] });
    const stopBot = () => void bot.stop();
    process.once("exit", stopBot);
    try {
      const [, port] = await bot.waitFor("stderr", /listening on http:\/\/127\.0\.0\.1:(\d+)\/telegram/);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const before = residentSet(bot.pid!);
      const options: LoadOptions = {
        url: `http://127.0.0.1:${port}/telegram`,
        secret: SECRET,
        warmUp: 0,
        requests: 2 * PEOPLE,
        concurrency: 8,
        people: PEOPLE,
      };
      const load = (await runScript("./load-client.ts", [JSON.stringify(options)], {
        timeoutMs: 300_000,
      })) as LoadResult;
      const after = await atRest(bot.pid!);
      const figures: Record<string, number> = { "requests/s": load.perSecond, failures: load.failures };
      if (before && after)
        Object.assign(figures, {
          "RSS MiB at start": before.rss / MiB,
          [`after ${PEOPLE} people`]: after.rss / MiB,
          "peak MiB": after.peak / MiB,
        });
      report({
        name: `webhook, ${PEOPLE} people, sessions ${where}`,
        figures,
        note: after
          ? after.rss < 150 * MiB
            ? "target met (< 150 MiB)"
            : "target not met (< 150 MiB)"
          : "no /proc: RSS not measured",
      });
    } finally {
      await bot.stop();
      process.off("exit", stopBot);
      await api.stop();
      rmSync(sessionDir, { recursive: true, force: true });
    }
  }
}
