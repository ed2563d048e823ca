/**
 * The orderings the bot browses the knowledge base in (the timeline, the conventions) and the
 * lookups it needs for buttons, computed once per knowledge base (`catalogOf`).
 */
import type { Fact, KnowledgeBase } from "../kb/types.js";
import { LANGS, type Lang } from "../langs.js";
import type { ListName } from "./callback-data.js";
import { memoize } from "./render/memo.js";

/** Eight dated lines fit a phone screen without scrolling. */
export const TIMELINE_PAGE_SIZE = 8;

export interface Catalog {
  /** Dated facts, earliest first; a year sorts before the months and days within it. */
  timeline: readonly Fact[];
  /** Conventions in treaty-number order, the order lawyers look them up in. */
  conventions: readonly Fact[];
  /** Facts shown for an empty inline query and in topic menus: the basics first (see HIGHLIGHT_ORDER). */
  highlights: readonly Fact[];
  /** Facts by their exact title in any language (lower case), so a shared title finds its fact. */
  byTitle: ReadonlyMap<string, { fact: Fact; lang: Lang }>;
}

export function buildCatalog(kb: KnowledgeBase): Catalog {
  const byTitle = new Map<string, { fact: Fact; lang: Lang }>();
  for (const fact of kb.facts)
    for (const lang of LANGS) {
      const key = titleKey(fact.text[lang].title);
      if (!byTitle.has(key)) byTitle.set(key, { fact, lang });
    }
  return {
    // Array.prototype.sort is stable: facts of the same date keep the data files' order.
    timeline: kb.facts.filter((fact) => fact.date).sort((a, b) => a.date!.localeCompare(b.date!)),
    conventions: kb.facts
      .filter((fact) => fact.kind === "convention")
      .sort((a, b) => treatyNumber(a) - treatyNumber(b) || 0),
    highlights: kb.facts
      .filter((fact) => fact.highlight)
      .sort((a, b) => highlightRank(a) - highlightRank(b) || (a.date ?? "").localeCompare(b.date ?? "")),
    byTitle,
  };
}

/** The catalog of `kb`, built at its first use. */
export const catalogOf = memoize(
  buildCatalog,
  () => "",
  (kb) => kb,
);

export function titleKey(title: string): string {
  return title.trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * What a newcomer needs first: where Belarus stands (never a member, the treaties it joined), the
 * decisions that shaped relations, then what followed from them; statements and documents last.
 * Within a kind, the earlier first. Kinds not named here come after those that are.
 */
const HIGHLIGHT_ORDER: readonly string[] = [
  "status",
  "decision",
  "event",
  "convention",
  "body",
  "resolution",
  "programme",
  "organisation",
  "person",
  "award",
  "campaign",
  "statement",
  "document",
];

function highlightRank(fact: Fact): number {
  const rank = HIGHLIGHT_ORDER.indexOf(fact.kind);
  return rank < 0 ? HIGHLIGHT_ORDER.length : rank;
}

/** The list a fact is browsed in by default: conventions first, then the timeline. */
export function homeList(fact: Fact): ListName | undefined {
  return fact.kind === "convention" ? "conventions" : fact.date ? "timeline" : undefined;
}

/** A fact's neighbours in one list; undefined when the fact is not in it. */
export function neighboursIn(
  catalog: Catalog,
  fact: Fact,
  list: ListName,
): { previous?: Fact; next?: Fact } | undefined {
  const items = catalog[list];
  const index = items.indexOf(fact);
  return index < 0 ? undefined : { previous: items[index - 1], next: items[index + 1] };
}

export function timelinePageCount(catalog: Catalog): number {
  return Math.max(1, Math.ceil(catalog.timeline.length / TIMELINE_PAGE_SIZE));
}

/** The /timeline page a fact is on (0-based), so "back to the list" returns to it. */
export function timelinePageOf(catalog: Catalog, fact: Fact): number {
  return Math.max(0, Math.floor(catalog.timeline.indexOf(fact) / TIMELINE_PAGE_SIZE));
}

function treatyNumber(fact: Fact): number {
  return fact.ets ? Number(fact.ets) : Number.POSITIVE_INFINITY;
}
