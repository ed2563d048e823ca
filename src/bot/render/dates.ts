import type { Fact } from "../../kb/types.js";
import type { Lang } from "../../langs.js";
import { memoize } from "./memo.js";

/** British English writes "17 March 2022", as the facts' own text does; the others by language. */
const LOCALES: Record<Lang, string> = { be: "be", ru: "ru", en: "en-GB" };

/**
 * "2022", "March 2022" or "17 March 2022" in the reply language: as precise as the data.
 * Building an Intl.DateTimeFormat costs far more than using one, and facts' dates never change:
 * each date is formatted once per language.
 */
export const formatDate = memoize(formatUncached, (date, lang) => `${lang}:${date}`);

function formatUncached(date: string, lang: Lang): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number?, number?];
  if (month === undefined) return String(year);
  const options: Intl.DateTimeFormatOptions =
    day === undefined
      ? { month: "long", year: "numeric", timeZone: "UTC" }
      : { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(
    new Date(Date.UTC(year, month - 1, day ?? 1)),
  );
}

/** The date of a fact, or its period ("18 October 2016 – 2021") when it has an end. */
export function formatPeriod(fact: Fact, lang: Lang): string | undefined {
  if (!fact.date) return undefined;
  const start = formatDate(fact.date, lang);
  return fact.end ? `${start} – ${formatDate(fact.end, lang)}` : start;
}
