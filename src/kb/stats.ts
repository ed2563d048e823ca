import { LANGS, type Lang } from "../langs.js";
import type { KnowledgeBase } from "./types.js";

export interface KbStats {
  facts: number;
  sources: number;
  byKind: Record<string, number>;
  /** Facts with a complete wording (answer, title, keywords) per language. */
  byLang: Record<Lang, number>;
  withSource: number;
  dated: number;
}

export function kbStats(kb: KnowledgeBase): KbStats {
  const byKind: Record<string, number> = {};
  for (const fact of kb.facts) byKind[fact.kind] = (byKind[fact.kind] ?? 0) + 1;
  const byLang = Object.fromEntries(
    LANGS.map((lang) => [lang, kb.facts.filter((fact) => fact.text[lang].answer.length > 0).length]),
  ) as Record<Lang, number>;
  return {
    facts: kb.facts.length,
    sources: kb.sources.length,
    byKind,
    byLang,
    withSource: kb.facts.filter((fact) => fact.sources.length > 0).length,
    dated: kb.facts.filter((fact) => fact.date).length,
  };
}
