/**
 * One MiniSearch index over every fact's title, keywords, alternate questions and answer in all
 * three languages.
 * Each field is processed by its own language's analyzer; a question is searched with one
 * sub-query per language (MiniSearch applies a query-time processTerm to all fields at once,
 * so per-language processing needs per-language sub-queries), combined with OR.
 */
import MiniSearch, { type SearchResult } from "minisearch";
import type { Fact, FactText } from "../kb/types.js";
import { LANGS, type Lang } from "../langs.js";
import { analyzerFor, cached, HAS_CYRILLIC, HAS_LATIN, type Analyzer } from "./analyze.js";
import type { VocabularyEvidence } from "./detect-lang.js";
import { foldForIndex, normalizeText, tokenize } from "./normalize.js";
import { intentOf, type Intent } from "./question.js";
import { spellerFor } from "./spelling.js";
import { synonymGroups } from "./synonyms.js";
import { TUNING } from "./tuning.js";

const PARTS = ["title", "keywords", "questions", "answer"] as const;
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
    doc[fieldName("questions", lang)] = text.questions.join(" ");
    doc[fieldName("answer", lang)] = text.answer;
  }
  doc[HINTS] = [fact.date?.slice(0, 4), fact.end?.slice(0, 4), fact.ets].filter(Boolean).join(" ");
  return doc;
}

const tokenizeField = (text: string) => tokenize(foldForIndex(text));

/** Each language's field boosts, with and without the extra weight of the question's language. */
const BOOSTS = new Map(
  LANGS.flatMap((lang) =>
    [false, true].map((own) => {
      const factor = own ? TUNING.detectedLanguageBoost : 1;
      const boost = Object.fromEntries(
        PARTS.map((part) => [fieldName(part, lang), TUNING.fieldBoost[part] * factor]),
      );
      return [`${lang}:${own}`, boost] as const;
    }),
  ),
);
const boosts = (lang: Lang, own: boolean) => BOOSTS.get(`${lang}:${own}`)!;
const FORMS_MEMO = 10_000;

/** A text of the knowledge base as the index's terms, in the language it is written in. */
export const termsOfText = (text: string, lang: Lang): string[] =>
  tokenizeField(text).flatMap((token) => analyzerFor(lang)(token) ?? []);

/**
 * A long stem's word family: its first letters, which a noun and a verb of one root share where
 * stemming cuts them differently (ratification/ratified → ratif-/ratifi-, приостановление/
 * приостановила, abolition/abolish). Searched as a prefix and credited as a loose match.
 */
export function familyOf(stem: string): string | undefined {
  if (stem.length < TUNING.familyMinLength || !/^\p{L}+$/u.test(stem)) return undefined;
  return stem.slice(0, Math.max(TUNING.familyMinPrefix, Math.ceil(stem.length * TUNING.familyShare)));
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: (key: K) => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create(key)));
  return value;
}

/** A word of the same meaning as a question's word, from one language's lexicon (synonyms.ts). */
export interface Synonym {
  token: string;
  lang: Lang;
}

export interface SearchOptions {
  /** Only these languages' fields (all by default). */
  langs?: readonly Lang[];
  /**
   * The results of the same tokens searched in other languages' fields: the new ones are added to
   * them, as if all had been searched at once, so that widening a search does not repeat what it
   * has done.
   */
  previous?: readonly SearchResult[];
  /** Words of the same meaning as the tokens, each looked up in its own language's fields. */
  synonyms?: readonly Synonym[];
}

