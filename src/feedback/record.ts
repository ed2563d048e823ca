/**
 * What the learning loop stores, and nothing else. Two kinds of entry:
 *
 * - a **question**: its text as sent (normalized, masked, at most 500 characters), the reply
 *   language, the decision (the fact answered and the confidence, or "declined" and the facts
 *   suggested), and the day (UTC, no time of day);
 * - a **vote** on a question's answer: 👍 or 👎, and the day.
 *
 * A vote finds its question through `id`: a random word made for that record alone, also put in
 * the 👍/👎 buttons. It is not derived from the person, the chat or the message, and nothing ties
 * two records of one person together. The schemas are strict: an entry with any other field (a
 * user id, a chat id, a username, a message id) is refused, at write time and at read time.
 */
import { randomFillSync } from "node:crypto";
import { z } from "zod";
import { LANGS } from "../langs.js";

/** Questions are stored at most this long, after masking (characters, not UTF-16 units). */
export const MAX_STORED_QUESTION = 500;
/** Suggestions are at most three in the bot; a few more are tolerated from other versions. */
const MAX_SUGGESTED = 5;

/** 10 characters of base 32: 50 bits, so that ids of one day never collide in practice. */
export const RECORD_ID = /^[a-z2-7]{10}$/;
const ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
const FACT_ID = /^[a-z0-9-]{1,32}$/;
/** YYYY-MM-DD, UTC. */
export const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const VOTES = ["up", "down"] as const;
export type Vote = (typeof VOTES)[number];

const id = z.string().regex(RECORD_ID);
const day = z.string().regex(DAY);
const lang = z.enum(LANGS);
const factId = z.string().regex(FACT_ID);

/** What every question record holds, answered or declined. */
const questionBase = {
  t: z.literal("q"),
  id,
  day,
  lang,
  q: z
    .string()
    .min(1)
    .max(MAX_STORED_QUESTION * 2), // UTF-16 units: 500 characters may be 1000 units
  /** Rounded to two decimals: the decision, not the model's inner state. */
  confidence: z.number().min(0).max(1),
};

const answered = z.strictObject({ ...questionBase, outcome: z.literal("answered"), fact: factId });
const declined = z.strictObject({
  ...questionBase,
  outcome: z.literal("declined"),
  suggested: z.array(factId).max(MAX_SUGGESTED),
});

export const questionRecordSchema = z.discriminatedUnion("outcome", [answered, declined]);
export type QuestionRecord = z.infer<typeof questionRecordSchema>;

export const voteRecordSchema = z.strictObject({
  t: z.literal("v"),
  id,
  day,
  vote: z.enum(VOTES),
});
export type VoteRecord = z.infer<typeof voteRecordSchema>;

export const entrySchema = z.union([questionRecordSchema, voteRecordSchema]);
export type FeedbackEntry = QuestionRecord | VoteRecord;

/** Random bytes drawn from the system's cryptographic source in blocks: one call per 400 ids. */
const pool = Buffer.alloc(4000);
let used = pool.length;
const ID_CODES = Array.from(ID_ALPHABET, (letter) => letter.charCodeAt(0));

/** A new record id, from the system's cryptographic random source. */
export function newRecordId(): string {
  if (used + 10 > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  const start = used;
  used += 10;
  for (let i = start; i < used; i++) pool[i] = ID_CODES[pool[i]! & 31]!;
  // One flat string (not ten joined ones: it waits in the queue), then the bytes are wiped (a
  // loop: fill() costs more than it saves on ten bytes).
  const id = pool.toString("latin1", start, used);
  for (let i = start; i < used; i++) pool[i] = 0;
  return id;
}

/** The UTC day of a moment: all a record keeps of when it was made. */
export function dayOf(moment: Date | number): string {
  const days = Math.floor(Number(moment) / 86_400_000);
  // Once per day, not once per question.
  if (days !== lastDay.number)
    lastDay = { number: days, day: new Date(days * 86_400_000).toISOString().slice(0, 10) };
  return lastDay.day;
}
let lastDay = { number: NaN, day: "" };

/** Days since 1970-01-01 (UTC) of a YYYY-MM-DD day. */
export function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
}

export function dayFromNumber(days: number): string {
  return dayOf(days * 86_400_000);
}

/**
 * The first day still kept: entries of earlier days are dropped. A retention of 90 days kept
 * on 2026-12-01 keeps 2026-09-03 … 2026-12-01 (90 days, today included).
 */
export function firstKeptDay(today: string, retentionDays: number): string {
  return dayFromNumber(dayNumber(today) - retentionDays + 1);
}

/** Parses one stored entry; undefined for anything that is not exactly an entry of ours. */
export function parseEntry(value: unknown): FeedbackEntry | undefined {
  const parsed = entrySchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * An entry as one line of JSON, the same as `JSON.stringify(entry)` (a test checks it), built
 * by hand because it runs once per question: ids, days, languages and fact ids come from
 * alphabets that need no escaping, only the question text does.
 */
export function serializeEntry(entry: FeedbackEntry, withDay = true): string {
  const [head, q, tail] = lineParts(entry, withDay);
  return q === undefined ? head + tail : head + JSON.stringify(q) + tail;
}

/**
 * Entries as lines of JSON in UTF-8, each `serializeEntry(entry)` and a newline. Written straight
 * into one buffer, part by part: the ASCII parts as Latin-1 and the question's JSON apart, which
 * costs a third of encoding each line as one joined string (the file store writes every question
 * this way, while the bot answers).
 */
export function encodeEntryLines(entries: readonly FeedbackEntry[]): Buffer {
  const lines = entries.map((entry) => lineParts(entry, true));
  let most = 0;
  // JSON writes a UTF-16 unit as at most six ASCII bytes (a control character) or three of UTF-8.
  for (const [head, q, tail] of lines)
    most += head.length + (q === undefined ? 0 : q.length * 6 + 2) + tail.length + 1;
  const bytes = Buffer.allocUnsafe(most);
  let end = 0;
  for (const [head, q, tail] of lines) {
    end += bytes.write(head, end, "latin1");
    if (q !== undefined) end += bytes.write(JSON.stringify(q), end, "utf8");
    end += bytes.write(tail, end, "latin1");
    bytes[end++] = 0x0a;
  }
  return bytes.subarray(0, end);
}

/** An entry's line: the ASCII before its question text, the text (questions only), the ASCII after. */
function lineParts(entry: FeedbackEntry, withDay: boolean): [string, string | undefined, string] {
  const day = withDay ? `,"day":"${entry.day}"` : "";
  if (entry.t === "v") return [`{"t":"v","id":"${entry.id}"${day},"vote":"${entry.vote}"}`, undefined, ""];
  const head = `{"t":"q","id":"${entry.id}"${day},"lang":"${entry.lang}","q":`;
  return entry.outcome === "answered"
    ? [head, entry.q, `,"outcome":"answered","fact":"${entry.fact}","confidence":${entry.confidence}}`]
    : [
        head,
        entry.q,
        `,"outcome":"declined","confidence":${entry.confidence},"suggested":[${entry.suggested.map((id) => `"${id}"`).join(",")}]}`,
      ];
}
