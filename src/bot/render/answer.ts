/**
 * The reply to a question in words, whatever the search core made of it: the fact that answers
 * it, an honest "I don't know" with the close topics (or the main topics when none is close,
 * never an unrelated fact), or the reply to small talk. The offline chat and `ask` print the same.
 */
import { InlineKeyboard } from "grammy";
import type { Fact } from "../../kb/types.js";
import { TUNING } from "../../search/tuning.js";
import type { Answer } from "../../search/types.js";
import { encodeAction } from "../callback-data.js";
import { safe, type Html } from "../html.js";
import type { RenderContext } from "./context.js";
import { factMessage } from "./fact.js";
import { helpMessage, type MenuEntry } from "./help.js";
import { keyboardOf } from "./keyboard.js";
import { memoizeMessage } from "./memo.js";
import type { BotMessage } from "./message.js";
import { buttonLabel, WIDE_LABEL } from "./titles.js";
import { topicsKeyboard } from "./topics.js";

/** `vote`: the record id of the question, for the 👍/👎 row under a fact. */
export function answerMessage(
  rc: RenderContext,
  answer: Answer,
  menu: readonly MenuEntry[],
  vote?: string,
): BotMessage {
  switch (answer.kind) {
    case "fact":
      if (answer.fact) return factMessage(rc, answer.fact, "answer", vote);
      return declineMessage(rc, answer.suggestions);
    case "decline":
      return declineMessage(rc, answer.suggestions);
    case "help":
      return helpMessage(rc, menu);
    case "greeting":
      return greetingMessage(rc);
    case "empty":
      // A lone "?", an emoji or a bare @mention: what to ask, and the topics to start from.
      return emptyMessage(rc);
    case "thanks":
      return { text: thanksText(rc) };
  }
}

/**
 * The reply's own words, without what introduces its buttons: a fact's answer, "I don't know",
 * the reply to small talk. `ask --json` gives them as `text`.
 */
export function answerWords(rc: RenderContext, answer: Answer, menu: readonly MenuEntry[]): Html {
  if (answer.fact) return safe`${answer.fact.text[rc.lang].answer}`;
  switch (answer.kind) {
    case "fact":
    case "decline":
      return declineText(rc);
    case "help":
      return helpMessage(rc, menu).text;
    case "greeting":
      return greetingMessage(rc).text;
    case "empty":
      return emptyMessage(rc).text;
    case "thanks":
      return thanksText(rc);
  }
}

/**
 * The close topics the search core found, one a row (as many as it offers, three: an answer's
 * rows), or the main topics when it found none.
 */
function declineMessage(rc: RenderContext, found: readonly Fact[]): BotMessage {
  const suggestions = found.slice(0, TUNING.suggestions);
  if (suggestions.length === 0)
    return {
      text: safe`${declineText(rc)}\n\n${rc.t("answer-decline-topics")}`,
      keyboard: topicsKeyboard(rc),
    };
  const keyboard = keyboardOf(
    suggestions.map((fact) => [
      InlineKeyboard.text(
        buttonLabel(fact.text[rc.lang], WIDE_LABEL),
        encodeAction({ kind: "fact", lang: rc.lang, id: fact.id }),
      ),
    ]),
  );
  return { text: safe`${declineText(rc)}\n\n${rc.t("answer-decline-suggestions")}`, keyboard };
}

const declineText = (rc: RenderContext) => safe`${rc.t("answer-decline")}`;
const thanksText = (rc: RenderContext) => safe`${rc.t("answer-thanks")}`;

const greetingMessage = memoizeMessage((rc: RenderContext) => ({
  text: safe`${rc.t("answer-greeting")}`,
  keyboard: topicsKeyboard(rc),
}));

const emptyMessage = memoizeMessage((rc: RenderContext) => ({
  text: safe`${rc.t("answer-empty-topics")}`,
  keyboard: topicsKeyboard(rc),
}));
