/**
 * Where feedback entries live. Two implementations: an append-only file under SESSION_DIR,
 * rotated by size (file-store.ts), and a Redis sorted set shared by every instance, bounded in
 * length (redis-store.ts). Both drop entries older than the retention when they write.
 */
import type { FeedbackEntry } from "./record.js";

export interface FeedbackStore {
  /** Says where entries go, for the start-up log: never a password. */
  readonly description: string;
  /**
   * Adds entries; a vote replaces an earlier vote on the same record. `today` is the day of the
   * write: entries before the retention's first day are removed then (and never written).
   */
  append(entries: readonly FeedbackEntry[], today: string): Promise<void>;
  /** Every entry kept, questions and votes; a vote follows any earlier vote on the same record. */
  readAll(): Promise<FeedbackEntry[]>;
  /** Releases what the store holds itself (not a Redis client it was given). */
  close(): Promise<void>;
}

/**
 * The last vote of each record in a batch: a person pressing 👍 then 👎 within one batch wants
 * 👎. Stores write batches after this, in any order.
 */
export function lastVotes(entries: readonly FeedbackEntry[]): readonly FeedbackEntry[] {
  // Most batches hold questions only.
  if (!entries.some((entry) => entry.t === "v")) return entries;
  const lastVoteAt = new Map<string, number>();
  entries.forEach((entry, i) => entry.t === "v" && lastVoteAt.set(entry.id, i));
  return entries.filter((entry, i) => entry.t !== "v" || lastVoteAt.get(entry.id) === i);
}

/**
 * The batch in random order (Fisher–Yates), so that the order of records in a file says less
 * about the order in which people asked. Votes come after the questions of the same batch.
 */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
