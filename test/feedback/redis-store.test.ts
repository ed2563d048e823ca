/**
 * Feedback in Redis, shared by every instance: a sorted set scored by day, bounded in length,
 * expired days removed at write time, one vote per record, no order within a day, and a Redis
 * that goes away costing recorded entries only, never an answer. Against a real redis-server
 * (skipped, and said so once, on a machine without it; never on CI).
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { Redis } from "ioredis";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { createRecorder } from "../../src/feedback/recorder.js";
import { dayOf, type FeedbackEntry, type QuestionRecord } from "../../src/feedback/record.js";
import { createRedisStore, FEEDBACK_KEY, memberOf } from "../../src/feedback/redis-store.js";
import { startRedis, type RedisServer } from "../support/redis.js";
import { describeWithRedis } from "../support/with-redis.js";
import { clock, recordingLog } from "./support.js";

const idOf = (n: number) => n.toString(2).replace(/0/g, "a").replace(/1/g, "b").padStart(10, "a");
const question = (n: number, day: string): QuestionRecord => ({
  t: "q",
  id: idOf(n),
  day,
  lang: "ru",
  q: `вопрос ${n}`,
  outcome: "declined",
  confidence: 0.1,
  suggested: ["contact-group"],
});

describeWithRedis("the Redis store", () => {
  let server: RedisServer;
  let client: Redis;
  beforeAll(async () => {
    server = await startRedis();
    client = new Redis(server.url, { maxRetriesPerRequest: 1, commandTimeout: 1_000 });
  });
  afterAll(async () => {
    client?.disconnect();
    await server?.stop();
  });
  beforeEach(async () => {
    await client.flushdb();
  });

  it("keeps entries in one sorted set scored by day, the member holding no day and no order", async () => {
    const store = createRedisStore({ client, retentionDays: 90 });
    const entries = [question(3, "2026-12-01"), question(1, "2026-11-30"), question(2, "2026-12-01")];
    await store.append(entries, "2026-12-01");
    expect(await client.type(FEEDBACK_KEY)).toBe("zset");
    const member = await client.zrange(FEEDBACK_KEY, 0, "0");
    expect(JSON.parse(member[0]!)).not.toHaveProperty("day");
    expect(member[0]).toBe(memberOf(entries[1]!));
    // Oldest day first; within a day by random id, not by arrival.
    expect((await store.readAll()).map((entry) => entry.id)).toEqual([idOf(1), idOf(2), idOf(3)]);
    expect(await store.readAll()).toEqual(expect.arrayContaining(entries));
  });

  it("is shared: what one instance writes, another reads", async () => {
    const other = new Redis(server.url);
    try {
      await createRedisStore({ client, retentionDays: 90 }).append([question(1, "2026-12-01")], "2026-12-01");
      expect(await createRedisStore({ client: other, retentionDays: 90 }).readAll()).toHaveLength(1);
    } finally {
      other.disconnect();
    }
  });

  it("keeps one vote per record: a second press replaces the first", async () => {
    const store = createRedisStore({ client, retentionDays: 90 });
    const vote = (vote: "up" | "down", day = "2026-12-01"): FeedbackEntry => ({
      t: "v",
      id: idOf(1),
      day,
      vote,
    });
    await store.append([question(1, "2026-12-01"), vote("up")], "2026-12-01");
    await store.append([vote("down", "2026-12-02")], "2026-12-02");
    await store.append([vote("up", "2026-12-02"), vote("down", "2026-12-02")], "2026-12-02");
    const votes = (await store.readAll()).filter((entry) => entry.t === "v");
    expect(votes).toEqual([{ t: "v", id: idOf(1), day: "2026-12-02", vote: "down" }]);
  });

  it("removes days before the retention and the oldest entries beyond its length, at write time", async () => {
    const store = createRedisStore({ client, retentionDays: 30, maxEntries: 5 });
    await store.append([question(1, "2026-10-01"), question(2, "2026-11-01")], "2026-11-01");
    await store.append([question(3, "2026-11-15")], "2026-11-15");
    expect((await store.readAll()).map((entry) => entry.id)).toEqual([idOf(2), idOf(3)]);
    await store.append(
      Array.from({ length: 6 }, (_, i) => question(10 + i, "2026-11-20")),
      "2026-11-20",
    );
    const kept = await store.readAll();
    expect(kept).toHaveLength(5);
    expect(kept.map((entry) => entry.day)).not.toContain("2026-11-01");
  });

  it("is what `npm run report` reads when REDIS_URL is set", async () => {
    const today = dayOf(Date.now());
    await createRedisStore({ client, retentionDays: 90 }).append(
      [
        { ...question(1, today), q: "Какая погода в Минске?" },
        { ...question(2, today), q: "какая погода в минске" },
      ],
      today,
    );
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "src/cli/report.ts", "--days", "1", "--no-html"],
      {
        env: { ...process.env, REDIS_URL: server.url, FEEDBACK: "", FEEDBACK_RETENTION_DAYS: "" },
        timeout: 30_000,
      },
    );
    expect(stdout).toContain("Questions: 2; answered 0 (0%), declined 2 (100%)");
    expect(stdout).toContain("1. ×2  “Какая погода в Минске?”  [ru]");
  });

  it("skips members that are not entries of ours", async () => {
    await client.zadd(FEEDBACK_KEY, 20_000, '{"t":"q","id":"x","user_id":1}', 20_000, "garbage");
    await createRedisStore({ client, retentionDays: 3650 }).append([question(1, "2026-12-01")], "2026-12-01");
    expect(await createRedisStore({ client, retentionDays: 3650 }).readAll()).toHaveLength(1);
  });

  it("when Redis goes away: recording still returns at once, and the failure is logged once", async () => {
    const flaky = await startRedis();
    const flakyClient = new Redis(flaky.url, {
      maxRetriesPerRequest: 1,
      commandTimeout: 300,
      enableOfflineQueue: false,
      retryStrategy: () => 100,
    });
    flakyClient.on("error", () => undefined);
    await new Promise((resolve) => flakyClient.once("ready", resolve));
    const { lines, log } = recordingLog();
    const time = clock();
    const recorder = createRecorder({
      store: createRedisStore({ client: flakyClient, retentionDays: 90 }),
      retentionDays: 90,
      log,
      now: time.now,
      writeTimeoutMs: 500,
    });
    try {
      recorder.question("до", { lang: "ru", kind: "declined", confidence: 0, suggested: [] });
      await recorder.flush();
      expect(recorder.stats().written).toBe(1);
      await flaky.stop();
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        recorder.question(`во время ${i}`, { lang: "ru", kind: "declined", confidence: 0, suggested: [] });
        expect(performance.now() - started).toBeLessThan(20);
        await recorder.flush();
      }
      expect(lines.filter((line) => line.level === "warn")).toHaveLength(1);
      expect(recorder.stats().dropped).toBe(5);
    } finally {
      flakyClient.disconnect();
      await flaky.stop();
    }
  });
});