export interface FactIndex {
  facts: readonly Fact[];
  /**
   * Results best first; `id` is the fact's position in `facts`. Words the index knows are matched
   * exactly (stemming already joins their forms); only unknown words — typos, odd spellings —
   * are expanded by prefix and fuzzy matching, which is where search time goes at scale.
   * See SearchOptions for the languages searched, widening a search, and synonyms.
   */
  search(tokens: string[], detected: Lang | undefined, options?: SearchOptions): SearchResult[];
  /**
   * In how many facts' titles, keywords or answers the token occurs as spelt, in whichever
   * language it is most common: 1 for a word only alternate questions have, 0 for one no fact has.
   */
  documentFrequency(token: string): number;
  /** The forms a token takes in each language's fields, as the search looked them up. */
  formsOf(token: string): readonly string[];
  /** Whether the token is looked up as another, known word: a correction of its spelling. */
  isCorrected(token: string): boolean;
  /** …and the word-family prefixes the search also looked for (see familyOf). */
  matchFormsOf(token: string): string[];
  /** Words of the same meaning (synonyms.ts) the search also looks for, and their forms. */
  synonymsOf(token: string): { tokens: Synonym[]; forms: string[] };
  /**
   * The fact's phrasings — its title, each keyword and each alternate question, in every language — as sets of
   * analyzed terms: what a question is compared with, as question answering services compare a
   * question with an answer's alternate questions.
   */
  phrasings(position: number): Phrasings;
  /** The fact's near misses (its `.unanswered` questions), the same way. */
  nearMisses(position: number): Phrasings;
  /** The fact's alternate questions alone, the same way. */
  questionPhrasings(position: number): Phrasings;
  /** The analyzed terms of the fact's titles, in every language: what it is about. */
  titleTerms(position: number): ReadonlySet<string>;
  /** The same, one set per language's title: whether a query is a title word for word. */
  titles(position: number): readonly ReadonlySet<string>[];
  /** How many tokens the Belarusian fields know and the Russian ones do not, and the reverse. */
  vocabularyEvidence(tokens: string[]): VocabularyEvidence;
}

/**
 * The first pass of a build: every text tokenized and analyzed once (into space-separated
 * terms, what MiniSearch then indexes), each term's document frequency, and which terms the
 * Belarusian and the Russian fields know. A function of its own so that its memo is dropped.
 */
function analyzeFacts(facts: readonly Fact[]) {
  const frequency = new Map<string, number>();
  // How many facts name a term in their own title, keywords or answer: how rare it is. The
  // alternate questions also name the neighbours a fact mentions ("… through the Contact
  // Group?"), and counted, they made a fact's very subject look common.
  const topicFrequency = new Map<string, number>();
  const vocabulary = { be: new Set<string>(), ru: new Set<string>() };
  // The analyzers' own caches are bounded for what users type; a large knowledge base's
  // vocabulary would overflow them, so the build keeps its own.
  const memos = new Map<Analyzer, Analyzer>();
  const documents = facts.map((fact, position) => {
    const doc = toDocument(fact, position);
    const termsOfFact = new Set<string>();
    const topicTermsOfFact = new Set<string>();
    for (const field of FIELDS) {
      const analyze = getOrCreate(memos, analyzerOfField(field), (shared) => cached(shared, Infinity));
      const lang = LANG_OF_FIELD.get(field);
      const terms: string[] = [];
      for (const token of tokenizeField(String(doc[field]))) {
        const term = analyze(token);
        if (!term) continue;
        terms.push(term);
        termsOfFact.add(term);
        if (!field.startsWith("questions_")) topicTermsOfFact.add(term);
        if (lang === "be" || lang === "ru") vocabulary[lang].add(term);
      }
      doc[field] = terms.join(" ");
    }
    for (const term of termsOfFact) frequency.set(term, (frequency.get(term) ?? 0) + 1);
    for (const term of topicTermsOfFact) topicFrequency.set(term, (topicFrequency.get(term) ?? 0) + 1);
    return doc;
  });
  return { documents, frequency, topicFrequency, vocabulary };
}

/** "lang:stem" → the words of every synonym group that stem is in. */
function synonymIndex(): Map<string, string[]> {
  const byStem = new Map<string, string[]>();
  for (const lang of LANGS)
    for (const group of synonymGroups(lang))
      for (const word of group) {
        const stem = analyzerFor(lang)(word);
        if (stem) byStem.set(`${lang}:${stem}`, [...(byStem.get(`${lang}:${stem}`) ?? []), ...group]);
      }
  return byStem;
}

