/** How one fact looks: in a chat, in an inline result, and the buttons under it. */
import { InlineKeyboard } from "grammy";
import type { Fact, KnowledgeBase, Source } from "../../kb/types.js";
import { encodeAction } from "../callback-data.js";
import { neighboursOf, type Catalog } from "../catalog.js";
import { bold, safe, italic, joinHtml, link, type Html } from "../html.js";
import { formatPeriod } from "./dates.js";
import { keyboardOf } from "./keyboard.js";
import { deepLink, shorten, type View } from "./view.js";

/** More related buttons than this crowd the answer; the rest are a tap away from those. */
const MAX_RELATED_BUTTONS = 3;
export const BUTTON_LABEL_LENGTH = 40;

/** Title, date or treaty status, the short answer and its sources as readable links. */
export function factMessage(fact: Fact, view: View): Html {
  const text = fact.text[view.lang];
  const about = factDetails(fact, view);
  return joinHtml(
    [
      bold(text.title),
      ...(about ? [italic(about)] : []),
      safe`\n${text.answer}`,
      safe`\n${view.t("answer-sources")}`,
      ...fact.sources.map((source) => safe`• ${sourceLink(source, view)}`),
    ],
    "\n",
  );
}

/** "ETS 18 · suspended · 1 March 2014" for conventions, the date or period for the rest. */
function factDetails(fact: Fact, view: View): string | undefined {
  const parts = [
    fact.ets ? view.t("convention-ets", { series: treatySeries(fact.ets), ets: fact.ets }) : undefined,
    fact.status ? view.t(`convention-status-${fact.status}`) : undefined,
    formatPeriod(fact, view.lang),
  ].filter((part) => part !== undefined);
  return parts.length > 0 ? parts.join(" · ") : undefined;
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

/** Share (inline mode, prefilled with the title), related facts, and neighbours in its list. */
export function factKeyboard(fact: Fact, view: View, kb: KnowledgeBase, catalog: Catalog): InlineKeyboard {
  const share = InlineKeyboard.switchInline(view.t("button-share"), fact.text[view.lang].title);
  const related = fact.related
    .map((id) => kb.byId.get(id))
    .filter((other) => other !== undefined)
    .slice(0, MAX_RELATED_BUTTONS)
    .map((other) => [
      InlineKeyboard.text(
        `→ ${shorten(other.text[view.lang].title, BUTTON_LABEL_LENGTH)}`,
        openFact(other, view),
      ),
    ]);
  const around = neighboursOf(catalog, fact);
  const neighbours = around
    ? [
        ...(around.previous
          ? [
              InlineKeyboard.text(
                view.t(`button-previous-${around.list}`),
                showNeighbour(around.previous, view),
              ),
            ]
          : []),
        ...(around.next
          ? [InlineKeyboard.text(view.t(`button-next-${around.list}`), showNeighbour(around.next, view))]
          : []),
      ]
    : [];
  return keyboardOf([[share], ...related, neighbours]);
}

/** The only button an inline result carries: it opens the same fact in the bot (a deep link). */
export function inlineResultKeyboard(fact: Fact, view: View): InlineKeyboard {
  return new InlineKeyboard().url(view.t("button-open-in-bot"), deepLink(view, fact.id));
}

export function openFact(fact: Fact, view: View): string {
  return encodeAction({ kind: "fact", lang: view.lang, id: fact.id });
}

function showNeighbour(fact: Fact, view: View): string {
  return encodeAction({ kind: "neighbour", lang: view.lang, id: fact.id });
}
