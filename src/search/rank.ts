/**
 * Step two: the facts that may answer a question, best first. The index proposes results; each
 * is scored by the share of the question's weighted content it covers (a raw search score grows
 * with every matched field and expansion, so it cannot tell a good match from a long one), with
 * the search score as a tie-breaker.
 */
import type { SearchResult } from "minisearch";
import type { Fact } from "../kb/types.js";
import { LANGS } from "../langs.js";
import type { FactIndex, Phrasings } from "./fact-index.js";
import { factWords, fitsIntent, isAboutEntity } from "./fact-signals.js";
import type { Intent, Question } from "./question.js";
import { TUNING } from "./tuning.js";

export interface Candidate {
  fact: Fact;
  score: number;
  /** Share of the question's weighted content this fact covers, in [0, 1]. */
  coverage: number;
  /** Weighted content covered (absolute), to tell real matches from generic words. */
  evidence: number;
  /** Coverage plus the tie-breaking share of the search score: the order of candidates. */
  rank: number;
  /** How strongly this fact matches each of the question's terms, in [0, 1]. */
  strengths: number[];
  /** How closely the question matches the closest of the fact's phrasings (see phrasingMatch). */
  phrasing: number;
  result: SearchResult;
}

/**
 * The question's own language first: when its fields alone give a full, clear winner, the other
 * two languages' fields need not be searched (a third of the work at scale). Otherwise all three:
 * near ties (a name every related fact mentions) are settled by all the evidence.
 */
export function rankCandidates(question: Question, index: FactIndex): Candidate[] {
  if (question.terms.length === 0) return [];
  const tokens = [...new Set(question.terms.map((term) => term.token))];
  const synonyms = question.terms.flatMap((term) => term.synonyms);
  const { detected } = question;
  if (!detected) return rank(question, index, index.search(tokens, detected, { synonyms }));
  const ownResults = index.search(tokens, detected, { langs: [detected], synonyms });
  const own = rank(question, index, ownResults);
  const [first, second] = own;
  const clear = !second || (first && first.rank - second.rank >= TUNING.clearWinnerMargin);
  if (first && first.coverage >= TUNING.ownLanguageStands && clear) return own;
  const others = LANGS.filter((lang) => lang !== detected);
  return rank(
    question,
    index,
    index.search(tokens, detected, { langs: others, previous: ownResults, synonyms }),
  );
}

function rank(question: Question, index: FactIndex, allResults: readonly SearchResult[]): Candidate[] {
  const { terms } = question;
  const results = allResults.slice(0, TUNING.candidates);
  const top = results[0]?.score ?? 1;
  const total = terms.reduce((sum, term) => sum + term.weight, 0) || 1;
  const allForms = new Set(terms.flatMap((term) => [...term.forms, ...term.synonymForms]));
  const topic = isTopicQuery(question);
  const phrased = questionForms(question);
  return results
    .map((result) => {
      const strengths = terms.map(
        (term) =>
          Math.max(
            matchStrength(term.forms, result, allForms),
            matchStrength(term.synonymForms, result, allForms) * TUNING.looseMatch,
          ) * (term.corrected ? TUNING.looseMatch : 1),
      );
      const evidence = terms.reduce((sum, term, i) => sum + term.weight * strengths[i]!, 0);
      const position = result.id as number;
      const fact = index.facts[position]!;
      const phrasing = phrasingMatch(phrased, strengths, result, index.phrasings(position));
      const coverage = evidence / total;
      const body =
        terms.reduce((sum, term) => sum + (inAnswer(term.forms, result) ? term.weight : 0), 0) / total;
      // Among facts that cover the question alike, one of the kind it asks for comes first
      // ("who is Bialiatski" → the person, not the campaign named after him).
      const fit = fitsIntent(question.intent, fact) ? 1 : TUNING.intentMismatchRank;
      const title = index.titleTerms(position);
      // A bare name or term asks for the fact about that person or body as a whole, when its
      // title names them, or for the fact it is the whole title of ("political prisoners" is the
      // fact titled so, not one about a statement that demands their release).
      const entity =
        topic &&
        ((isAboutEntity(fact) && terms.some((term) => term.forms.some((form) => title.has(form)))) ||
          isTitled(terms, index.titles(position)))
          ? TUNING.entityBonus
          : 0;
      // A title that names the question's common words too ("… Platform on Belarus") breaks ties.
      const titled = question.genericForms.some((form) => title.has(form));
      // …and one that never says them ("Safety of Journalists Platform Belarus") gives way to
      // a sibling that does (the Platform on Belarus, not the Platform in general).
      const unsaid =
        question.genericWords > 0 && !question.genericForms.some((form) => factWords(fact).has(form));
      const rank =
        coverage * fit +
        TUNING.phrasingWeight * phrasing +
        TUNING.scoreWeight * (result.score / top) +
        (titled ? TUNING.genericTitleBonus : 0) -
        (unsaid ? TUNING.genericUnsaidPenalty : 0) +
        TUNING.answerBodyWeight * body +
        entity;
      return { fact, score: result.score, coverage, evidence, result, rank, strengths, phrasing };
    })
    .sort((a, b) => b.rank - a.rank);
}

