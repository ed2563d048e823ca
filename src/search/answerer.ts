/**
 * Where the answer is chosen. A question is normalized, its language detected, its content
 * words weighed by rarity; the index proposes candidates; each candidate's confidence is the
 * share of that weighted content it covers. Above the threshold the best candidate answers;
 * below it the bot says it does not know and offers the closest topics.
 */
import type { SearchResult } from "minisearch";
import type { Fact, KnowledgeBase } from "../kb/types.js";
import { LANGS, type Lang } from "../langs.js";
import { foldCyrillic } from "./analyze.js";
import { detectLanguage } from "./detect-lang.js";
import { buildFactIndex, type FactIndex } from "./fact-index.js";
import { lacinkaToCyrillic, mayBeBelarusianLatin } from "./lacinka.js";
import { normalizeText, tokenize } from "./normalize.js";
import { splitSmallTalk } from "./smalltalk.js";
import { isSoftWord, isStopWord } from "./stopwords.js";
import { TUNING } from "./tuning.js";
import { looksLikeVerb } from "./verbs.js";
import type { Answer, AskOptions, Explanation, QuestionAnswerer } from "./types.js";

interface Candidate {
  fact: Fact;
  score: number;
  /** Share of the question's weighted content this fact covers, in [0, 1]. */
  coverage: number;
  /** Weighted content covered (absolute), to tell real matches from generic words. */
  evidence: number;
  rank: number;
  /** The question's words this fact matches at all. */
  matched: boolean[];
  result: SearchResult;
}

interface Reading {
  question: Question;
  candidates: Candidate[];
}

/** One content word of a question, with what ranking and the decision need to know of it. */
interface Term {
  token: string;
  /** Its form in each language's fields, as the index looks it up. */
  forms: string[];
  /** Rarity weight: how much covering it counts. */
  weight: number;
  /** Counts towards "more than half the words matched": not a question word, not an unknown verb. */
  countable: boolean;
  looksLikeVerb: boolean;
}

interface Question {
  normalized: string;
  detected?: Lang;
  lang: Lang;
  /** Every word that is not a stop word. */
  words: string[];
  /** The words that tell facts apart: what the search looks for, each weighed once. */
  terms: Term[];
  asksWho: boolean;
  /** Set when the message is small talk alone: it gets its own reply, never a fact. */
  smallTalk?: "greeting" | "thanks" | "help";
}

