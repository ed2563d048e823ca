import type { Middleware } from "grammy";
import type { BotContext } from "./context.js";
import type { BotLogger } from "./errors.js";

/**
 * Every button press gets an answer, so the client's spinner always stops: handlers answer when
 * they have something to say (a toast), and this answers silently after those that did not,
 * including ones that failed. Handlers answer through `ctx.answerCallbackQuery`, which is
 * wrapped to notice it: an API transformer installed per update would cost more than the rest of
 * this middleware stack's own work on a button press.
 */
export function answerEveryCallback(log: BotLogger): Middleware<BotContext> {
  return async (ctx, next) => {
    if (!ctx.callbackQuery) return next();
    let answered = false;
    const answer = ctx.answerCallbackQuery.bind(ctx);
    ctx.answerCallbackQuery = (...args) => ((answered = true), answer(...args));
    try {
      await next();
    } finally {
      // A late answer can fail (the query expired); that must not hide the handler's own error.
      if (!answered) await answer().catch((error) => log.warn("answerCallbackQuery:", error));
    }
  };
}
