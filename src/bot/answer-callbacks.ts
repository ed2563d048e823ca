import type { Middleware } from "grammy";
import type { BotContext } from "./context.js";
import type { BotLogger } from "./errors.js";

/**
 * Every button press gets an answer, so the client's spinner always stops: handlers answer when
 * they have something to say (a toast), and this answers silently after those that did not,
 * including ones that failed. Handlers answer through `ctx.answerCallbackQuery`, which the
 * context notes (AnswerAwareContext).
 */
export function answerEveryCallback(log: BotLogger): Middleware<BotContext> {
  return async (ctx, next) => {
    if (!ctx.callbackQuery) return next();
    try {
      await next();
    } finally {
      // A late answer can fail (the query expired); that must not hide the handler's own error.
      if (!ctx.callbackAnswered)
        await ctx.answerCallbackQuery().catch((error) => log.warn("answerCallbackQuery:", error));
    }
  };
}
