import { type Composer, InlineQueryResultBuilder } from "grammy";
import { BotComposer } from "../composer.js";
import type { Fact } from "../../kb/types.js";
import type { BotContext } from "../context.js";
import { factMessage, inlineResultKeyboard } from "../render/fact.js";
import { shorten, viewOf, type View } from "../render/view.js";
import { MAX_INLINE_RESULTS } from "../understand.js";
import type { FeatureDeps } from "./shared.js";
import { INLINE_START_PAYLOAD } from "./start.js";

/** Results depend on the person's language, and the knowledge base changes only on restart. */
const CACHE_SECONDS = 30;
const DESCRIPTION_LENGTH = 120;

/**
 * Inline mode, "@bot question" in any chat: matching answers as articles that carry the answer
 * and its sources; highlights for an empty query; a button to open the bot when nothing matches.
 */
export function inline(deps: FeatureDeps): Composer<BotContext> {
  const composer = new BotComposer<BotContext>();
  composer.on("inline_query", async (ctx) => {
    const view = viewOf(ctx);
    const facts = ctx.matches?.facts ?? deps.catalog.highlights;
    const results = facts.slice(0, MAX_INLINE_RESULTS).map((fact) => deps.views.article(view, fact.id));
    await ctx.answerInlineQuery(results, {
      cache_time: CACHE_SECONDS,
      is_personal: true,
      ...(results.length === 0 && {
        button: { text: view.t("inline-nothing-found"), start_parameter: INLINE_START_PAYLOAD },
      }),
    });
  });
  return composer;
}

/** One inline result: the fact's answer with its sources, ready to send into any chat. */
export function article(fact: Fact, view: View) {
  const text = fact.text[view.lang];
  // "<lang>:<fact id>" is at most 35 bytes, inside Telegram's 64.
  return InlineQueryResultBuilder.article(`${view.lang}:${fact.id}`, text.title, {
    description: shorten(text.answer, DESCRIPTION_LENGTH),
    reply_markup: inlineResultKeyboard(fact, view),
  }).text(factMessage(fact, view).value, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
}
