/**
 * Answering a question, in named steps: parse it (question.ts), rank the facts that may answer
 * it (rank.ts), weigh the best one's signals (features.ts) and decide (decision.ts). A question
 * may be read more than one way — as typed, as Łacinka without diacritics, or, when small talk
 * and context surround it, as its question sentence alone — and the most probable reading wins.
 */
import type { Fact, KnowledgeBase } from "../kb/types.js";
import type { Lang } from "../langs.js";
import { accepted, DECISION_MODEL, probability, type DecisionModel } from "./decision.js";
import { buildFactIndex, type FactIndex } from "./fact-index.js";
import { contradictsNumbers, isAboutEntity } from "./fact-signals.js";
import { featuresOf, type Features } from "./features.js";
import { lacinkaAroundNames, lacinkaToCyrillic, mayBeBelarusianLatin } from "./lacinka.js";
import { normalizeText } from "./normalize.js";
import { splitSmallTalk } from "./smalltalk.js";
import { parseQuestion, weigherFor, type Question, type Weigher } from "./question.js";
import { closestAlternateQuestion, closestNearMiss, rankCandidates, type Candidate } from "./rank.js";
import { TUNING } from "./tuning.js";
import type { Answer, Explanation, QuestionAnswerer } from "./types.js";

/** One reading of a question, ranked and weighed. */
interface Reading {
  question: Question;
  candidates: Candidate[];
  best?: Candidate;
  features?: Features;
  /** Probability that `best` answers the question. */
  probability: number;
  /** `best` contradicts a number the question names. */
  vetoed: boolean;
  /** The closest near miss of the candidates (rank.ts). */
  nearMiss: number;
  /** How closely it matches `best`'s closest alternate question (rank.ts). */
  asked: number;
}

/** `model` is for refitting it (src/eval/fit.ts); the bot uses the shipped one. */
export function createAnswerer(kb: KnowledgeBase, model: DecisionModel = DECISION_MODEL): QuestionAnswerer {
  const index = buildFactIndex(kb.facts);
  const weigher = weigherFor(index);
  const highlights = kb.facts.filter((fact) => fact.highlight);
  const readText = (text: string, fallbackLang: Lang) => read(text, fallbackLang, { index, weigher, model });

  return {
    answer(text, options): Answer {
      const reading = readText(text, options.fallbackLang);
      const { question, best } = reading;
      const base = { lang: question.lang, detected: question.detected };
      if (question.smallTalk) return { ...base, kind: question.smallTalk, confidence: 0, suggestions: [] };
      if (question.words.length === 0) return { ...base, kind: "empty", confidence: 0, suggestions: [] };
      // Only generic words ("Belarus and the Council of Europe"): too broad to answer or to
      // suggest anything in particular; the reply lists the main topics.
      if (question.terms.length === 0) return { ...base, kind: "decline", confidence: 0, suggestions: [] };
      const explain = options.explain ? explanation(reading) : undefined;
      if (best && accepted(reading, model)) {
        const related = best.fact.related.map((id) => kb.byId.get(id)).filter((f): f is Fact => !!f);
        return {
          ...base,
          kind: "fact",
          fact: best.fact,
          confidence: reading.probability,
          suggestions: related.slice(0, TUNING.suggestions),
          explain,
        };
      }
      return {
        ...base,
        kind: "decline",
        confidence: reading.probability,
        suggestions: relatedCandidates(reading, index).slice(0, TUNING.suggestions),
        explain,
      };
    },

    lookup(text, options) {
      const reading = readText(text, options.fallbackLang);
      const { question, candidates } = reading;
      if (question.terms.length === 0)
        return { lang: question.lang, facts: highlights.slice(0, options.limit) };
      const facts = candidates
        .filter((candidate) => !contradictsNumbers(question, candidate.fact))
        .filter((candidate) => {
          const p = probability(featuresOf(question, candidate, candidates), model);
          return p >= model.lookupThreshold;
        })
        .slice(0, options.limit)
        .map((candidate) => candidate.fact);
      return { lang: question.lang, facts };
    },
  };
}

interface Searcher {
  index: FactIndex;
  weigher: Weigher;
  model: DecisionModel;
}

/**
 * The most probable reading of a text; the typed one wins ties. Latin text that is not answered
 * as typed may be Łacinka without diacritics ("Kali zasnavali Viasnu?"): read as Cyrillic, it
 * is Belarusian.
 */
