/**
 * What the maintainers read: for a period, the questions the bot declined, grouped by similar
 * wording (the same normalized text, or most content words shared) with counts and the facts
 * closest to each group; the answers with the most 👎; and the share answered per language and
 * per day. Pure: entries in, a Report out; report-text.ts and report-html.ts draw it.
 */
import type { KnowledgeBase } from "../kb/types.js";
import { LANGS, type Lang } from "../langs.js";
import { analyzerFor } from "../search/analyze.js";
import { normalizeText, tokenize } from "../search/normalize.js";
import { isStopWord } from "../search/stopwords.js";
import type { QuestionAnswerer } from "../search/types.js";
import { dayFromNumber, dayNumber, type FeedbackEntry, type QuestionRecord, type Vote } from "./record.js";

export interface ReportOptions {
  /** First and last day of the period, YYYY-MM-DD, both included. */
  from: string;
  to: string;
  /** For fact titles in the report. */
  kb?: KnowledgeBase;
  /** The current search core: a declined group it now answers is marked so (a fact added since). */
  answerer?: QuestionAnswerer;
  /** Groups and disliked answers listed at most; 25 by default. */
  limit?: number;
}

export interface Tally {
  questions: number;
  answered: number;
}

export interface DayRow extends Tally {
  day: string;
  byLang: Record<Lang, Tally>;
}

export interface FactRef {
  id: string;
  title: string;
}

export interface DeclinedGroup {
  /** How many declined questions the group holds. */
  count: number;
  /** Its wordings, most frequent first, each with its count (at most 5). */
  wordings: { text: string; count: number }[];
  langs: Lang[];
  /** Content words most of the group shares, as people typed them. */
  words: string[];
  /** The facts the bot offered for these questions, most offered first. */
  closest: (FactRef & { count: number })[];
  /** The fact the current knowledge base answers the most frequent wording with, if any. */
  nowAnswered?: FactRef;
}

export interface DislikedAnswer extends FactRef {
  answered: number;
  up: number;
  down: number;
  /** Questions whose answer got 👎 (at most 3). */
  examples: string[];
}

export interface Report {
  from: string;
  to: string;
  totals: Tally & { declined: number; up: number; down: number };
  perLang: Record<Lang, Tally>;
  perDay: DayRow[];
  declined: DeclinedGroup[];
  /** Declined groups beyond `limit`. */
  moreDeclined: number;
  disliked: DislikedAnswer[];
}

/** The placeholders of masking (mask.ts) are not words of the question. */
const MASK_WORDS = new Set(["email", "user", "phone", "number"]);
/** A wording joins a group when it shares this share of the smaller word set with its first wording. */
const GROUP_OVERLAP = 0.6;

const emptyTally = (): Tally => ({ questions: 0, answered: 0 });
const byLangTally = () =>
  Object.fromEntries(LANGS.map((lang) => [lang, emptyTally()])) as Record<Lang, Tally>;

export function buildReport(entries: readonly FeedbackEntry[], options: ReportOptions): Report {
  const limit = options.limit ?? 25;
  const title = (id: string, lang: Lang) => options.kb?.byId.get(id)?.text[lang].title ?? id;
  const questions = new Map<string, QuestionRecord>();
  const votes = new Map<string, Vote>();
  for (const entry of entries) {
    if (entry.t === "v") votes.set(entry.id, entry.vote);
    else if (entry.day >= options.from && entry.day <= options.to) questions.set(entry.id, entry);
  }

  const totals = { questions: 0, answered: 0, declined: 0, up: 0, down: 0 };
  const perLang = byLangTally();
  const days = new Map<string, DayRow>();
  const first = dayNumber(options.from);
  for (let n = first; n <= dayNumber(options.to); n++) {
    const day = dayFromNumber(n);
    days.set(day, { day, ...emptyTally(), byLang: byLangTally() });
  }
  const declined: QuestionRecord[] = [];
  const answeredBy = new Map<
    string,
    { lang: Lang; up: number; down: number; answered: number; examples: string[] }
  >();
  for (const record of questions.values()) {
    const answered = record.outcome === "answered" ? 1 : 0;
    const row = days.get(record.day)!;
    for (const tally of [totals, perLang[record.lang], row, row.byLang[record.lang]]) {
      tally.questions++;
      tally.answered += answered;
    }
    const vote = votes.get(record.id);
    if (vote === "up") totals.up++;
    if (vote === "down") totals.down++;
    if (record.outcome === "declined") {
      totals.declined++;
      declined.push(record);
      continue;
    }
    const fact = answeredBy.get(record.fact) ?? {
      lang: record.lang,
      up: 0,
      down: 0,
      answered: 0,
      examples: [],
    };
    fact.answered++;
    if (vote === "up") fact.up++;
    if (vote === "down") {
      fact.down++;
      if (fact.examples.length < 3 && !fact.examples.includes(record.q)) fact.examples.push(record.q);
    }
    answeredBy.set(record.fact, fact);
  }

  const groups = groupDeclined(declined).map((group): DeclinedGroup => {
    const lang = mostCommon(group.records.map((record) => record.lang))!;
    const offered = new Map<string, number>();
    for (const record of group.records)
      if (record.outcome === "declined")
        for (const id of record.suggested) offered.set(id, (offered.get(id) ?? 0) + 1);
    const closest = [...offered]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 3)
      .map(([id, count]) => ({ id, title: title(id, lang), count }));
    const top = group.wordings[0]!;
    const now = options.answerer?.answer(top.text, { fallbackLang: lang });
    return {
      count: group.records.length,
      wordings: group.wordings.slice(0, 5),
      langs: LANGS.filter((l) => group.records.some((record) => record.lang === l)),
      words: group.words,
      closest,
      ...(now?.kind === "fact" &&
        now.fact && { nowAnswered: { id: now.fact.id, title: title(now.fact.id, lang) } }),
    };
  });
  const disliked = [...answeredBy]
    .filter(([, fact]) => fact.down > 0)
    .sort(
      ([idA, a], [idB, b]) =>
        b.down - a.down || b.down / (b.up + b.down) - a.down / (a.up + a.down) || idA.localeCompare(idB),
    )
    .slice(0, limit)
    .map(([id, { lang, up, down, answered, examples }]) => ({
      id,
      title: title(id, lang),
      answered,
      up,
      down,
      examples,
    }));

  return {
    from: options.from,
    to: options.to,
    totals,
    perLang,
    perDay: [...days.values()],
    declined: groups.slice(0, limit),
    moreDeclined: Math.max(0, groups.length - limit),
    disliked,
  };
}

