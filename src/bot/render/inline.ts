import { InlineQueryResultBuilder } from "grammy";
import type { RenderContext } from "./context.js";
import { inlineResultKeyboard } from "./fact-buttons.js";
import { factText } from "./fact.js";
import { memoizeMessage } from "./memo.js";
import { shorten } from "./shorten.js";

const DESCRIPTION_LENGTH = 120;

/** One inline result: the fact's answer with its sources, ready to send into any chat; no 👍/👎. */
export const inlineArticle = memoizeMessage((rc: RenderContext, id: string) => {
  const fact = rc.kb.byId.get(id)!;
  const text = fact.text[rc.lang];
  // "<lang>:<fact id>" is at most 35 bytes, inside Telegram's 64.
  return InlineQueryResultBuilder.article(`${rc.lang}:${fact.id}`, text.title, {
    description: shorten(text.answer, DESCRIPTION_LENGTH),
    reply_markup: inlineResultKeyboard(rc, fact),
  }).text(factText(rc, fact).value, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
});

/** The button inline mode shows when nothing matches: it opens the bot. */
export function nothingFoundButton(rc: RenderContext, startPayload: string) {
  return { text: rc.t("inline-nothing-found"), start_parameter: startPayload };
}
