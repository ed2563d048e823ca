import { GrammyError, type BotError } from "grammy";
import type { KnowledgeBase } from "../kb/types.js";
import { langFromTag, type Lang } from "../langs.js";
import type { BotContext } from "./context.js";
import { DEFAULT_LANG, preferredLang } from "./language.js";
import { renderContextFor } from "./render/context.js";
import { internalErrorNote } from "./render/notes.js";

/** Where the bot writes what went wrong; `console` by default. */
export interface BotLogger {
  error(...data: unknown[]): void;
  warn(...data: unknown[]): void;
}

/**
 * Logs a failed update and, where there is a chat, tells the person something went wrong in
 * their language: never a stack trace, never silence. Used as the error boundary around all
 * middleware (so every transport gets it) and as `bot.catch`.
 */
export function errorReporter(kb: KnowledgeBase, log: BotLogger) {
  return async (error: BotError<BotContext>): Promise<void> => {
    const ctx = error.ctx;
    log.error(`Update ${ctx.update.update_id} failed:`, error.error);
    if (!ctx.chat) return;
    try {
      await ctx.reply(internalErrorNote(renderContextFor(kb, safePreferredLang(ctx), ctx.me.username)));
    } catch (replyError) {
      log.error("Could not tell the user about the failure:", replyError);
    }
  };
}

/** The session itself may be what failed; fall back to the Telegram language then. */
function safePreferredLang(ctx: BotContext): Lang {
  try {
    return preferredLang(ctx);
  } catch {
    return langFromTag(ctx.from?.language_code) ?? DEFAULT_LANG;
  }
}

/** Telegram refuses to "edit" a message into the same content; pressing a button twice does that. */
export function isNotModified(error: unknown): boolean {
  return error instanceof GrammyError && error.description.includes("message is not modified");
}
