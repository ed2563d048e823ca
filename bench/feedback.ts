/**
 * What recording costs an answer (feedback-stream.ts): free-text questions through
 * `handleUpdate` with FEEDBACK=off and on, in CPU time per update. Target: on costs at most 5%
 * more than off. The control line is a second bot with it off: how far two identical bots differ
 * on this machine, the noise of the figure.
 */
import { runScript } from "./child.js";
import type { Row } from "./report.js";

interface Result {
  offUs: number;
  onUs: number;
  controlUs: number;
  written: number;
  dropped: number;
  updates: number;
}

export async function benchFeedback(report: (row: Row) => void): Promise<void> {
  for (const mode of ["cached", "fresh"] as const) {
    const result = (await runScript("feedback-stream.ts", [mode], { timeoutMs: 600_000 })) as Result;
    const cost = (us: number) => (100 * (us - result.offUs)) / result.offUs;
    const what = mode === "cached" ? "repeated questions (answer cache)" : "new questions (search runs)";
    report({ name: `${what}, FEEDBACK=off`, figures: { "µs CPU/update": result.offUs } });
    report({
      name: `${what}, FEEDBACK=on`,
      figures: { "µs CPU/update": result.onUs, "cost %, target ≤ 5": cost(result.onUs) },
      note:
        result.dropped > 0
          ? `${result.dropped} of ${result.written + result.dropped} entries dropped by the bounded queue`
          : `all ${result.written} entries written to files`,
    });
    report({
      name: `${what}, control (off again)`,
      figures: { "µs CPU/update": result.controlUs, "cost %": cost(result.controlUs) },
    });
  }
}
