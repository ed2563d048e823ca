/**
 * The main topics as buttons, for /start, a decline with nothing close, and an empty question:
 * the two lists, then the subjects people ask about most, each opening the fact that answers
 * "what about X?" best. Plain callback buttons, so they work without inline mode, with short
 * hand-written labels (`topic-*` in locales/<lang>/bot.ftl): three rows, like an answer.
 */
import { InlineKeyboard } from "grammy";
import type { KnowledgeBase } from "../../kb/types.js";
import { encodeAction } from "../callback-data.js";
import { keyboardOf, rowsOf } from "./keyboard.js";
import type { View } from "./view.js";

/**
 * Topic → the fact it opens. To change the menu, edit this list and the `topic-<name>` labels;
 * a topic whose fact is gone is left out (a test checks they all exist).
 */
export const MAIN_TOPICS = [
  { name: "membership", fact: "never-member" },
  { name: "suspension", fact: "suspension-2022" },
  { name: "contact-group", fact: "contact-group" },
  { name: "prisoners", fact: "political-prisoners" },
] as const;

export function topicsKeyboard(kb: KnowledgeBase, view: View): InlineKeyboard {
  const open = (list: "timeline" | "conventions") =>
    InlineKeyboard.text(view.t(`topic-${list}`), encodeAction({ kind: "open", lang: view.lang, list }));
  const facts = MAIN_TOPICS.filter((topic) => kb.byId.has(topic.fact)).map((topic) =>
    InlineKeyboard.text(
      view.t(`topic-${topic.name}`),
      encodeAction({ kind: "fact", lang: view.lang, id: topic.fact }),
    ),
  );
  return keyboardOf([[open("timeline"), open("conventions")], ...rowsOf(facts, 2)]);
}
