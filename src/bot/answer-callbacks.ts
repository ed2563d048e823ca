import type { Middleware } from "grammy";
import type { BotContext } from "./context.js";
import type { BotLogger } from "./errors.js";

/**
 * Every button press gets an answer, so the client's spinner always stops: handlers answer when
 * they have something to say (a toast), and this answers silently after those that did not,
 * including ones that failed.
 */
export function answerEveryCallback(log: BotLogger): Middleware<BotContext> {
  return async (ctx, next) => {
    if (!ctx.callbackQuery) return next();
    let answered = false;
    ctx.api.config.use((prev, method, payload, signal) => {
      if (method === "answerCallbackQuery") answered = true;
      return prev(method, payload, signal);
    });
    try {
      await next();
    } finally {
      // A late answer can fail (the query expired); that must not hide the handler's own error.
      if (!answered)
        await ctx.answerCallbackQuery().catch((error) => log.warn("answerCallbackQuery:", error));
    }
  };
}