function read(text: string, fallbackLang: Lang, searcher: Searcher): Reading {
  const normalized = normalizeText(text);
  const typed = readingOf(normalized, fallbackLang, searcher);
  let best = typed;
  let bestAccepted = accepted(typed, searcher.model);
  // A reading the decision would answer beats a more probable one it would decline anyway
  // ("За што яму яе далі?" alone names no topic; with the sentence before it, it does).
  const consider = (reading: Reading) => {
    if (reading.vetoed) return;
    const answers = accepted(reading, searcher.model);
    if (
      best.vetoed ||
      answers > bestAccepted ||
      (answers === bestAccepted && reading.probability > best.probability)
    ) {
      best = reading;
      bestAccepted = answers;
    }
  };
  const sentences = questionSentences(normalized);
  // questionSentences gives the question sentence, then, when there is one, it with the sentence before.
  const withContext = sentences[1];
  for (const sentence of sentences) {
    if (sentence === normalized) continue;
    const reading = readingOf(sentence, fallbackLang, searcher);
    // "On what date is it marked every year?": a short question that points back is read only
    // with the sentence it points to.
    if (
      sentence !== withContext &&
      POINTS_BACK.test(sentence) &&
      reading.question.terms.length <= SHORT_POINTING_BACK
    )
      continue;
    // The whole message tells its language better than one sentence of it.
    const { lang, detected } = typed.question;
    consider({ ...reading, question: { ...reading.question, lang, detected } });
  }
  if (!bestAccepted) {
    const cyrillic = mayBeBelarusianLatin(normalized)
      ? lacinkaToCyrillic(normalized)
      : lacinkaAroundNames(
          normalized,
          (word) => /^[a-z]+$/.test(word) && searcher.index.documentFrequency(word) > 0,
        );
    if (cyrillic) {
      const reading = readingOf(cyrillic, fallbackLang, searcher);
      consider({ ...reading, question: { ...reading.question, lang: "be", detected: "be" } });
    }
  }
  return best;
}

/**
 * The question sentence of a message that wraps it in greetings, context or thanks ("Hi! I'm
 * writing a thesis. When did …? Thanks!", "Quick question for a piece: what is …?"): the sentences
 * with a question mark, or else the last one that is not small talk; a colon ends a sentence too.
 * Also that sentence with the one before it, which a question often points back to ("I read about
 * the 2015 open letter. Which artists did it name?").
 */
function questionSentences(normalized: string): string[] {
  const all = normalized.split(/(?<=[.!?:])\s+/).filter((s) => /\p{L}/u.test(s));
  if (all.length < 2) return [];
  // A closing "Thanks!" is not the question, even when it is the last sentence.
  const sentences = all.filter((s) => !splitSmallTalk(s).kind);
  const asked = sentences.filter((s) => s.includes("?"));
  const question = asked.length ? asked : sentences.slice(-1);
  if (question.length === 0) return [];
  const before = sentences[sentences.indexOf(question[0]!) - 1];
  return before ? [question.join(" "), [before, ...question].join(" ")] : [question.join(" ")];
}

const SHORT_POINTING_BACK = 3;
/** Pronouns that point back to an earlier sentence, in the three languages. */
const POINTS_BACK =
  /(?<!\p{L})(?:it|its|they|them|their|he|she|him|her|his|он|она|оно|они|его|её|ее|ему|ей|им|их|нём|ней|них|ён|яна|яно|яны|яго|яе|яму|ёй|іх|ім)(?!\p{L})/u;

function readingOf(normalized: string, fallbackLang: Lang, { index, weigher, model }: Searcher): Reading {
  const question = parseQuestion(normalized, fallbackLang, index, weigher);
  const ranked = rankCandidates(question, index);
  // A fact that contradicts a year or number of the question goes after every fact that does not.
  const contradicted = new Set(ranked.filter((c) => contradictsNumbers(question, c.fact)));
  const candidates = contradicted.size
    ? [...ranked.filter((c) => !contradicted.has(c)), ...ranked.filter((c) => contradicted.has(c))]
    : ranked;
  const best = candidates[0];
  if (!best) return { question, candidates, probability: 0, vetoed: false, nearMiss: 0, asked: 0 };
  const features = featuresOf(question, best, candidates);
  return {
    question,
    candidates,
    best,
    features,
    probability: probability(features, model),
    vetoed: contradicted.has(best),
    nearMiss: closestNearMiss(question, best, candidates, index),
    asked: closestAlternateQuestion(question, best, index),
  };
}

/**
 * Declined, the bot offers only facts that share a telling word with the question — a rare
 * word of their title — and cover a fair part of it, never
 * the nearest of unrelated ones ("football world cup" shares only "world" with the World Forum).
 */
function relatedCandidates({ question, candidates }: Reading, index: FactIndex): Fact[] {
  const names = (candidate: Candidate, i: number) =>
    question.terms[i]!.countable &&
    candidate.strengths[i]! >= 1 &&
    question.terms[i]!.forms.some((form) => index.titleTerms(candidate.result.id as number).has(form));
  return candidates
    .filter((candidate) =>
      question.terms.some((term, i) => {
        if (!names(candidate, i)) return false;
        // The body or person a question names ("PACE weather forecast" → PACE) is always related…
        if (isAboutEntity(candidate.fact)) return true;
        // …anything else must share a rare word and a fair part of the question.
        return (
          term.frequency <= TUNING.relatedMaxFrequency && candidate.coverage >= TUNING.relatedMinCoverage
        );
      }),
    )
    .map((candidate) => candidate.fact);
}

function explanation(reading: Reading): Explanation {
  const { question, candidates } = reading;
  return {
    normalized: question.normalized,
    contentTokens: question.terms.map((term) => term.token),
    probability: round(reading.probability),
    vetoed: reading.vetoed,
    features: reading.features,
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
