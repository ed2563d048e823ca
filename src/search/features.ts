/**
 * Step three: the signals the decision weighs, for one candidate against the others. Each is a
 * number in about [0, 1]; their names are the keys of the decision model's coefficients.
 */
import { contradictsNumbers, intentMismatch } from "./fact-signals.js";
import type { Question } from "./question.js";
import type { Candidate } from "./rank.js";

export const FEATURES = [
  /** Share of the question's rarity-weighted content the fact covers. */
  "coverage",
  /** Coverage of the words the knowledge base knows: small talk and context words it has never seen left out. */
  "knownCoverage",
  /** Rare words of the question (in at most three facts) it does not match, up to two: another topic. */
  "missedRare",
  /**
   * How closely the question matches one of the fact's phrasings (title, alternate questions):
   * the share of the question's weight that phrasing has, times the share of its words the
   * question has — a near-paraphrase scores high, a question that only names the same entity low.
   */
  "phrasingMatch",
  /** Share of the question's countable words it matches at all. */
  "countShare",
  /** Share of the weighted content matched fully (title, keywords, questions, exact). */
  "strongShare",
  /** Coverage lead over the best other candidate. */
  "margin",
  /** The runner-up's search score over this one's. */
  "runnerUpRatio",
  /** Rare words (in at most three facts) it matches, up to three. */
  "rareMatched",
  /** Share of the question's words the knowledge base has never seen… */
  "unknownShare",
  /** …and of those that no fuzzy or prefix match of this fact explains either (not typos: another subject). */
  "unmatchedUnknownShare",
  /** Everything it matches is a verb: a paraphrase, not a topic. */
  "onlyVerbs",
  /** One content word only (short queries behave differently). */
  "singleTerm",
  /** The question names numbers, and the fact has all of them. */
  "numbersAgree",
  /** "Who" asked of a fact that is not about a person, organisation or body. */
  "whoMismatch",
  /** "When" asked of a fact with no date. */
  "whenMismatch",
  /** The question asks how things stand now. */
  "asksNow",
  /** "How many" asked of a fact that counts nothing (its numbers are all years, days or document numbers). */
  "howManyMismatch",
] as const;

export type FeatureName = (typeof FEATURES)[number];
export type Features = Record<FeatureName, number>;

export function featuresOf(question: Question, candidate: Candidate, others: readonly Candidate[]): Features {
  const { terms } = question;
  const { strengths } = candidate;
  const totalWeight = terms.reduce((sum, term) => sum + term.weight, 0) || 1;
  const countable = terms.filter((term) => term.countable);
  const matchedCountable = terms.filter((term, i) => term.countable && strengths[i]! > 0).length;
  const matched = terms.filter((_, i) => strengths[i]! > 0);
  const strong = terms.reduce((sum, term, i) => sum + (strengths[i]! >= 1 ? term.weight : 0), 0);
  const best = others.find((other) => other !== candidate);
  const rare = (i: number) => terms[i]!.frequency > 0 && terms[i]!.frequency <= 3;
  const known = terms.map((term, i) => [term, i] as const).filter(([term]) => term.frequency > 0);
  const knownWeight = known.reduce((sum, [term]) => sum + term.weight, 0);
  const knownEvidence = known.reduce((sum, [term, i]) => sum + term.weight * strengths[i]!, 0);
  return {
    coverage: candidate.coverage,
    knownCoverage: knownWeight ? knownEvidence / knownWeight : 0,
    missedRare: Math.min(2, terms.filter((_, i) => rare(i) && strengths[i] === 0).length) / 2,
    phrasingMatch: candidate.phrasing,
    countShare: countable.length ? matchedCountable / countable.length : matched.length ? 1 : 0,
    strongShare: strong / totalWeight,
    margin: candidate.coverage - (best?.coverage ?? 0),
    runnerUpRatio: best ? Math.min(1, best.score / (candidate.score || 1)) : 0,
    rareMatched: Math.min(3, terms.filter((_, i) => rare(i) && strengths[i]! > 0).length) / 3,
    unknownShare: terms.length ? terms.filter((term) => term.frequency === 0).length / terms.length : 0,
    unmatchedUnknownShare: terms.length
      ? terms.filter((term, i) => term.frequency === 0 && strengths[i] === 0).length / terms.length
      : 0,
    onlyVerbs: matched.length > 0 && matched.every((term) => term.looksLikeVerb) ? 1 : 0,
    singleTerm: terms.length === 1 ? 1 : 0,
    numbersAgree: question.numbers.length > 0 && !contradictsNumbers(question, candidate.fact) ? 1 : 0,
    asksNow: question.asksNow ? 1 : 0,
    ...intentMismatch(question.intent, candidate.fact),
  };
}
