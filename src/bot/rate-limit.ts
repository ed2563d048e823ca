/**
 * Flood protection for groups and abusers: at most `limit` messages and button presses per
 * person per window (@grammyjs/ratelimiter; counted in Redis when the sessions are, so that every
 * instance counts the same person once). The first excess one gets a short notice in the person's
 * language; the rest of the window is quiet (a pressed button is still answered, silently, so
 * that the phone stops its spinner). Inline queries are not counted: Telegram sends one per
 * letter typed and throttles them itself.
 *
 * Only what the bot would answer is counted: this runs inside the group filter, so chatter in a
 * group does not use up anyone's allowance. When the counter's storage fails (Redis down), the
 * update goes through: flood protection must not turn an outage into silence.
 */
import { limit } from "@grammyjs/ratelimiter";
import type { Middleware } from "grammy";
import type { KnowledgeBase } from "../kb/types.js";
import type { BotContext } from "./context.js";
import type { BotLogger } from "./errors.js";
import { preferredLang } from "./language.js";

/** What the counter needs of a Redis client (ioredis has it). */
export interface RedisCounter {
  incr(key: string): Promise<number>;
  pexpire(key: string, milliseconds: number): Promise<number>;
}

export interface RateLimitOptions {
  /** Messages and button presses a person may send per window. */
  limit: number;
  windowMs: number;
  /** Count in this Redis (the sessions' client) instead of this process's memory. */
  redis?: RedisCounter;
}

/** Keys in Redis: `ratelimit:<user id>`, next to the sessions' `session:<user id>`. */
export const RATE_LIMIT_KEY_PREFIX = "ratelimit:";

/** The Fluent message of the notice (locales/<lang>/runtime.ftl). */
export const RATE_LIMIT_MESSAGE = "rate-limited";

/** Passes everything through when `options` is undefined (tests, benchmarks, RATE_LIMIT=off). */
export function rateLimit(
  options: RateLimitOptions | undefined,
  kb: KnowledgeBase,
  log: BotLogger,
): Middleware<BotContext> {
  if (!options) return (_ctx, next) => next();
  const exceeded = new WeakSet<BotContext>();
  const limiter = limit<BotContext, RedisCounter>({
    limit: options.limit,
    timeFrame: options.windowMs,
    storageClient: options.redis ?? "MEMORY_STORE",
    keyPrefix: RATE_LIMIT_KEY_PREFIX,
    keyGenerator: (ctx) => ctx.from?.id.toString(),
    // Called for the first excess update of a window only: the notice is sent below, awaited.
    onLimitExceeded: (ctx) => void exceeded.add(ctx),
  });
  let storageFailing = false;

  return async (ctx, next) => {
    if (!ctx.from || !(ctx.message || ctx.callbackQuery)) return next();
    let passed = false;
    try {
      await limiter(ctx, () => ((passed = true), next()));
    } catch (error) {
      if (passed) throw error; // from the handlers, not from the counter
      if (!storageFailing) log.warn("Rate limit: the counter failed, letting updates through:", error);
      storageFailing = true;
      return next();
    }
    if (passed) return void (storageFailing = false);
    const text = exceeded.has(ctx) ? kb.t(preferredLang(ctx), RATE_LIMIT_MESSAGE) : undefined;
    if (ctx.callbackQuery) await ctx.answerCallbackQuery(text ? { text } : undefined);
    else if (text)
      await ctx.reply(text, {
        reply_parameters: { message_id: ctx.msgId!, allow_sending_without_reply: true },
      });
  };
}