interface Wording {
  text: string;
  count: number;
  lang: Lang;
  /** Stems of its content words, and how each was typed. */
  stems: Map<string, string>;
  records: QuestionRecord[];
}

interface Group {
  records: QuestionRecord[];
  wordings: { text: string; count: number }[];
  words: string[];
  stems: Map<string, string>;
  /** How many of the group's wordings have each stem, weighted by their counts. */
  stemCounts: Map<string, number>;
}

/**
 * Declined questions grouped by wording: first the same normalized text (case, ё, apostrophes,
 * Łacinka, formatting do not matter), then a wording joins the first group (most asked first)
 * whose first wording shares most of its content words (stemmed): "weather in Minsk today" and
 * "Minsk weather" are one group, "Minsk weather" and "Minsk prize" are not.
 */
export function groupDeclined(records: readonly QuestionRecord[]): Group[] {
  const wordings = new Map<string, Wording>();
  for (const record of records) {
    const normalized = normalizeText(record.q);
    const known = wordings.get(normalized);
    if (known) {
      known.count++;
      known.records.push(record);
    } else
      wordings.set(normalized, {
        text: record.q,
        count: 1,
        lang: record.lang,
        stems: contentStems(normalized, record.lang),
        records: [record],
      });
  }
  // Most asked first; among equals, the one asked first (Array.prototype.sort is stable).
  const sorted = [...wordings.values()].sort((a, b) => b.count - a.count);
  const groups: (Group & { head: Map<string, string> })[] = [];
  const byStem = new Map<string, number[]>();
  for (const wording of sorted) {
    const candidates = new Set([...wording.stems.keys()].flatMap((stem) => byStem.get(stem) ?? []));
    const home = [...candidates]
      .sort((a, b) => a - b)
      .map((i) => groups[i]!)
      .find((group) => overlap(group.head, wording.stems) >= GROUP_OVERLAP);
    const group =
      home ??
      (() => {
        const created = {
          head: wording.stems,
          records: [],
          wordings: [],
          words: [],
          stems: new Map<string, string>(),
          stemCounts: new Map<string, number>(),
        };
        groups.push(created);
        for (const stem of wording.stems.keys())
          byStem.set(stem, [...(byStem.get(stem) ?? []), groups.length - 1]);
        return created;
      })();
    group.records.push(...wording.records);
    group.wordings.push({ text: wording.text, count: wording.count });
    for (const [stem, surface] of wording.stems) {
      if (!group.stems.has(stem)) group.stems.set(stem, surface);
      group.stemCounts.set(stem, (group.stemCounts.get(stem) ?? 0) + wording.count);
    }
  }
  for (const group of groups) {
    const half = group.records.length / 2;
    group.words = [...group.stemCounts]
      .filter(([, count]) => count >= half)
      .sort((a, b) => b[1] - a[1])
      .map(([stem]) => group.stems.get(stem)!);
  }
  return groups.sort((a, b) => b.records.length - a.records.length);
}

/** The content words of a normalized question, by stem (in the question's language). */
export function contentStems(normalized: string, lang: Lang): Map<string, string> {
  const stems = new Map<string, string>();
  for (const token of tokenize(normalized)) {
    if (isStopWord(token) || MASK_WORDS.has(token) || token.length < 2) continue;
    // The question's own language first; a Latin word in a Cyrillic question is stemmed as English.
    const order = [lang, ...LANGS.filter((other) => other !== lang)];
    const stem = order.map((other) => analyzerFor(other)(token)).find((found) => found) ?? token;
    if (!stems.has(stem)) stems.set(stem, token);
  }
  return stems;
}

function overlap(a: Map<string, string>, b: Map<string, string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const stem of b.keys()) if (a.has(stem)) shared++;
  return shared / Math.min(a.size, b.size);
}

function mostCommon<T>(items: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** A share as a whole percentage, or "—" for no questions. */
export function percent(tally: Tally): string {
  return tally.questions === 0 ? "—" : `${Math.round((100 * tally.answered) / tally.questions)}%`;
}
