/**
 * Works out what an update asks for before the locale is negotiated, because the reply language
 * depends on it: the answer to a question, the results of an inline query, or the button
 * pressed (each carries its language).
 */
import type { Middleware } from "grammy";
import type { Lang } from "../langs.js";
import type { QuestionAnswerer } from "../search/types.js";
import { decodeButton } from "./callback-data.js";
import { catalogOf, titleKey } from "./catalog.js";
import type { BotContext, InlineResults } from "./context.js";
import type { KnowledgeBase } from "../kb/types.js";
import { preferredLang } from "./language.js";
import { questionText } from "./message.js";

/** Telegram shows at most 50 inline results. */
export const MAX_INLINE_RESULTS = 50;

/** Fills `ctx.answer`, `ctx.inlineResults`, `ctx.action` and `ctx.buttonOwner` (see context.ts). */
export function understandUpdate(answerer: QuestionAnswerer, kb: KnowledgeBase): Middleware<BotContext> {
  return (ctx, next) => {
    const text = questionText(ctx);
    if (text !== undefined) ctx.answer = answerer.answer(text, { fallbackLang: preferredLang(ctx) });
    const query = ctx.inlineQuery?.query.trim();
    if (query) ctx.inlineResults = inlineResults(answerer, kb, query, preferredLang(ctx));
    const data = ctx.callbackQuery?.data;
    const button = data === undefined ? undefined : decodeButton(data);
    if (button) {
      ctx.action = button.action;
      if (button.owner !== undefined) ctx.buttonOwner = button.owner;
    }
    return next();
  };
}

/**
 * The search core's matches; a query that is exactly a fact's title (what the share button puts
 * in the input field) lists that fact first, in the title's language.
 */
function inlineResults(
  answerer: QuestionAnswerer,
  kb: KnowledgeBase,
  query: string,
  fallbackLang: Lang,
): InlineResults {
  const found = answerer.lookup(query, { fallbackLang, limit: MAX_INLINE_RESULTS });
  const shared = catalogOf(kb).byTitle.get(titleKey(query));
  if (!shared) return found;
  const others = found.facts.filter((fact) => fact !== shared.fact);
  return { lang: shared.lang, facts: [shared.fact, ...others].slice(0, MAX_INLINE_RESULTS) };
}
