/**
 * Every number that decides how search ranks and when the bot says "I don't know", in one
 * place. Tuned on ../shared/eval/dev.jsonl and the project's own question tests
 * (test/search/questions.test.ts); change them only with both in view.
 */
export const TUNING = {
  /** Field weights: keywords are written for search, titles are short and precise. */
  fieldBoost: { keywords: 3, title: 2, answer: 1, hints: 2 },
  /** Extra weight for the fields of the question's own language (the others still count). */
  detectedLanguageBoost: 1.5,
  /** Words found in more than this share of facts are too generic to search for. */
  genericShare: 0.3,
  /**
   * …or in more than this many: at 100 000 facts such a word weighs little (rarity is squared)
   * and its posting list is what a query spends its time on.
   */
  genericCount: 2000,
  /** Fuzzy matching only for terms this long (one edit on 3–4 letters matches too much). */
  fuzzyMinLength: 5,
  /**
   * Latin words get two edits from this many letters, one below: "conventons" is stemmed to
   * "conventon", two edits from "convent". Cyrillic words always get one: their common variants
   * (ў/у, і/и, ё/е, ъ/') are folded before, and a second edit on a Cyrillic stem changed no answer
   * in any of the question sets while taking most of the slowest questions' time.
   */
  fuzzyTwoEditsFrom: 9,
  /** Prefix matching for unknown terms this long ("па" would match half the index)… */
  prefixMinLength: 4,
  /** …and for any term this long, where few other terms share the prefix. */
  knownPrefixMinLength: 6,
  /** A first, own-language pass stands only when its winner leads the runner-up by this much. */
  clearWinnerMargin: 0.05,
  /** Words of one question searched at most: a question has a handful; junk must stay cheap. */
  maxQuestionWords: 16,
  /** How many ranked results the decision step looks at. */
  candidates: 12,
  /**
   * Confidence = the share of the question's content (weighted by rarity) that a fact covers.
   * Below this the bot declines and offers suggestions instead.
   */
  answerThreshold: 0.6,
  /** A question must match at least this much rarity-weighted evidence (generic words alone do not answer). */
  minEvidence: 1.2,
  /** Rarity weight = idf ** this: 2 makes generic words count for little. */
  rarityExponent: 2,
  /** Weight of a word the knowledge base has never seen, relative to the rarest known word. */
  unknownWordWeight: 0.75,
  /** …and of an unknown word that looks like a verb: more likely a paraphrase than a new topic. */
  unknownVerbWeight: 0.4,
  /** Credit for a word matched only in an answer's body, or only through prefix/fuzzy matching. */
  answerOnlyMatch: 0.7,
  /** "Who is …" answered by a fact that is not a person, organisation or body: confidence × this. */
  whoIntentPenalty: 0.65,
  /** Question words ("how many", "why") tell kinds of answers apart but are not the topic. */
  softWordWeight: 0.5,
  looseMatch: 0.8,
  /** In ranking candidates: coverage first, the search score as a tie-breaker of this weight. */
  scoreWeight: 0.35,
  /** Suggestions must cover at least this share of the question to be offered. */
  suggestionMinCoverage: 0.05,
  /** Inline mode lists facts covering at least this share of the query. */
  lookupMinCoverage: 0.5,
} as const;
