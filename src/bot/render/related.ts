/**
 * "📚 More on this": the facts related to one, numbered, each opening in place, and one of them
 * opened, with the way back. `place` is where the first fact was shown, so that "back" returns
 * to it as it was; `vote` is the record id of its feedback row when it answered a question.
 */
import { InlineKeyboard } from "grammy";
import type { Fact } from "../../kb/types.js";
import { encodeAction, type Place } from "../callback-data.js";
import { joinHtml, safe } from "../html.js";
import type { RenderContext } from "./context.js";
import { relatedFacts, shareRow } from "./fact-buttons.js";
import { factText } from "./fact.js";
import { keyboardOf, rowsOf } from "./keyboard.js";
import { memoizeMessage } from "./memo.js";
import type { BotMessage } from "./message.js";
import { answerTitle } from "./titles.js";

const NUMBERS_PER_ROW = 5;

/** The list, numbered; "◀ Back" shows the fact again. */
export function relatedListMessage(rc: RenderContext, fact: Fact, place: Place, vote?: string): BotMessage {
  return vote === undefined ? plainRelatedList(rc, fact.id, place) : relatedList(rc, fact, place, vote);
}

const plainRelatedList = memoizeMessage((rc, id: string, place: Place) =>
  relatedList(rc, rc.kb.byId.get(id)!, place),
);

function relatedList(rc: RenderContext, fact: Fact, place: Place, vote?: string): BotMessage {
  const related = relatedFacts(fact, rc.kb);
  const lines = related.map((other, index) => safe`<b>${index + 1}.</b> ${other.text[rc.lang].title}`);
  const numbers = related.map((_other, index) =>
    InlineKeyboard.text(
      String(index + 1),
      encodeAction({ kind: "related", lang: rc.lang, id: fact.id, place, item: index + 1, vote }),
    ),
  );
  const back = InlineKeyboard.text(
    rc.t("button-back"),
    encodeAction({ kind: "show", lang: rc.lang, id: fact.id, place, vote }),
  );
  return {
    text: joinHtml(
      [
        safe`<b>${rc.t("related-title", { title: answerTitle(fact.text[rc.lang]) })}</b>\n`,
        ...lines,
        safe`\n${rc.t("list-hint")}`,
      ],
      "\n",
    ),
    keyboard: keyboardOf([...rowsOf(numbers, NUMBERS_PER_ROW), [back]]),
  };
}

/**
 * The item-th related fact of `origin` (1-based): share, its own related, back; undefined past
 * the end. It carries no 👍/👎 (it is not the answer), only passes `vote` on to the way back.
 */
export function relatedItemMessage(
  rc: RenderContext,
  origin: Fact,
  place: Place,
  item: number,
  vote?: string,
): BotMessage | undefined {
  const other = relatedFacts(origin, rc.kb)[item - 1];
  if (!other) return undefined;
  const back = InlineKeyboard.text(
    rc.t("button-back-to-list"),
    encodeAction({ kind: "related", lang: rc.lang, id: origin.id, place, vote }),
  );
  return { text: factText(rc, other), keyboard: keyboardOf([shareRow(rc, other, "answer"), [back]]) };
}
