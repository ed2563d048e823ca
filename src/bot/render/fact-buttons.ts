/**
 * The buttons under a fact, designed for a phone: at most three rows.
 *
 *   [↗ Share] [More on this]          always (the second only when there are related facts)
 *   [← Earlier] [Later →]             when the fact is in a list (timeline, conventions)
 *   [◀ Back to the list]              when it was opened from a list
 *
 * `vote`, the record id of an answer's feedback row, rides on every button that browses on in
 * place, so that the answer drawn again keeps its 👍/👎 (see fact.ts).
 */
import { InlineKeyboard } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import type { Fact, KnowledgeBase } from "../../kb/types.js";
import { encodeAction, type ListName, type Place } from "../callback-data.js";
import { catalogOf, homeList, neighboursIn, timelinePageOf } from "../catalog.js";
import { deepLink, type RenderContext } from "./context.js";
import { keyboardOf, type ButtonRow } from "./keyboard.js";

/** Related facts listed behind "More on this"; more would not fit one screen with their numbers. */
export const MAX_RELATED = 10;

const NEIGHBOUR_KEY = {
  timeline: { previous: "button-previous-timeline", next: "button-next-timeline" },
  conventions: { previous: "button-previous-conventions", next: "button-next-conventions" },
} as const satisfies Record<ListName, Record<"previous" | "next", string>>;

/** The related facts that exist, in the data's order, as many as the list shows. */
export function relatedFacts(fact: Fact, kb: KnowledgeBase): Fact[] {
  return fact.related
    .map((id) => kb.byId.get(id))
    .filter((other) => other !== undefined)
    .slice(0, MAX_RELATED);
}

/** Share and "More on this": the first row under every fact. */
export function shareRow(rc: RenderContext, fact: Fact, place: Place, vote?: string): ButtonRow {
  // The share button prefills inline mode with the full title, which finds this very fact.
  const share = InlineKeyboard.switchInline(rc.t("button-share"), fact.text[rc.lang].title);
  const related = relatedFacts(fact, rc.kb).length;
  if (related === 0) return [share];
  const more = encodeAction({ kind: "related", lang: rc.lang, id: fact.id, place, vote });
  return [share, InlineKeyboard.text(rc.t("button-related", { count: related }), more)];
}

/** "← Earlier" and "Later →" within a list, each showing that item in place. */
function neighbourRow(rc: RenderContext, fact: Fact, list: ListName, vote?: string): ButtonRow {
  const around = neighboursIn(catalogOf(rc.kb), fact, list);
  const step = (side: "previous" | "next", other: Fact | undefined): InlineKeyboardButton[] =>
    other
      ? [
          InlineKeyboard.text(
            rc.t(NEIGHBOUR_KEY[list][side]),
            encodeAction({ kind: "show", lang: rc.lang, id: other.id, place: list, vote }),
          ),
        ]
      : [];
  return around ? [...step("previous", around.previous), ...step("next", around.next)] : [];
}

/** The button back to the list page an item is on. */
function backToListRow(rc: RenderContext, fact: Fact, list: ListName): ButtonRow {
  const data =
    list === "timeline"
      ? encodeAction({ kind: "timeline", lang: rc.lang, page: timelinePageOf(catalogOf(rc.kb), fact) })
      : encodeAction({ kind: "conventions", lang: rc.lang });
  return [InlineKeyboard.text(rc.t("button-back-to-list"), data)];
}

/**
 * The buttons under a fact shown in `place`. As an answer, the arrows step into its home list
 * (and from then on it is an item there, with the way back); as a list item, they step within
 * that list.
 */
export function factKeyboard(rc: RenderContext, fact: Fact, place: Place, vote?: string): InlineKeyboard {
  const list = place === "answer" ? homeList(fact) : place;
  return keyboardOf([
    shareRow(rc, fact, place, vote),
    list ? neighbourRow(rc, fact, list, vote) : [],
    place === "answer" ? [] : backToListRow(rc, fact, place),
  ]);
}

/** The only button an inline result carries: it opens the same fact in the bot (a deep link). */
export function inlineResultKeyboard(rc: RenderContext, fact: Fact): InlineKeyboard {
  return new InlineKeyboard().url(rc.t("button-open-in-bot"), deepLink(rc, fact.id));
}
