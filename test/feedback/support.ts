/** Shared by the feedback tests: a clock, a log that keeps its lines, stores that fail on demand. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import type { FeedbackEntry } from "../../src/feedback/record.js";
import type { FeedbackStore } from "../../src/feedback/store.js";

export const DAY_MS = 86_400_000;

export function clock(start = "2026-12-01T15:42:17.123Z") {
  let now = Date.parse(start);
  return {
    now: () => now,
    advanceDays: (days: number) => void (now += days * DAY_MS),
  };
}

export function recordingLog() {
  const lines: { level: string; text: string }[] = [];
  const at =
    (level: string) =>
    (...data: unknown[]) =>
      lines.push({ level, text: data.map(String).join(" ") });
  return { lines, log: { warn: at("warn"), info: at("info") } };
}

/** A store in memory that can be told to fail or hang, and remembers every batch it got. */
export function memoryStore() {
  const entries: FeedbackEntry[] = [];
  const batches: { entries: FeedbackEntry[]; today: string }[] = [];
  const control = { fail: undefined as Error | undefined, hang: false, release: () => undefined as void };
  const store: FeedbackStore = {
    description: "memory",
    async append(batch, today) {
      batches.push({ entries: [...batch], today });
      if (control.hang) await new Promise<void>((resolve) => (control.release = resolve));
      if (control.fail) throw control.fail;
      entries.push(...batch);
    },
    readAll: () => Promise.resolve([...entries]),
    close: () => Promise.resolve(),
  };
  return { store, entries, batches, control };
}

/** A fresh folder per test, removed after it. */
export function useTempDir(prefix = "feedback-") {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}
