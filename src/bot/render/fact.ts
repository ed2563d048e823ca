/**
 * How one fact looks: in a chat, in an inline result, and the buttons under it. Designed for a
 * phone: a bold title (without the date when the sentence states it), the answer, its sources
 * as links, and at most three rows of buttons:
 *
 *   [↗ Share] [More on this]          always (the second only when there are related facts)
 *   [← Earlier] [Later →]             when the fact is in a list (timeline, conventions)
 *   [◀ Back to the list]              when it was opened from a list
 */
import { InlineKeyboard } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import type { Fact, KnowledgeBase, Source } from "../../kb/types.js";
import { encodeAction, type ListName, type Place } from "../callback-data.js";
import { homeList, neighboursIn, timelinePageOf, type Catalog } from "../catalog.js";
import { bold, safe, italic, joinHtml, link, type Html } from "../html.js";
import { formatPeriod } from "./dates.js";
import { keyboardOf, rowsOf, type ButtonRow } from "./keyboard.js";
import { answerTitle } from "./titles.js";
import { deepLink, type View } from "./view.js";

/** Related facts listed behind "More on this"; more would not fit one screen with their numbers. */
export const MAX_RELATED = 10;
const NUMBERS_PER_ROW = 5;

/** Title, treaty status for conventions, the short answer and its sources as readable links. */
export function factMessage(fact: Fact, view: View): Html {
  const text = fact.text[view.lang];
  const about = factDetails(fact, view);
  return joinHtml(
    [
      bold(answerTitle(text)),
      ...(about ? [italic(about)] : []),
      safe`\n${text.answer}`,
      safe`\n${sourcesBlock(fact.sources, view)}`,
    ],
    "\n",
  );
}

/**
 * "ETS No. 18 · participation suspended" for conventions; the date only when the answer does not
 * state it (kb:check makes every answer state its year, so in practice never).
 */
function factDetails(fact: Fact, view: View): string | undefined {
  const text = fact.text[view.lang].answer;
  const datedInText = [fact.date, fact.end].every((date) => !date || text.includes(date.slice(0, 4)));
  // "Bern Convention (ETS 104)" already names its number.
  const numberInTitle =
    fact.ets !== undefined &&
    new RegExp(`\\bC?ETS\\s*${fact.ets}\\b`).test(answerTitle(fact.text[view.lang]));
  const parts = [
    fact.ets && !numberInTitle
      ? view.t("convention-ets", { series: treatySeries(fact.ets), ets: fact.ets })
      : undefined,
    fact.status ? view.t(`convention-status-${fact.status}`) : undefined,
    datedInText ? undefined : formatPeriod(fact, view.lang),
  ].filter((part) => part !== undefined);
  return parts.length > 0 ? parts.join(" · ") : undefined;
}

/** "Source: <link>" on one line, or "Sources:" and one bulleted link a line. */
function sourcesBlock(sources: readonly Source[], view: View): Html {
  if (sources.length === 1) return safe`${view.t("answer-source")} ${sourceLink(sources[0]!, view)}`;
  return joinHtml(
    [safe`${view.t("answer-sources")}`, ...sources.map((source) => safe`• ${sourceLink(source, view)}`)],
    "\n",
  );
}

/** The Council of Europe Treaty Series took over from the European Treaty Series at No. 194 (2004). */
function treatySeries(ets: string): string {
  return Number(ets) >= 194 ? "CETS" : "ETS";
}

/** The document in the reader's language when the publisher has one, else the original, marked. */
export function sourceLink(source: Source, view: View): Html {
  const localized = source.localized[view.lang];
  const anchor = link(localized ?? source.url, source.title[view.lang]);
  if (localized || source.lang === view.lang) return anchor;
  return safe`${anchor} ${view.t("answer-source-language", { lang: source.lang })}`;
}

/** The related facts that exist, in the data's order, as many as the list shows. */
export function relatedFacts(fact: Fact, kb: KnowledgeBase): Fact[] {
  return fact.related
    .map((id) => kb.byId.get(id))
    .filter((other) => other !== undefined)
    .slice(0, MAX_RELATED);
}

