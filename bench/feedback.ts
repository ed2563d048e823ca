/**
 * What recording costs an answer (feedback-stream.ts): free-text questions through
 * `handleUpdate` with FEEDBACK=off and on, in CPU time per update. Target: on costs at most 5%
 * more than off. The control line is a second bot with it off: how far two identical bots differ
 * on this machine, the noise of the figure. Three streams: cached answers with the Bot API
 * answered in process (the least work an answer can be, so recording weighs most), the same with
 * the replies sent over HTTP to 127.0.0.1 as in production, and new questions (search runs).
 */
import { runScript } from "./child.js";
import type { Row } from "./report.js";
import { startBotApi } from "./webhook.js";

interface Result {
  offUs: number;
  onUs: number;
  controlUs: number;
  /** Medians of each round's ratio to the off side (feedback-stream.ts). */
  onRatio: number;
  controlRatio: number;
  written: number;
  dropped: number;
  updates: number;
}

const WHAT = {
  cached: "repeated questions (answer cache), Bot API in process",
  http: "repeated questions (answer cache), Bot API over HTTP",
  fresh: "new questions (search runs), Bot API in process",
};

export async function benchFeedback(report: (row: Row) => void): Promise<void> {
  const api = await startBotApi();
  try {
    for (const mode of ["cached", "http", "fresh"] as const) await benchMode(mode, api.root, report);
  } finally {
    await api.stop();
  }
}

async function benchMode(
  mode: keyof typeof WHAT,
  apiRoot: string,
  report: (row: Row) => void,
): Promise<void> {
  // Over HTTP an update costs several times more: fewer batches give as many samples' worth.
  const args = mode === "http" ? ["cached", "40", apiRoot] : [mode];
  const result = (await runScript("feedback-stream.ts", args, {
    timeoutMs: 600_000,
    nodeFlags: ["--expose-gc"],
  })) as Result;
  const cost = (ratio: number) => 100 * (ratio - 1);
  const what = WHAT[mode];
  report({ name: `${what}, FEEDBACK=off`, figures: { "µs CPU/update": result.offUs } });
  report({
    name: `${what}, FEEDBACK=on`,
    figures: { "µs CPU/update": result.onUs, "cost %, target ≤ 5": cost(result.onRatio) },
    note:
      result.dropped > 0
        ? `${result.dropped} of ${result.written + result.dropped} entries dropped by the bounded queue`
        : `all ${result.written} entries written to files`,
  });
  report({
    name: `${what}, control (off again)`,
    figures: { "µs CPU/update": result.controlUs, "cost %": cost(result.controlRatio) },
  });
}
