/**
 * The reply-language rule, in one place: the question's language when the text tells, else the
 * language the person chose with /language, else Telegram's language_code (be, ru, en; "be-BY"
 * counts as be), else English. Buttons carry the language of the message they sit on.
 */
import { isLang, langFromTag, type Lang } from "../langs.js";
import type { BotContext } from "./context.js";

export const DEFAULT_LANG: Lang = "en";

/** The person's own language, ignoring what this update says: /language, then language_code. */
export function preferredLang(ctx: BotContext): Lang {
  // Without a sender there is no session key, and reading ctx.session would throw.
  const chosen = ctx.from ? ctx.session.language : undefined;
  return (isLang(chosen) ? chosen : undefined) ?? langFromTag(ctx.from?.language_code) ?? DEFAULT_LANG;
}

/** The language to answer this update in; used as the i18n plugin's locale negotiator. */
export function replyLang(ctx: BotContext): Lang {
  return ctx.answer?.lang ?? ctx.inlineResults?.lang ?? ctx.action?.lang ?? preferredLang(ctx);
}