/**
 * The closest near miss among the candidates' (the best one's included), counted only through a
 * word of the question `best` hardly matches: what it asks beyond what that fact says ("born" in
 * "Where was Tsikhanouskaya born?"). Near misses are what the knowledge base knows it does not
 * say about a subject, whichever fact they were written for ("When was Viasna founded?" is the
 * Viasna fact's, and stays unanswered when the first fact is the one about Viasna's 2012 award).
 */
export function closestNearMiss(
  question: Question,
  best: Candidate,
  candidates: readonly Candidate[],
  index: FactIndex,
): number {
  // Only a near miss holding such a word counts (phrasingMatch): candidates whose near misses
  // hold none need no look.
  const weak = question.terms.flatMap((term, t) =>
    best.strengths[t]! < TUNING.answerOnlyMatch ? term.forms : [],
  );
  if (weak.length === 0) return 0;
  const phrased = questionForms(question);
  const asked = question.intent === "other" ? undefined : question.intent;
  let closest = 0;
  for (const candidate of candidates) {
    const nearMisses = index.nearMisses(candidate.result.id as number);
    if (weak.some((form) => nearMisses.containing.has(form)))
      closest = Math.max(
        closest,
        phrasingMatch(phrased, best.strengths, best.result, nearMisses, true, asked),
      );
  }
  return closest;
}

/**
 * How closely the question matches the closest of `best`'s alternate questions alone, leaving its
 * title and keywords out: what a question with a question word is to be compared with when it may
 * be a near miss, since both are questions ("When was Viasna founded?" against the title
 * "Human Rights Centre Viasna", which only names the subject, would look answered).
 */
export function closestAlternateQuestion(question: Question, best: Candidate, index: FactIndex): number {
  return phrasingMatch(
    questionForms(question),
    best.strengths,
    best.result,
    index.questionPhrasings(best.result.id as number),
  );
}

/** The query is, word for word, one of the fact's titles ("political prisoners" of "Political prisoners"). */
const isTitled = (terms: Question["terms"], titles: readonly ReadonlySet<string>[]) =>
  titles.some(
    (title) =>
      title.size === terms.length && terms.every((term) => term.forms.some((form) => title.has(form))),
  );

/** One or two words and no question word: a search-box query for a topic ("Viasna", "Havel prize"). */
export const isTopicQuery = (question: Question) => question.terms.length <= 2 && question.intent === "other";

/**
 * How closely a question matches one of a fact's phrasings (title, keywords, alternate
 * questions), as question answering services match a question with an answer's alternate
 * questions: the share of the question's weight the phrasing has, times the share of the
 * phrasing's words the question has. A near-paraphrase scores high; a question that only names
 * the same entity as a long phrasing, low. A typo the search matched fuzzily counts as present
 * when the phrasing has a word the result matched that no other question word explains.
 */
function phrasingMatch(
  question: QuestionForms,
  strengths: readonly number[],
  result: SearchResult,
  { sizes, containing, intents, keyTerms }: Phrasings,
  /** Only phrasings that hold a question word the fact does not match, or only loosely in its answer. */
  beyondFact = false,
  /**
   * Only phrasings asking for this, or whose key term the question has: "When was the decision
   * to create the Contact Group taken?" is no near miss of "Was the decision unanimous?", and
   * "When did Bialiatski win the Nobel Prize?" is one of "Did Bialiatski win the Nobel Prize?".
   */
  intent?: Intent,
): number {
  const { terms, total, forms, said } = question;
  const count = sizes.length;
  const { covered, shared, looseHere, creditedFor, beyond } = scratchFor(count);
  for (const term in result.match)
    if (!forms.has(term)) for (const i of containing.get(term) ?? NONE) looseHere[i]!++;
  for (const form of said) for (const i of containing.get(form) ?? NONE) shared[i]!++;
  for (let t = 0; t < terms.length; t++) {
    const term = terms[t]!;
    // Each question term counts once per phrasing, whichever of its forms the phrasing has.
    for (const form of term.forms)
      for (const i of containing.get(form) ?? NONE)
        if (creditedFor[i] !== t) {
          creditedFor[i] = t;
          covered[i]! += term.weight;
          if (strengths[t]! < TUNING.answerOnlyMatch) beyond[i] = 1;
        }
    if (term.frequency === 0 && strengths[t]! > 0)
      for (let i = 0; i < count; i++)
        if (looseHere[i]! > 0 && creditedFor[i] !== t) {
          creditedFor[i] = t;
          covered[i]! += term.weight;
        }
  }
  const asksAsIt = (i: number) => {
    const key = keyTerms[i];
    return !intent || intents[i] === intent || !key || forms.has(key);
  };
  let best = 0;
  for (let i = 0; i < count; i++)
    if (covered[i]! > 0 && (!beyondFact || beyond[i]) && asksAsIt(i))
      best = Math.max(best, (covered[i]! / total) * Math.min(1, (shared[i]! + looseHere[i]!) / sizes[i]!));
  return best;
}