const WHO_IS =
  /^(?:who is|who's|who was|кто так(?:ой|ая|ие)|кто это|хто так(?:і|и|ая|ія|ия)|хто гэта)(?![\p{L}])/u;
const WHO_KINDS = new Set<Fact["kind"]>(["person", "organisation", "body"]);

export function createAnswerer(kb: KnowledgeBase): QuestionAnswerer {
  return answererFor(buildFactIndex(kb.facts), kb);
}

function answererFor(index: FactIndex, kb: KnowledgeBase): QuestionAnswerer {
  const highlights = kb.facts.filter((fact) => fact.highlight);
  // Rarity weights: squared idf, so that the words most facts share (Belarus, Council, Europe)
  // barely count and the words that tell facts apart decide.
  const idf = (frequency: number) => Math.log(1 + index.facts.length / frequency) ** TUNING.rarityExponent;
  const unknownWeight = idf(1) * TUNING.unknownWordWeight;
  const unknownVerbWeight = idf(1) * TUNING.unknownVerbWeight;
  // Words most facts share (Belarus, Council, Europe) cannot tell facts apart, and their long
  // posting lists are what makes search slow at scale: they are left out of the search.
  const genericFrequency = Math.min(index.facts.length * TUNING.genericShare, TUNING.genericCount);

  function termOf(token: string, frequency: number): Term {
    const verb = looksLikeVerb(foldCyrillic(token));
    const soft = isSoftWord(token);
    const weight =
      frequency === 0
        ? verb
          ? unknownVerbWeight
          : unknownWeight
        : idf(frequency) * (soft ? TUNING.softWordWeight : 1);
    return {
      token,
      forms: index.formsOf(token),
      weight,
      countable: !soft && !(frequency === 0 && verb),
      looksLikeVerb: verb,
    };
  }

  /**
   * The question's own language first: when its fields alone give a confident, clear winner, the
   * other two languages' fields need not be searched (a third of the work at scale). Otherwise all
   * three: near ties (a name every related fact mentions) are settled by all the evidence.
   */
  function candidatesFor(question: Question): Candidate[] {
    const tokens = question.terms.map((term) => term.token);
    const { detected } = question;
    if (!detected) return rank(question, index.search(tokens, detected));
    const ownResults = index.search(tokens, detected, [detected]);
    const own = rank(question, ownResults);
    const [first, second] = own;
    const clear = !second || (first && first.rank - second.rank >= TUNING.clearWinnerMargin);
    if (first && confident(first, question) && clear) return own;
    const others = LANGS.filter((lang) => lang !== detected);
    return rank(question, index.search(tokens, detected, others, ownResults));
  }

  function rank({ terms, asksWho }: Question, allResults: readonly SearchResult[]): Candidate[] {
    const results = allResults.slice(0, TUNING.candidates);
    const top = results[0]?.score ?? 1;
    const total = terms.reduce((sum, term) => sum + term.weight, 0) || 1;
    const allForms = new Set(terms.flatMap((term) => term.forms));
    return results
      .map((result) => {
        const strengths = terms.map((term) => matchStrength(term.forms, result, allForms));
        const evidence = terms.reduce((sum, term, i) => sum + term.weight * strengths[i]!, 0);
        const fact = index.facts[result.id as number]!;
        // "Who is …" is answered by a person or an organisation, not by an event that names one.
        const intent = asksWho && !WHO_KINDS.has(fact.kind) ? TUNING.whoIntentPenalty : 1;
        const coverage = (evidence / total) * intent;
        const rank = coverage + TUNING.scoreWeight * (result.score / top);
        const matched = strengths.map((strength) => strength > 0);
        return { fact, score: result.score, coverage, evidence, result, rank, matched };
      })
      .sort((a, b) => b.rank - a.rank);
  }

  function understand(normalized: string, fallbackLang: Lang): Question {
    const smallTalk = splitSmallTalk(normalized);
    const words = [...new Set(tokenize(smallTalk.rest).filter((token) => !isStopWord(token)))].slice(
      0,
      TUNING.maxQuestionWords,
    );
    const detected = detectLanguage(normalized, fallbackLang, index.vocabularyEvidence(words));
    const terms = words.flatMap((token) => {
      const frequency = index.documentFrequency(token);
      if (frequency > genericFrequency || (isSoftWord(token) && frequency === 0)) return [];
      return [termOf(token, frequency)];
    });
    return {
      normalized,
      detected,
      lang: detected ?? fallbackLang,
      words,
      terms,
      asksWho: WHO_IS.test(smallTalk.rest),
      smallTalk: smallTalk.kind,
    };
  }

  /**
   * The question as typed — and, when it is Latin text that is not English and finds no
   * confident answer, also read as Łacinka without diacritics ("Kali zasnavali Viasnu?"): the
   * reading whose best fact covers more of it wins.
   */
  function read(text: string, fallbackLang: Lang): Reading {
    const normalized = normalizeText(text);
    const typed = reading(normalized, fallbackLang);
    const top = typed.candidates[0];
    if ((top && confident(top, typed.question)) || !mayBeBelarusianLatin(normalized)) return typed;
    const transliterated = reading(lacinkaToCyrillic(normalized), fallbackLang);
    const coverage = (r: Reading) => r.candidates[0]?.coverage ?? 0;
    return coverage(transliterated) > coverage(typed) ? transliterated : typed;
  }

  function reading(normalized: string, fallbackLang: Lang): Reading {
    const question = understand(normalized, fallbackLang);
    return { question, candidates: question.terms.length > 0 ? candidatesFor(question) : [] };
  }

  /**
   * Enough of the question is covered, by weight and by count: more than half of the words that
   * count (not question words, not verbs the index has never seen) — so that one rare word cannot
   * carry "When did Russia leave…" to a fact about leaving — and by more than one lone verb
   * ("Who founded…" names no topic; "wanted to join" is a phrase the keywords know).
   */
  function confident(candidate: Candidate, question: Question): boolean {
    if (candidate.coverage < TUNING.answerThreshold || candidate.evidence < TUNING.minEvidence) return false;
    const matched = question.terms.filter((_, i) => candidate.matched[i]);
    const countable = question.terms.filter((term) => term.countable).length;
    const hits = matched.filter((term) => term.countable).length;
    const enough = countable < 2 ? hits === countable : hits * 2 > countable;
    return enough && (matched.length >= 2 || matched.some((term) => !term.looksLikeVerb));
  }

  return {
    answer(text, options: AskOptions): Answer {
      const { question, candidates } = read(text, options.fallbackLang);
      const base = { lang: question.lang, detected: question.detected };
      const talk = question.smallTalk;
      if (talk) return { ...base, kind: talk, confidence: 0, suggestions: [] };
      if (question.words.length === 0) return { ...base, kind: "empty", confidence: 0, suggestions: [] };
      // Only generic words ("Belarus and the Council of Europe"): too broad to answer, so offer the highlights.
      if (question.terms.length === 0)
        return { ...base, kind: "decline", confidence: 0, suggestions: highlights.slice(0, 3) };

      const best = candidates[0];
      const explain = options.explain ? explanation(question, candidates) : undefined;
      if (best && confident(best, question)) {
        const related = best.fact.related.map((id) => kb.byId.get(id)).filter((f): f is Fact => !!f);
        return {
          ...base,
          kind: "fact",
          fact: best.fact,
          confidence: best.coverage,
          suggestions: related.slice(0, 3),
          explain,
        };
      }
      const suggestions = candidates
        .filter((c) => c.coverage >= TUNING.suggestionMinCoverage)
        .slice(0, 3)
        .map((c) => c.fact);
      return { ...base, kind: "decline", confidence: best?.coverage ?? 0, suggestions, explain };
    },

    lookup(text, options) {
      const { question, candidates } = read(text, options.fallbackLang);
      if (question.terms.length === 0)
        return { lang: question.lang, facts: highlights.slice(0, options.limit) };
      const facts = candidates
        .filter((c) => c.coverage >= TUNING.lookupMinCoverage && c.evidence >= TUNING.minEvidence)
        .slice(0, options.limit)
        .map((c) => c.fact);
      return { lang: question.lang, facts };
    },
  };
}

/**
 * How well one question token is matched by a result: fully in a title, keywords or hints;
 * less when only the answer's body mentions it (siblings often mention each other there);
 * less again when only a prefix or fuzzy expansion of it matched.
 */
function matchStrength(forms: string[], result: SearchResult, allForms: ReadonlySet<string>): number {
  if (!forms.some((form) => result.queryTerms.includes(form))) return 0;
  const strengthOf = (fields: string[], exact: boolean) =>
    (fields.some((field) => !field.startsWith("answer_")) ? 1 : TUNING.answerOnlyMatch) *
    (exact ? 1 : TUNING.looseMatch);
  let best = 0;
  let attributed = false;
  for (const [term, fields] of Object.entries(result.match)) {
    const exact = forms.includes(term);
    if (exact || forms.some((form) => term.startsWith(form))) {
      attributed = true;
      best = Math.max(best, strengthOf(fields, exact));
    }
  }
  if (attributed) return best;
  // A fuzzy expansion cannot be traced to its query term: credit the terms no form explains.
  for (const [term, fields] of Object.entries(result.match))
    if (![...allForms].some((form) => term.startsWith(form)))
      best = Math.max(best, strengthOf(fields, false));
  return best;
}

function explanation(question: Question, candidates: Candidate[]): Explanation {
  return {
    normalized: question.normalized,
    contentTokens: question.terms.map((term) => term.token),
    candidates: candidates.slice(0, 5).map((c) => ({
      id: c.fact.id,
      score: round(c.score),
      confidence: round(c.rank),
      coverage: round(c.coverage),
      matched: c.result.queryTerms,
      fields: c.result.match,
    })),
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;
