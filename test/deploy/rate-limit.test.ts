/**
 * Flood protection: a person who sends more than the limit gets one short notice in their
 * language and then silence until the window ends; others, inline queries and group chatter are
 * not affected. With Redis, every instance counts the same person once.
 */
import type { Update, User } from "grammy/types";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeAction } from "../../src/bot/callback-data.js";
import { RATE_LIMIT_KEY_PREFIX } from "../../src/bot/rate-limit.js";
import { startRedis, type RedisServer } from "../support/redis.js";
import { describeWithRedis } from "../support/with-redis.js";
import { kb, recordingBot } from "../support/recording-bot.js";
import { buttonPress, person, textMessage } from "./updates.js";

const LIMIT = { limit: 3, windowMs: 60_000 };

function inGroup(from: User, text: string): Update {
  const update = textMessage(from, text);
  update.message!.chat = { id: -100_123, type: "supergroup", title: "Group" };
  return update;
}

describe("the rate limit", () => {
  it("answers up to the limit, then sends one notice in the person's language, then stays quiet", async () => {
    const { bot, callsOf } = recordingBot({ rateLimit: LIMIT });
    const flooder = person(7001, "be");
    for (let i = 0; i < 8; i++) await bot.handleUpdate(textMessage(flooder, "/help"));

    const sent = callsOf("sendMessage").map((call) => String(call.payload.text));
    expect(sent).toHaveLength(LIMIT.limit + 1);
    expect(sent.at(-1)).toBe(kb.t("be", "rate-limited"));
    expect(sent.slice(0, LIMIT.limit).every((text) => text !== kb.t("be", "rate-limited"))).toBe(true);

    // Somebody else is answered as usual.
    const before = callsOf("sendMessage").length;
    await bot.handleUpdate(textMessage(person(7002, "en"), "/help"));
    expect(callsOf("sendMessage")).toHaveLength(before + 1);
  });

  it("words the notice by the /language choice first", async () => {
    const { bot, callsOf } = recordingBot({ rateLimit: { limit: 2, windowMs: 60_000 } });
    const someone = person(7003, "en");
    await bot.handleUpdate(buttonPress(someone, encodeAction({ kind: "language", lang: "ru" })));
    for (let i = 0; i < 3; i++) await bot.handleUpdate(textMessage(someone, "/about"));
    expect(callsOf("sendMessage").at(-1)?.payload.text).toBe(kb.t("ru", "rate-limited"));
  });

  it("answers excess button presses silently after one notice, so the phone stops waiting", async () => {
    const { bot, callsOf } = recordingBot({ rateLimit: { limit: 1, windowMs: 60_000 } });
    const presser = person(7004, "en");
    const press = () =>
      bot.handleUpdate(buttonPress(presser, encodeAction({ kind: "language", lang: "en" })));
    await press();
    const after = callsOf("answerCallbackQuery").length;
    await press();
    await press();
    const answers = callsOf("answerCallbackQuery")
      .slice(after)
      .map((call) => call.payload.text);
    expect(answers).toEqual([kb.t("en", "rate-limited"), undefined]);
  });

  it("counts neither inline queries nor group chatter the bot does not answer", async () => {
    const { bot, callsOf } = recordingBot({ rateLimit: { limit: 2, windowMs: 60_000 } });
    const member = person(7005, "en");
    for (let i = 0; i < 10; i++) await bot.handleUpdate(inGroup(member, `just chatting ${i}`));
    for (let i = 0; i < 10; i++)
      await bot.handleUpdate({
        update_id: 90_000 + i,
        inline_query: { id: `iq-${i}`, from: member, query: "Contact Group", offset: "" },
      });
    expect(callsOf("answerInlineQuery")).toHaveLength(10);
    await bot.handleUpdate(textMessage(member, "/help"));
    await bot.handleUpdate(textMessage(member, "/about"));
    expect(callsOf("sendMessage").map((call) => call.payload.text)).not.toContain(kb.t("en", "rate-limited"));
  });

  it("lets updates through when its counter fails, rather than going silent", async () => {
    const broken = {
      incr: () => Promise.reject(new Error("Redis is down")),
      pexpire: () => Promise.resolve(1),
    };
    const { bot, callsOf, warnings } = recordingBot({ rateLimit: { ...LIMIT, redis: broken } });
    for (let i = 0; i < 5; i++) await bot.handleUpdate(textMessage(person(7006), "/help"));
    expect(callsOf("sendMessage")).toHaveLength(5);
    expect(warnings.filter((line) => line.includes("Rate limit: the counter failed"))).toHaveLength(1);
  });
});

describeWithRedis("the rate limit in Redis", () => {
  let redis: RedisServer;
  let client: Redis;
  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.url);
  });
  afterAll(async () => {
    client?.disconnect();
    await redis?.stop();
  });

  it("counts a person once across instances, under ratelimit:<user id>", async () => {
    const a = recordingBot({ rateLimit: { ...LIMIT, redis: client } });
    const b = recordingBot({ rateLimit: { ...LIMIT, redis: client } });
    const someone = person(7010, "en");
    for (let i = 0; i < 3; i++) await (i % 2 ? a : b).bot.handleUpdate(textMessage(someone, "/help"));
    await a.bot.handleUpdate(textMessage(someone, "/help"));
    await b.bot.handleUpdate(textMessage(someone, "/help"));

    expect(a.callsOf("sendMessage").at(-1)?.payload.text).toBe(kb.t("en", "rate-limited"));
    expect(b.callsOf("sendMessage").map((call) => call.payload.text)).not.toContain(
      kb.t("en", "rate-limited"),
    );
    expect(a.callsOf("sendMessage").length + b.callsOf("sendMessage").length).toBe(LIMIT.limit + 1);
    expect(Number(await client.get(`${RATE_LIMIT_KEY_PREFIX}7010`))).toBe(5);
    expect(await client.pttl(`${RATE_LIMIT_KEY_PREFIX}7010`)).toBeGreaterThan(0);
  });
});