const NONE: readonly number[] = [];

/** Per-phrasing counters, reused from call to call (a question compares itself with a dozen facts). */
const scratch = {
  covered: new Float64Array(0),
  shared: new Uint16Array(0),
  looseHere: new Uint16Array(0),
  creditedFor: new Int32Array(0),
  beyond: new Uint8Array(0),
};

function scratchFor(count: number) {
  if (scratch.covered.length < count) {
    const size = Math.max(count, 2 * scratch.covered.length);
    scratch.covered = new Float64Array(size);
    scratch.shared = new Uint16Array(size);
    scratch.looseHere = new Uint16Array(size);
    scratch.creditedFor = new Int32Array(size);
    scratch.beyond = new Uint8Array(size);
  }
  scratch.covered.fill(0, 0, count);
  scratch.shared.fill(0, 0, count);
  scratch.looseHere.fill(0, 0, count);
  scratch.creditedFor.fill(-1, 0, count);
  scratch.beyond.fill(0, 0, count);
  return scratch;
}

/** What phrasingMatch needs of a question, computed once for all its candidates. */
interface QuestionForms {
  terms: Question["terms"];
  total: number;
  forms: ReadonlySet<string>;
  /** Its searched forms and its common words' (Council, Belarus), which phrasings may share too. */
  said: ReadonlySet<string>;
}

/** Worked out once per question: ranking, near misses and alternate questions all use them. */
const formsOfQuestion = new WeakMap<Question, QuestionForms>();

function questionForms(question: Question): QuestionForms {
  let known = formsOfQuestion.get(question);
  if (!known) {
    const { terms, genericForms } = question;
    const forms = new Set(terms.flatMap((term) => term.forms));
    known = {
      terms,
      total: terms.reduce((sum, term) => sum + term.weight, 0) || 1,
      forms,
      said: new Set([...forms, ...genericForms]),
    };
    formsOfQuestion.set(question, known);
  }
  return known;
}

/**
 * How well one question token is matched by a result: fully in a title, keywords, alternate
 * questions or hints; less when only the answer's body mentions it (siblings often mention each
 * other there); less again when only a prefix or fuzzy expansion of it matched.
 */
function matchStrength(
  forms: readonly string[],
  result: SearchResult,
  allForms: ReadonlySet<string>,
): number {
  if (forms.length === 0 || !sharesAny(forms, result.queryTerms)) return 0;
  // Plain loops, without closures or entry arrays: this runs for every term of every candidate,
  // and what answering allocates is what the collector pauses the slowest answers for.
  const { match } = result;
  let best = 0;
  let attributed = false;
  for (const term in match) {
    const exact = forms.includes(term);
    if (exact || startsWithAny(term, forms)) {
      attributed = true;
      best = Math.max(best, strengthOf(match[term]!, exact));
    }
  }
  if (attributed) return best;
  // A fuzzy expansion cannot be traced to its query term: credit the terms no form explains.
  for (const term in match)
    if (!startsWithAny(term, allForms)) best = Math.max(best, strengthOf(match[term]!, false));
  return best;
}

function strengthOf(fields: readonly string[], exact: boolean): number {
  let beyondAnswer = false;
  for (const field of fields) if (!field.startsWith("answer_")) beyondAnswer = true;
  return (beyondAnswer ? 1 : TUNING.answerOnlyMatch) * (exact ? 1 : TUNING.looseMatch);
}

/**
 * The fact itself says one of these forms: its answer (not only its title, keywords or alternate
 * questions) or, for a year or treaty number, its data (the hints field).
 */
function inAnswer(forms: readonly string[], result: SearchResult): boolean {
  for (const term in result.match)
    if (startsWithAny(term, forms))
      for (const field of result.match[term]!)
        if (field.startsWith("answer_") || field === "hints") return true;
  return false;
}

function sharesAny(forms: readonly string[], terms: readonly string[]): boolean {
  for (const form of forms) if (terms.includes(form)) return true;
  return false;
}

function startsWithAny(term: string, forms: Iterable<string>): boolean {
  for (const form of forms) if (term.startsWith(form)) return true;
  return false;
}
