/**
 * The orderings the bot browses the knowledge base in (the timeline, the conventions) and the
 * lookups it needs for buttons, computed once when the bot is created.
 */
import type { Fact, KnowledgeBase } from "../kb/types.js";
import { LANGS, type Lang } from "../langs.js";

export interface Catalog {
  /** Dated facts, earliest first; a year sorts before the months and days within it. */
  timeline: readonly Fact[];
  /** Conventions in treaty-number order, the order lawyers look them up in. */
  conventions: readonly Fact[];
  /** Facts shown for an empty inline query. */
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
    highlights: kb.facts.filter((fact) => fact.highlight),
    byTitle,
  };
}

export function titleKey(title: string): string {
  return title.trim().replace(/\s+/g, " ").toLowerCase();
}

/** The list a fact is browsed in, with its neighbours there: conventions first, then the timeline. */
export function neighboursOf(
  catalog: Catalog,
  fact: Fact,
): { list: "conventions" | "timeline"; previous?: Fact; next?: Fact } | undefined {
  const list = fact.kind === "convention" ? "conventions" : fact.date ? "timeline" : undefined;
  if (!list) return undefined;
  const items = catalog[list];
  const index = items.indexOf(fact);
  return { list, previous: items[index - 1], next: items[index + 1] };
}

function treatyNumber(fact: Fact): number {
  return fact.ets ? Number(fact.ets) : Number.POSITIVE_INFINITY;
}
