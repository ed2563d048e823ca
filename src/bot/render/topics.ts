/**
 * The main topics as buttons, for /start, a decline with nothing close, and an empty question:
 * the two lists, then the subjects people ask about most, each opening the fact that answers
 * "what about X?" best. Plain callback buttons, so they work without inline mode, with short
 * hand-written labels (`topic-*` in locales/<lang>/bot.ftl): three rows, like an answer.
 */
import { InlineKeyboard } from "grammy";
import { encodeAction } from "../callback-data.js";
import type { RenderContext } from "./context.js";
import { keyboardOf, rowsOf } from "./keyboard.js";

/**
 * Topic → the fact it opens. To change the menu, edit this list and the `topic-<name>` labels;
 * a topic whose fact is gone is left out (a test checks they all exist).
 */
export const MAIN_TOPICS = [
  { label: "topic-membership", fact: "never-member" },
  { label: "topic-suspension", fact: "suspension-2022" },
  { label: "topic-contact-group", fact: "contact-group" },
  { label: "topic-prisoners", fact: "political-prisoners" },
] as const;

export function topicsKeyboard(rc: RenderContext): InlineKeyboard {
  const open = (list: "timeline" | "conventions", label: string) =>
    InlineKeyboard.text(rc.t(label), encodeAction({ kind: "open", lang: rc.lang, list }));
  const facts = MAIN_TOPICS.filter((topic) => rc.kb.byId.has(topic.fact)).map((topic) =>
    InlineKeyboard.text(rc.t(topic.label), encodeAction({ kind: "fact", lang: rc.lang, id: topic.fact })),
  );
  return keyboardOf([
    [open("timeline", "topic-timeline"), open("conventions", "topic-conventions")],
    ...rowsOf(facts, 2),
  ]);
}
