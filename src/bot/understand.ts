/**
 * Works out what an update asks for before the locale is negotiated, because the reply language
 * depends on it: the question's language, the inline query's, or the language a button carries.
 */
import type { Middleware } from "grammy";
import type { Lang } from "../langs.js";
import type { QuestionAnswerer } from "../search/types.js";
import { decodeButton } from "./callback-data.js";
import { titleKey, type Catalog } from "./catalog.js";
import type { BotContext, UnderstandingFlavor } from "./context.js";
import { preferredLang } from "./language.js";
import { questionText } from "./message.js";

/** Telegram shows at most 50 inline results. */
export const MAX_INLINE_RESULTS = 50;

export function understand(answerer: QuestionAnswerer, catalog: Catalog): Middleware<BotContext> {
  return (ctx, next) => {
    const text = questionText(ctx);
    if (text !== undefined) ctx.question = answerer.answer(text, { fallbackLang: preferredLang(ctx) });
    const query = ctx.inlineQuery?.query.trim();
    if (query) ctx.matches = inlineMatches(answerer, catalog, query, preferredLang(ctx));
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
function inlineMatches(
  answerer: QuestionAnswerer,
  catalog: Catalog,
  query: string,
  fallbackLang: Lang,
): NonNullable<UnderstandingFlavor["matches"]> {
  const found = answerer.lookup(query, { fallbackLang, limit: MAX_INLINE_RESULTS });
  const shared = catalog.byTitle.get(titleKey(query));
  if (!shared) return found;
  const others = found.facts.filter((fact) => fact !== shared.fact);
  return { lang: shared.lang, facts: [shared.fact, ...others].slice(0, MAX_INLINE_RESULTS) };
}