/** Each fact's title in each language, analyzed; built lazily, once per fact. */
function titlesOf(facts: readonly Fact[]) {
  const memo = new Map<number, readonly ReadonlySet<string>[]>();
  return (position: number) =>
    getOrCreate(memo, position, () =>
      LANGS.map((lang) => new Set(termsOfText(facts[position]!.text[lang].title, lang))),
    );
}

/** Each fact's titles' terms together, from its titles (above); built lazily, once per fact. */
function titleTermsOf(titles: (position: number) => readonly ReadonlySet<string>[]) {
  const memo = new Map<number, ReadonlySet<string>>();
  return (position: number) =>
    getOrCreate(memo, position, () => new Set(titles(position).flatMap((title) => [...title])));
}

/**
 * A fact's phrasings by term: how many distinct terms each has, and which phrasings hold a term.
 * A question is compared with all of them at once through its few terms, instead of each
 * phrasing being walked (a fact has some seventy).
 */
export interface Phrasings {
  sizes: readonly number[];
  containing: ReadonlyMap<string, readonly number[]>;
  /** Of near misses (empty for other phrasings): what each asks for (who, when, how many, where, other)… */
  intents: readonly Intent[];
  /** …and its rarest term that its own fact never says (what it asks beyond it). */
  keyTerms: readonly (string | undefined)[];
}

/**
 * Texts of each fact (in each language) analyzed as phrasings; built lazily, once per fact. For
 * near misses, each one's key term too: its rarest term (by `frequency`) that `said` (what its
 * own fact says) lacks.
 */
function phrasingsOf(
  facts: readonly Fact[],
  textsOf: (text: FactText) => readonly string[],
  nearMisses?: {
    frequency: ReadonlyMap<string, number>;
    said: (position: number) => ReadonlyMap<string, unknown>;
  },
) {
  const memo = new Map<number, Phrasings>();
  return (position: number) =>
    getOrCreate(memo, position, () => {
      const fact = facts[position]!;
      const phrasings = LANGS.flatMap((lang) =>
        textsOf(fact.text[lang]).map((text) => ({ text, terms: new Set(termsOfText(text, lang)) })),
      ).filter(({ terms }) => terms.size > 0);
      const containing = new Map<string, number[]>();
      phrasings.forEach(({ terms }, i) => {
        for (const term of terms) getOrCreate(containing, term, () => []).push(i);
      });
      const sizes = phrasings.map(({ terms }) => terms.size);
      // Only near misses are asked what they ask for, and beyond their fact.
      if (!nearMisses) return { sizes, containing, intents: [], keyTerms: [] };
      const said = nearMisses.said(position);
      const rarity = (term: string) => nearMisses.frequency.get(term) ?? 0;
      return {
        sizes,
        containing,
        intents: phrasings.map(({ text }) => intentOf(normalizeText(text))),
        keyTerms: phrasings.map(
          ({ terms }) =>
            [...terms].filter((term) => !said.has(term)).sort((a, b) => rarity(a) - rarity(b))[0],
        ),
      };
    });
}

