/**
 * Feedback in one Redis sorted set, shared by every instance of the bot (`feedback:entries`
 * next to the `session:<id>` keys):
 *
 * - the score is the entry's day (days since 1970-01-01), the member the entry without its day,
 *   as JSON beginning with its random id. Entries of one day are thereby sorted by that random
 *   id, not by the moment they came: the set keeps no order within a day, unlike a stream, whose
 *   ids are millisecond timestamps;
 * - a vote is the member `{"t":"v","id":…,"vote":"up"}`: voting 👎 removes the 👍 member of the
 *   same record and adds its own, in one transaction, so a record has at most one vote;
 * - every write removes the days before the retention and then the oldest entries beyond
 *   `maxEntries` (100 000 by default, about 25 MB), in the same transaction.
 */
import type { Redis } from "ioredis";
import {
  dayFromNumber,
  dayNumber,
  firstKeptDay,
  parseEntry,
  serializeEntry,
  type FeedbackEntry,
} from "./record.js";
import { lastVotes, type FeedbackStore } from "./store.js";

export interface RedisStoreOptions {
  client: Redis;
  retentionDays: number;
  maxEntries?: number;
  /** `feedback:entries` by default. */
  key?: string;
}

export const FEEDBACK_KEY = "feedback:entries";
export const DEFAULT_MAX_ENTRIES = 100_000;

export function createRedisStore(options: RedisStoreOptions): FeedbackStore {
  const { client, retentionDays } = options;
  const key = options.key ?? FEEDBACK_KEY;
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  return {
    description: `the Redis sorted set ${key} (at most ${maxEntries} entries)`,
    async append(entries, today) {
      const firstDay = firstKeptDay(today, retentionDays);
      const fresh = lastVotes(entries).filter((entry) => entry.day >= firstDay);
      const multi = client.multi();
      multi.zremrangebyscore(key, "-inf", `(${dayNumber(firstDay)}`);
      for (const entry of fresh) {
        if (entry.t === "v") {
          const other = entry.vote === "up" ? "down" : "up";
          multi.zrem(key, memberOf({ ...entry, vote: other }));
          multi.zadd(key, dayNumber(entry.day), memberOf(entry));
        } else multi.zadd(key, "NX", dayNumber(entry.day), memberOf(entry));
      }
      multi.zremrangebyrank(key, 0, -(maxEntries + 1));
      const results = await multi.exec();
      const failed = results?.find(([error]) => error)?.[0];
      if (failed) throw failed;
      if (!results) throw new Error(`the Redis transaction on ${key} was aborted`);
    },
    async readAll() {
      // RESP2 answers a flat [member, score, …], RESP3 pairs [[member, score], …].
      const reply = (await client.call("ZRANGE", key, "0", "-1", "WITHSCORES")) as unknown[];
      const pairs: [unknown, unknown][] = Array.isArray(reply[0])
        ? (reply as [unknown, unknown][])
        : Array.from({ length: Math.floor(reply.length / 2) }, (_, i) => [reply[2 * i], reply[2 * i + 1]]);
      const entries: FeedbackEntry[] = [];
      for (const [member, score] of pairs) {
        const entry = entryOf(String(member), Number(score));
        if (entry) entries.push(entry);
      }
      return entries;
    },
    close: () => Promise.resolve(),
  };
}

/** The entry without its day (the score holds it), its type and random id first. */
export function memberOf(entry: FeedbackEntry): string {
  return serializeEntry(entry, false);
}

function entryOf(member: string, score: number): FeedbackEntry | undefined {
  if (!Number.isInteger(score)) return undefined;
  try {
    const value = JSON.parse(member) as Record<string, unknown>;
    return parseEntry({ ...value, day: dayFromNumber(score) });
  } catch {
    return undefined;
  }
}
