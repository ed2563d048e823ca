/**
 * Titles as each place needs them: in full where the date is not shown, without a trailing
 * "(1993)" where the answer or the list line already states it, and short on buttons.
 */
import type { FactText } from "../../kb/types.js";
import { shorten } from "./shorten.js";

/** A full-width button (one to a row) shows about this many characters on a phone. */
export const WIDE_LABEL = 38;
/** A button sharing its row with another one. */
export const HALF_LABEL = 24;

/** "(1993)", "(March 2022)", "(as of 2020)", "(2016–2021)" at the end of a title. */
const TRAILING_DATE = /\s*\(([^()]*\b\d{4}\b[^()]*)\)\s*$/;
const YEAR = /\b\d{4}\b/g;

/**
 * The title without its trailing parenthesis of years when `context` (the answer, or a list
 * line's date) states every one of those years: the date once, where the sentence carries it.
 */
export function titleWithoutDate(title: string, context: string): string {
  const match = TRAILING_DATE.exec(title);
  if (!match) return title;
  const years = match[1]!.match(YEAR) ?? [];
  const stripped = title.slice(0, match.index).trim();
  return stripped && years.every((year) => context.includes(year)) ? stripped : title;
}

/** The title shown above the answer. */
export function answerTitle(text: FactText): string {
  return titleWithoutDate(text.title, text.answer);
}

/**
 * A button label for a fact: its `.short` title when the editors gave one, else the title,
 * without its date, then without any closing parenthesis ("(ETS 173)"), when that makes it fit,
 * else cut at a word boundary with an ellipsis.
 */
export function buttonLabel(text: FactText, max: number): string {
  const bare = text.title.replace(TRAILING_PARENTHESIS, "").trim() || text.title;
  for (const candidate of [text.short, text.title, answerTitle(text), bare])
    if (candidate && candidate.length <= max) return candidate;
  return shorten(text.short ?? bare, max);
}

const TRAILING_PARENTHESIS = /\s*\([^()]*\)\s*$/;

/** True when a title needs cutting to fit a button, so editors know to add `.short`. */
export function needsShortTitle(text: FactText, max: number): boolean {
  return buttonLabel(text, max).endsWith("…");
}
