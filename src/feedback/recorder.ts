/**
 * Recording, fire-and-forget: the bot hands over a question or a vote and goes on answering. The
 * entry waits in a bounded queue (2 000 entries) and is written in batches, one write at a time,
 * at most 200 ms later (at once when 500 are waiting). A full disk, a Redis that is down or a write that hangs never
 * delays or breaks an answer: the write fails or times out, the batch is dropped, and the queue,
 * if the store stays slow, drops new entries instead of growing. Failures are logged once per
 * outage, with a second line when writing works again (and how many entries were lost).
 *
 * With FEEDBACK=off there is no store: nothing is queued, nothing is written, and the bot shows
 * no 👍/👎 buttons (`enabled` is false).
 */
import type { Lang } from "../langs.js";
import { TUNING } from "../search/tuning.js";
import type { Answer } from "../search/types.js";
import { storedQuestion } from "./mask.js";
import {
  dayOf,
  firstKeptDay,
  newRecordId,
  RECORD_ID,
  type FeedbackEntry,
  type QuestionRecord,
  type Vote,
} from "./record.js";
import type { FeedbackStore } from "./store.js";

/** What the search core decided, as much of it as is kept. */
export type Outcome =
  | { lang: Lang; kind: "answered"; fact: string; confidence: number }
  | { lang: Lang; kind: "declined"; confidence: number; suggested: string[] };

export interface FeedbackLog {
  warn(...data: unknown[]): void;
  info?(...data: unknown[]): void;
}

export interface RecorderOptions {
  /** Undefined: recording is off (FEEDBACK=off). */
  store?: FeedbackStore;
  retentionDays: number;
  log: FeedbackLog;
  /** The clock; tests move it. */
  now?: () => number;
  /** How long an entry may wait for others to share its write; 200 ms by default. */
  flushDelayMs?: number;
  /** Entries waiting at most; more are dropped. */
  capacity?: number;
  batchSize?: number;
  /** A write taking longer is reported as failing (and the queue waits for it to end). */
  writeTimeoutMs?: number;
  /**
   * An outage ends, and is said to, only after this long without a problem: a queue that fills
   * and drains under a burst is one outage, not a line per burst. 60 s by default.
   */
  quietMs?: number;
}

export interface RecorderStats {
  /** Entries the store accepted. */
  written: number;
  /** Entries lost: the queue was full, or their write failed. */
  dropped: number;
  /** Writes that failed or timed out. */
  failures: number;
}

export interface FeedbackRecorder {
  /** False with FEEDBACK=off: nothing is recorded and no vote buttons are shown. */
  readonly enabled: boolean;
  /** FEEDBACK_RETENTION_DAYS, for /privacy. */
  readonly retentionDays: number;
  /**
   * Queues a question and what was decided; returns the new record's id (for the vote buttons),
   * or undefined when nothing is recorded. Never throws, never waits.
   */
  question(text: string, outcome: Outcome): string | undefined;
  /** Queues a vote on a record; a later vote replaces it. Never throws, never waits. */
  vote(id: string, vote: Vote): void;
  /** Resolves when everything queued so far has been written or dropped (tests, shutdown). */
  flush(): Promise<void>;
  /** Flushes (waiting at most the write timeout and a second), then closes the store. */
  close(): Promise<void>;
  stats(): RecorderStats;
}

const RECENT_QUESTIONS = 500;
const DEFAULTS = {
  capacity: 2_000,
  batchSize: 500,
  writeTimeoutMs: 2_000,
  quietMs: 60_000,
  flushDelayMs: 200,
};

/** The outcome of an answer worth recording: a fact or a decline; small talk is not a question. */
export function outcomeOf(answer: Answer): Outcome | undefined {
  const confidence = Math.round(Math.min(1, Math.max(0, answer.confidence)) * 100) / 100;
  if (answer.kind === "fact" && answer.fact)
    return { lang: answer.lang, kind: "answered", fact: answer.fact.id, confidence };
  if (answer.kind === "decline")
    return {
      lang: answer.lang,
      kind: "declined",
      confidence,
      suggested: answer.suggestions.slice(0, TUNING.suggestions).map((fact) => fact.id),
    };
  return undefined;
}

