/**
 * One MiniSearch index over every fact's title, keywords and answer in all three languages.
 * Each field is processed by its own language's analyzer; a question is searched with one
 * sub-query per language (MiniSearch applies a query-time processTerm to all fields at once,
 * so per-language processing needs per-language sub-queries), combined with OR.
 */
import MiniSearch, { type SearchResult } from "minisearch";
import type { Fact } from "../kb/types.js";
import { LANGS, type Lang } from "../langs.js";
import { analyzerFor, type Analyzer } from "./analyze.js";
import type { VocabularyEvidence } from "./detect-lang.js";
import { foldForIndex, tokenize } from "./normalize.js";
import { TUNING } from "./tuning.js";

const PARTS = ["title", "keywords", "answer"] as const;
type Part = (typeof PARTS)[number];
const CROSS_LINGUAL_PARTS: readonly Part[] = ["title", "keywords"];
const HINTS = "hints";

const fieldName = (part: Part, lang: Lang) => `${part}_${lang}`;
const FIELDS = [...LANGS.flatMap((lang) => PARTS.map((part) => fieldName(part, lang))), HINTS];
const LANG_OF_FIELD = new Map(
  LANGS.flatMap((lang) => PARTS.map((part) => [fieldName(part, lang), lang] as const)),
);

/** Hints are language-neutral: years and treaty numbers, matched as typed. */
const hintAnalyzer: Analyzer = (token) => (/^\d[\d.]*$/.test(token) ? token : null);
const analyzerOfField = (field: string): Analyzer => {
  const lang = LANG_OF_FIELD.get(field);
  return lang ? analyzerFor(lang) : hintAnalyzer;
};

type IndexedFact = Record<string, string | number>;

function toDocument(fact: Fact, position: number): IndexedFact {
  const doc: IndexedFact = { id: position };
  for (const lang of LANGS) {
    const text = fact.text[lang];
    doc[fieldName("title", lang)] = text.title;
    doc[fieldName("keywords", lang)] = text.keywords.join(" , ");
    doc[fieldName("answer", lang)] = text.answer;
  }
  doc[HINTS] = [fact.date?.slice(0, 4), fact.end?.slice(0, 4), fact.ets].filter(Boolean).join(" ");
  return doc;
}

const tokenizeField = (text: string) => tokenize(foldForIndex(text));

export interface FactIndex {
  facts: readonly Fact[];
  /**
   * Results best first; `id` is the fact's position in `facts`. Words the index knows are matched
   * exactly (stemming already joins their forms); only unknown words — typos, odd spellings —
   * are expanded by prefix and fuzzy matching, which is where search time goes at scale.
   * `langs` limits the search to those languages' fields (the hints are always searched).
   */
  search(tokens: string[], detected: Lang | undefined, langs?: readonly Lang[]): SearchResult[];
  /** In how many facts the token occurs, in whichever language it is most common; 0 if none. */
  documentFrequency(token: string): number;
  /** The forms a token takes in each language's fields, as the search looked them up. */
  formsOf(token: string): string[];
  /** How many tokens the Belarusian fields know and the Russian ones do not, and the reverse. */
  vocabularyEvidence(tokens: string[]): VocabularyEvidence;
}

export function buildFactIndex(facts: readonly Fact[]): FactIndex {
  // Document frequencies are counted while MiniSearch analyzes each fact, so every text is
  // tokenized and analyzed once.
  const frequency = new Map<string, number>();
  const vocabulary = { be: new Set<string>(), ru: new Set<string>() };
  let termsOfCurrentFact = new Set<string>();
  const miniSearch = new MiniSearch<IndexedFact>({
    fields: FIELDS,
    tokenize: tokenizeField,
    processTerm: (term, field) => {
      const processed = analyzerOfField(field ?? "")(term);
      if (processed) {
        termsOfCurrentFact.add(processed);
        const lang = LANG_OF_FIELD.get(field ?? "");
        if (lang === "be" || lang === "ru") vocabulary[lang].add(processed);
      }
      return processed;
    },
  });
  facts.forEach((fact, position) => {
    termsOfCurrentFact = new Set();
    miniSearch.add(toDocument(fact, position));
    for (const term of termsOfCurrentFact) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  });

  const formsOf = (token: string): string[] => {
    const forms = new Set<string>();
    for (const analyze of [...LANGS.map(analyzerFor), hintAnalyzer]) {
      const form = analyze(token);
      if (form) forms.add(form);
    }
    return [...forms];
  };

  return {
    facts,
    formsOf,
    vocabularyEvidence(tokens) {
      const evidence = { be: 0, ru: 0 };
      for (const token of tokens) {
        const be = vocabulary.be.has(analyzerFor("be")(token) ?? "");
        const ru = vocabulary.ru.has(analyzerFor("ru")(token) ?? "");
        if (be && !ru) evidence.be++;
        if (ru && !be) evidence.ru++;
      }
      return evidence;
    },
    documentFrequency: (token) => Math.max(0, ...formsOf(token).map((form) => frequency.get(form) ?? 0)),
    search(tokens, detected, langs = LANGS) {
      if (tokens.length === 0) return [];
      const query = tokens.join(" ");
      const unknown = new Set(
        tokens.flatMap((token) => {
          const forms = formsOf(token);
          return forms.some((form) => frequency.has(form)) ? [] : forms;
        }),
      );
      const boosts = (lang: Lang) => {
        const factor = lang === detected ? TUNING.detectedLanguageBoost : 1;
        return Object.fromEntries(
          PARTS.map((part) => [fieldName(part, lang), TUNING.fieldBoost[part] * factor]),
        );
      };
      return miniSearch.search(
        {
          combineWith: "OR",
          queries: [
            ...langs.map((lang) => ({
              queries: [query],
              // Other languages lend their titles and keywords (names, spellings, synonyms);
              // their answer texts, the longest posting lists, add little but time.
              fields: (detected && lang !== detected ? CROSS_LINGUAL_PARTS : PARTS).map((part) =>
                fieldName(part, lang),
              ),
              processTerm: analyzerFor(lang),
              boost: boosts(lang),
            })),
            {
              queries: [query],
              fields: [HINTS],
              processTerm: hintAnalyzer,
              boost: { [HINTS]: TUNING.fieldBoost.hints },
            },
          ],
        },
        {
          tokenize: (text) => text.split(" "),
          fuzzy: (term) => unknown.has(term) && term.length >= TUNING.fuzzyMinLength && TUNING.fuzzy,
          // Long stems may also be cut differently in verb and noun (требова-ли / требован-ия).
          prefix: (term) =>
            term.length >= TUNING.knownPrefixMinLength ||
            (unknown.has(term) && term.length >= TUNING.prefixMinLength),
        },
      );
    },
  };
}