export function buildFactIndex(facts: readonly Fact[]): FactIndex {
  const { documents, frequency, topicFrequency, vocabulary } = analyzeFacts(facts);
  // Second pass: MiniSearch indexes the analyzed terms, except those in more facts than
  // TUNING.genericCount. Questions never search those (see the answerer), and at scale their
  // posting lists would be most of the index's size and build time, and what a prefix or fuzzy
  // expansion that reaches them spends its time on.
  const miniSearch = new MiniSearch<IndexedFact>({
    fields: FIELDS,
    tokenize: (terms) => terms.split(" "),
    processTerm: (term) => (term && frequency.get(term)! <= TUNING.genericCount ? term : null),
  });
  miniSearch.addAll(documents);
  const phrasings = phrasingsOf(facts, ({ title, keywords, questions }) => [
    title,
    ...keywords,
    ...questions,
  ]);
  const titles = titlesOf(facts);

  // A misspelt word is looked up as the known word it most likely is (spelling.ts).
  const correct = spellerFor(frequency);
  // Remembered: every search asks them of each of its words again.
  const formsWith = (analyzers: Analyzer[]) =>
    cached((token: string): readonly string[] => {
      const forms = new Set<string>();
      for (const analyze of analyzers) {
        const form = analyze(token);
        if (form) forms.add(form);
      }
      return [...forms];
    }, FORMS_MEMO);
  const formsOf = formsWith([...LANGS.map(analyzerFor), hintAnalyzer]);
  // Only a word no language's fields know is misspelt ("thanks" is English, not a Russian typo).
  // Asked once per language analyzer of every question word: remembered.
  const unknownWord = cached((token: string) => !formsOf(token).some((form) => frequency.has(form)));
  const spelt = new Map(
    LANGS.map((lang) => {
      const analyze = analyzerFor(lang);
      return [
        lang,
        (token: string) => {
          const stem = analyze(token);
          return stem && unknownWord(token) ? (correct(stem) ?? stem) : stem;
        },
      ] as const;
    }),
  );
  const analyzerWithSpelling = (lang: Lang) => spelt.get(lang)!;
  // A corrected word is matched as the word it most likely is, but still weighs as a word the
  // knowledge base does not have: "погода" corrected to a known word must not look like a topic.
  const spelledFormsOf = formsWith([...LANGS.map(analyzerWithSpelling), hintAnalyzer]);

  const matchFormsOf = (token: string): string[] => {
    const forms = spelledFormsOf(token);
    const families = forms.flatMap((form) => familyOf(form) ?? []);
    return [...new Set([...forms, ...families])];
  };

  const synonyms = synonymIndex();
  return {
    facts,
    formsOf,
    matchFormsOf,
    isCorrected: (token) =>
      LANGS.some((lang) => analyzerFor(lang)(token) !== analyzerWithSpelling(lang)(token)),
    synonymsOf(token) {
      const found = LANGS.flatMap((lang) => {
        const stem = analyzerFor(lang)(token);
        const words = (stem && synonyms.get(`${lang}:${stem}`)) || [];
        // Only words some fact has: the others could match nothing.
        return [...new Set(words)]
          .filter((word) => word !== token && !unknownWord(word))
          .map((word) => ({ token: word, lang }));
      });
      const own = new Set(formsOf(token));
      return {
        tokens: found,
        forms: [...new Set(found.flatMap(({ token }) => formsOf(token)))].filter((form) => !own.has(form)),
      };
    },
    phrasings,
    // What a fact says, to tell what its near misses ask beyond it: its phrasings' terms, which
    // ranking has worked out already (a fact's answer adds little its keywords do not say).
    nearMisses: phrasingsOf(facts, ({ unanswered }) => unanswered ?? [], {
      frequency,
      said: (position) => phrasings(position).containing,
    }),
    questionPhrasings: phrasingsOf(facts, ({ questions }) => questions),
    titleTerms: titleTermsOf(titles),
    titles,
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
    // A word only the alternate questions have is known, and as rare as can be.
    documentFrequency: (token) =>
      Math.max(
        0,
        ...formsOf(token).map((form) =>
          frequency.has(form) ? Math.max(1, topicFrequency.get(form) ?? 0) : 0,
        ),
      ),
    search(tokens, detected, { langs = LANGS, previous, synonyms = [] } = {}) {
      if (tokens.length === 0) return [];
      const query = tokens.join(" ");
      const unknown = new Set(
        tokens.flatMap((token) => {
          const forms = spelledFormsOf(token);
          return forms.some((form) => frequency.has(form)) ? [] : forms;
        }),
      );

      // All fields share one term tree, so a Latin word's fuzzy expansions are the same in every
      // language's sub-query (the be and ru analyzers leave Latin words as they are): only the
      // English one expands them; the others look them up exactly.
      const fuzzyIn = (lang: Lang) => (term: string) => {
        if (!unknown.has(term) || term.length < TUNING.fuzzyMinLength) return false;
        if (HAS_CYRILLIC.test(term)) return 1;
        return lang === "en" && (term.length >= TUNING.fuzzyTwoEditsFrom ? 2 : 1);
      };
      // Long stems may also be cut differently in verb and noun (требова-ли / требован-ия).
      const prefixed = (term: string) =>
        term.length >= TUNING.knownPrefixMinLength ||
        (unknown.has(term) && term.length >= TUNING.prefixMinLength);
      // A language the question has words in the script of is searched in all its fields: be
      // and ru share words and spellings (a Belarusian word in a Russian question), and a
      // Latin name or phrase in a Cyrillic question is English ("Что такое HELP programme?").
      const cyrillic = tokens.some((token) => HAS_CYRILLIC.test(token));
      const latin = tokens.some((token) => HAS_LATIN.test(token));
      const writtenIn = (lang: Lang) => (lang === "en" ? latin : cyrillic);
      const languageQuery = (lang: Lang) => {
        // Each language's own word families: another language's stem may spell the same letters.
        const families = new Set<string>();
        // Words of one family or synonym group often share a stem: each stem is looked up once.
        const searched = new Set<string>();
        const analyze = analyzerWithSpelling(lang);
        // A lexicon's words are that language's, and looked up as they are (or by word family):
        // expanding a dozen synonyms of one word by prefix would cost more than the word itself.
        const own = synonyms.filter((synonym) => synonym.lang === lang).map((synonym) => synonym.token);
        const synonymQuery = {
          queries: [own.join(" ")],
          fuzzy: false,
          prefix: (term: string) => families.has(term),
        };
        return {
          queries: own.length ? [query, synonymQuery] : [query],
          processTerm: (token: string) => {
            const stem = analyze(token);
            if (!stem || searched.has(stem)) return null;
            searched.add(stem);
            const family = familyOf(stem);
            if (!family || family === stem || searched.has(family)) return stem;
            searched.add(family);
            families.add(family);
            return [stem, family];
          },
          fuzzy: (term: string) => !families.has(term) && fuzzyIn(lang)(term),
          prefix: (term: string) => families.has(term) || prefixed(term),
          // Other languages lend their titles and keywords (names, spellings, synonyms); the
          // rest of a language in another script adds little but time.
          fields: (detected && lang !== detected && !writtenIn(lang) ? CROSS_LINGUAL_PARTS : PARTS).map(
            (part) => fieldName(part, lang),
          ),
          boost: boosts(lang, lang === detected),
        };
      };
      const languageQueries = langs.map(languageQuery);
      const hintQuery = {
        queries: [query],
        fields: [HINTS],
        processTerm: hintAnalyzer,
        boost: { [HINTS]: TUNING.fieldBoost.hints },
      };
      const results = miniSearch.search(
        { combineWith: "OR", queries: previous ? languageQueries : [...languageQueries, hintQuery] },
        { tokenize: (text) => text.split(" "), prefix: prefixed },
      );
      return previous ? combineResults(previous, results) : results;
    },
  };
}

/**
 * Two searches over disjoint fields, combined as MiniSearch combines the sub-queries of one
 * OR query: raw scores add up, matches merge, and the sum is multiplied by the number of query
 * terms matched (MiniSearch's "quality"), which is why each raw score is recovered first.
 */
function combineResults(a: readonly SearchResult[], b: readonly SearchResult[]): SearchResult[] {
  const byId = new Map(a.map((result) => [result.id, result]));
  for (const result of b) {
    const seen = byId.get(result.id);
    byId.set(result.id, seen ? mergeResult(seen, result) : result);
  }
  return [...byId.values()].sort((x, y) => y.score - x.score);
}

function mergeResult(x: SearchResult, y: SearchResult): SearchResult {
  const raw = (result: SearchResult) => result.score / (result.queryTerms.length || 1);
  const queryTerms = [...new Set([...x.queryTerms, ...y.queryTerms])];
  const match = { ...x.match };
  for (const [term, fields] of Object.entries(y.match))
    match[term] = match[term] ? [...new Set([...match[term], ...fields])] : fields;
  const score = (raw(x) + raw(y)) * (queryTerms.length || 1);
  return { ...x, score, terms: Object.keys(match), queryTerms, match };
}