export function createRecorder(options: RecorderOptions): FeedbackRecorder {
  const { store, log } = options;
  const now = options.now ?? Date.now;
  const { capacity, batchSize, writeTimeoutMs, quietMs, flushDelayMs } = { ...DEFAULTS, ...options };
  const stats: RecorderStats = { written: 0, dropped: 0, failures: 0 };
  const pending: FeedbackEntry[] = [];
  let draining: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;

  /** Writes now, unless a write is under way (it takes what is queued when it ends). */
  const startDrain = () => {
    clearTimeout(timer);
    timer = undefined;
    draining ??= drain().finally(() => {
      draining = undefined;
      if (pending.length > 0) schedule(false);
    });
  };
  /**
   * Entries wait up to `flushDelayMs` to go in one write with those that follow, or less, when
   * a batch is full: under load a write carries a whole batch, and costs little per entry.
   */
  let timerIsSoon = false;
  const schedule = (full: boolean) => {
    if (draining || (timer && (timerIsSoon || !full))) return;
    clearTimeout(timer);
    timerIsSoon = full;
    timer = setTimeout(startDrain, full ? 0 : flushDelayMs);
    // A pending write does not keep a finished process alive; close() writes what is left.
    timer.unref();
  };
  /**
   * Set from the first failing write or overflowing queue until a write succeeds `quietMs` after
   * the last problem: one warning when it starts, one line when it ends.
   */
  let outage: { droppedBefore: number; lastProblemAt: number } | undefined;

  const reportProblem = (what: string) => {
    if (outage) {
      outage.lastProblemAt = now();
      return;
    }
    outage = { droppedBefore: stats.dropped, lastProblemAt: now() };
    log.warn(
      `Feedback is not being stored: ${what}. Answers are not affected; entries are dropped until it works again`,
    );
  };
  const reportRecovery = () => {
    if (!outage || now() - outage.lastProblemAt < quietMs) return;
    const lost = stats.dropped - outage.droppedBefore;
    outage = undefined;
    (log.info ?? log.warn)(
      `Feedback is stored again (${lost} entr${lost === 1 ? "y" : "ies"} lost meanwhile)`,
    );
  };

  // The masked form of recent questions: popular ones repeat, and masking is most of the cost of
  // recording. The answer cache holds as many question texts in memory already.
  const recent = new Map<string, string>();
  const masked = (text: string) => {
    let q = recent.get(text);
    if (q !== undefined) return q;
    q = storedQuestion(text);
    if (recent.size >= RECENT_QUESTIONS) recent.delete(recent.keys().next().value!);
    recent.set(text, q);
    return q;
  };

  const push = (entry: FeedbackEntry) => {
    if (!store) return;
    if (pending.length >= capacity) {
      reportProblem(`the queue is full (${capacity} entries waiting: the store is too slow or stuck)`);
      stats.dropped++;
      return;
    }
    pending.push(entry);
    schedule(pending.length >= batchSize);
  };

  /**
   * Writes the first batch, then goes on only with full ones: what is left waits for the timer
   * and the entries that follow it, since each write costs the disk as much as many entries do.
   */
  async function drain(): Promise<void> {
    for (
      let first = true;
      store && (first ? pending.length > 0 : pending.length >= batchSize);
      first = false
    ) {
      const batch = pending.splice(0, batchSize);
      const today = dayOf(now());
      const write = store.append(batch, today);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<"timeout">((resolve) => {
        timer = setTimeout(() => resolve("timeout"), writeTimeoutMs);
        timer.unref();
      });
      const result = await Promise.race([
        write.then(
          () => "ok" as const,
          (error: unknown) => error,
        ),
        timeout,
      ]);
      clearTimeout(timer);
      if (result === "ok") {
        stats.written += batch.length;
        reportRecovery();
        continue;
      }
      reportProblem(
        result === "timeout"
          ? `a write took over ${writeTimeoutMs} ms (${store.description})`
          : `${describe(result)} (${store.description})`,
      );
      stats.failures++;
      stats.dropped += batch.length;
      // One write at a time, also after a timeout: new entries wait (and overflow) meanwhile.
      if (result === "timeout") await write.catch(() => undefined);
    }
  }

  return {
    enabled: store !== undefined,
    retentionDays: options.retentionDays,
    question(text, outcome) {
      if (!store) return undefined;
      const q = masked(text);
      if (q.length === 0) return undefined;
      const id = newRecordId();
      const day = dayOf(now());
      // Built field by field, so that nothing else can reach the store (the schema checks it on reading).
      const record: QuestionRecord =
        outcome.kind === "answered"
          ? {
              t: "q",
              id,
              day,
              lang: outcome.lang,
              q,
              outcome: "answered",
              fact: outcome.fact,
              confidence: outcome.confidence,
            }
          : {
              t: "q",
              id,
              day,
              lang: outcome.lang,
              q,
              outcome: "declined",
              confidence: outcome.confidence,
              suggested: outcome.suggested.slice(0, TUNING.suggestions),
            };
      push(record);
      return id;
    },
    vote(id, vote) {
      if (!store || !RECORD_ID.test(id) || (vote !== "up" && vote !== "down")) return;
      push({ t: "v", id, day: dayOf(now()), vote });
    },
    async flush() {
      while (timer || draining) {
        if (timer) startDrain();
        await draining;
      }
    },
    async close() {
      // Bounded, so that a store that hangs cannot hold up a shutdown: what is left is lost.
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, writeTimeoutMs + 1_000)));
      await Promise.race([this.flush(), deadline]);
      clearTimeout(timer);
      await store?.close();
    },
    stats: () => ({ ...stats }),
  };
}

/** An error's kind and message: never a payload (fs and Redis errors carry none). */
function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}

/** For the report: whether an entry is still within the retention on `today`. */
export function isKept(entry: FeedbackEntry, today: string, retentionDays: number): boolean {
  return entry.day >= firstKeptDay(today, retentionDays);
}
