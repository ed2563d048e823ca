/**
 * How one fact reads, in a chat, in an inline result and in the offline tools: a bold title
 * (without the date when the sentence states it), the treaty status for conventions, the short
 * answer and its sources as readable links; and the fact as a message, with its buttons and, for
 * the answer to a recorded question, its 👍/👎 row.
 */
import { InlineKeyboard } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import type { Fact, Source } from "../../kb/types.js";
import type { ConventionStatus } from "../../kb/schema.js";
import type { Lang } from "../../langs.js";
import { voteLabels, withVoteButtons } from "../../feedback/telegram.js";
import type { Place } from "../callback-data.js";
import { bold, safe, italic, joinHtml, link, type Html } from "../html.js";
import type { RenderContext } from "./context.js";
import { formatPeriod } from "./dates.js";
import { factKeyboard } from "./fact-buttons.js";
import { memoizeMessage } from "./memo.js";
import type { BotMessage } from "./message.js";
import { answerTitle } from "./titles.js";

export const STATUS_KEY = {
  "in-force": "convention-status-in-force",
  suspended: "convention-status-suspended",
  denounced: "convention-status-denounced",
} as const satisfies Record<ConventionStatus, string>;

/** Title, treaty status for conventions, the short answer and its sources as readable links. */
export function factText(rc: RenderContext, fact: Fact): Html {
  const text = fact.text[rc.lang];
  const about = factDetails(rc, fact);
  return joinHtml(
    [
      bold(answerTitle(text)),
      ...(about ? [italic(about)] : []),
      safe`\n${text.answer}`,
      safe`\n${sourcesBlock(rc, fact.sources)}`,
    ],
    "\n",
  );
}

/**
 * A fact as a message in `place`. With `vote`, the record id of the question it answers, it
 * carries the 👍/👎 row, and its buttons pass the record on, so that the answer drawn again
 * after browsing (back from its related facts, earlier, later) carries the row too.
 */
export function factMessage(rc: RenderContext, fact: Fact, place: Place, vote?: string): BotMessage {
  if (vote === undefined) return plainFactMessage(rc, fact.id, place);
  const { text, keyboard } = votedFactMessage(rc, fact.id, place);
  return { text, keyboard: keyboard && withRecordId(keyboard, vote) };
}

const plainFactMessage = memoizeMessage((rc, id: string, place: Place) => {
  const fact = rc.kb.byId.get(id)!;
  return { text: factText(rc, fact), keyboard: factKeyboard(rc, fact, place) };
});

/**
 * A valid record id standing for the real one in the remembered layout of a recorded answer:
 * each answer only writes its own id into the buttons' data instead of being drawn anew, so that
 * recording adds little to an answer the cache already holds.
 */
const RECORD_SLOT = "aaaaaaaaaa";

const votedFactMessage = memoizeMessage((rc, id: string, place: Place) => {
  const fact = rc.kb.byId.get(id)!;
  // The row's layout next to the other buttons is src/feedback/telegram.ts's.
  const keyboard = withVoteButtons(
    factKeyboard(rc, fact, place, RECORD_SLOT),
    voteLabels(rc.kb, rc.lang),
    rc.lang,
    RECORD_SLOT,
  );
  return { text: factText(rc, fact), keyboard };
});

/**
 * The remembered layout's rows with the slot's buttons split around it, worked out once per
 * layout (undefined for a row without the slot): an answer then only joins its id into those
 * buttons, and shares every other button and row with the layout.
 */
type Cell = InlineKeyboardButton | { text: string; before: string; after: string };
const slotted = new WeakMap<InlineKeyboard, (Cell[] | undefined)[]>();

function slotsOf(keyboard: InlineKeyboard): (Cell[] | undefined)[] {
  let rows = slotted.get(keyboard);
  if (!rows) {
    rows = keyboard.inline_keyboard.map((row) => {
      const cells = row.map((button): Cell => {
        const data = "callback_data" in button ? button.callback_data : undefined;
        const at = data?.indexOf(RECORD_SLOT) ?? -1;
        return data === undefined || at < 0
          ? button
          : { text: button.text, before: data.slice(0, at), after: data.slice(at + RECORD_SLOT.length) };
      });
      return cells.some((cell) => "before" in cell) ? cells : undefined;
    });
    slotted.set(keyboard, rows);
  }
  return rows;
}

function withRecordId(keyboard: InlineKeyboard, id: string): InlineKeyboard {
  return new InlineKeyboard(
    slotsOf(keyboard).map(
      (cells, r) =>
        cells?.map((cell) =>
          "before" in cell ? { text: cell.text, callback_data: cell.before + id + cell.after } : cell,
        ) ?? keyboard.inline_keyboard[r]!,
    ),
  );
}

/**
 * "ETS No. 18 · participation suspended" for conventions; the date only when the answer does not
 * state it (kb:check makes every answer state its year, so in practice never).
 */
function factDetails(rc: RenderContext, fact: Fact): string | undefined {
  const text = fact.text[rc.lang].answer;
  const datedInText = [fact.date, fact.end].every((date) => !date || text.includes(date.slice(0, 4)));
  // "Bern Convention (ETS 104)" already names its number.
  const numberInTitle =
    fact.ets !== undefined && new RegExp(`\\bC?ETS\\s*${fact.ets}\\b`).test(answerTitle(fact.text[rc.lang]));
  const parts = [
    fact.ets && !numberInTitle
      ? rc.t("convention-ets", { series: treatySeries(fact.ets), ets: fact.ets })
      : undefined,
    fact.status ? rc.t(STATUS_KEY[fact.status]) : undefined,
    datedInText ? undefined : formatPeriod(fact, rc.lang),
  ].filter((part) => part !== undefined);
  return parts.length > 0 ? parts.join(" · ") : undefined;
}

/** "Source: <link>" on one line, or "Sources:" and one bulleted link a line. */
function sourcesBlock(rc: RenderContext, sources: readonly Source[]): Html {
  if (sources.length === 1) return safe`${rc.t("answer-source")} ${sourceLink(rc, sources[0]!)}`;
  return joinHtml(
    [safe`${rc.t("answer-sources")}`, ...sources.map((source) => safe`• ${sourceLink(rc, source)}`)],
    "\n",
  );
}

/** The Council of Europe Treaty Series took over from the European Treaty Series at No. 194 (2004). */
function treatySeries(ets: string): string {
  return Number(ets) >= 194 ? "CETS" : "ETS";
}

/** The document in the reader's language when the publisher has one, else the original. */
export const sourceUrl = (source: Source, lang: Lang): string => source.localized[lang] ?? source.url;

/** A link to the document (see sourceUrl), marked when it is in another language. */
export function sourceLink(rc: RenderContext, source: Source): Html {
  const anchor = link(sourceUrl(source, rc.lang), source.title[rc.lang]);
  if (source.localized[rc.lang] || source.lang === rc.lang) return anchor;
  return safe`${anchor} ${rc.t("answer-source-language", { lang: source.lang })}`;
}