/** Share and "More on this": the first row under every fact. */
function shareRow(fact: Fact, place: Place, view: View, kb: KnowledgeBase): ButtonRow {
  // The share button prefills inline mode with the full title, which finds this very fact.
  const share = InlineKeyboard.switchInline(view.t("button-share"), fact.text[view.lang].title);
  const related = relatedFacts(fact, kb).length;
  return related > 0
    ? [
        share,
        InlineKeyboard.text(
          view.t("button-related", { count: related }),
          encodeAction({ kind: "related", lang: view.lang, id: fact.id, place }),
        ),
      ]
    : [share];
}

/** "← Earlier" and "Later →" within a list, each showing that item in place. */
function neighbourRow(fact: Fact, list: ListName, view: View, catalog: Catalog): ButtonRow {
  const around = neighboursIn(catalog, fact, list);
  const step = (side: "previous" | "next", other: Fact | undefined): InlineKeyboardButton[] =>
    other
      ? [
          InlineKeyboard.text(
            view.t(`button-${side}-${list}`),
            encodeAction({ kind: "show", lang: view.lang, id: other.id, place: list }),
          ),
        ]
      : [];
  return around ? [...step("previous", around.previous), ...step("next", around.next)] : [];
}

/** The button back to the list page an item is on. */
function backToListRow(fact: Fact, list: ListName, view: View, catalog: Catalog): ButtonRow {
  const data =
    list === "timeline"
      ? encodeAction({ kind: "timeline", lang: view.lang, page: timelinePageOf(catalog, fact) })
      : encodeAction({ kind: "conventions", lang: view.lang });
  return [InlineKeyboard.text(view.t("button-back-to-list"), data)];
}

/**
 * The buttons under a fact shown in `place`. As an answer, the arrows step into its home list
 * (and from then on it is an item there, with the way back); as a list item, they step within
 * that list.
 */
export function factKeyboard(
  fact: Fact,
  place: Place,
  view: View,
  kb: KnowledgeBase,
  catalog: Catalog,
): InlineKeyboard {
  const list = place === "answer" ? homeList(fact) : place;
  return keyboardOf([
    shareRow(fact, place, view, kb),
    list ? neighbourRow(fact, list, view, catalog) : [],
    place === "answer" ? [] : backToListRow(fact, place, view, catalog),
  ]);
}

/** The facts related to `fact`, numbered, each opening in place; "◀ Back" returns to the fact. */
export function relatedList(
  fact: Fact,
  place: Place,
  view: View,
  kb: KnowledgeBase,
): { text: Html; keyboard: InlineKeyboard } {
  const related = relatedFacts(fact, kb);
  const lines = related.map((other, index) => safe`<b>${index + 1}.</b> ${other.text[view.lang].title}`);
  const numbers = related.map((_other, index) =>
    InlineKeyboard.text(
      String(index + 1),
      encodeAction({ kind: "related", lang: view.lang, id: fact.id, place, item: index + 1 }),
    ),
  );
  const back = InlineKeyboard.text(
    view.t("button-back"),
    encodeAction({ kind: "show", lang: view.lang, id: fact.id, place }),
  );
  return {
    text: joinHtml(
      [
        safe`<b>${view.t("related-title", { title: answerTitle(fact.text[view.lang]) })}</b>\n`,
        ...lines,
        safe`\n${view.t("list-hint")}`,
      ],
      "\n",
    ),
    keyboard: keyboardOf([...rowsOf(numbers, NUMBERS_PER_ROW), [back]]),
  };
}

/** A related fact opened from the list of `origin`'s related facts: share, its own related, back. */
export function relatedItemKeyboard(
  item: Fact,
  origin: Fact,
  place: Place,
  view: View,
  kb: KnowledgeBase,
): InlineKeyboard {
  const back = InlineKeyboard.text(
    view.t("button-back-to-list"),
    encodeAction({ kind: "related", lang: view.lang, id: origin.id, place }),
  );
  return keyboardOf([shareRow(item, "answer", view, kb), [back]]);
}

/** The only button an inline result carries: it opens the same fact in the bot (a deep link). */
export function inlineResultKeyboard(fact: Fact, view: View): InlineKeyboard {
  return new InlineKeyboard().url(view.t("button-open-in-bot"), deepLink(view, fact.id));
}
