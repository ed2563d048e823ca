/**
 * Every number that decides how search ranks, in one place; when the bot says "I don't know" is
 * the decision model's (decision-model.json). Change them with `npm run eval` in view: its tune
 * figures, and only then the held-out totals.
 */
export const TUNING = {
  /**
   * Field weights: keywords are written for search, titles are short and precise, alternate
   * questions phrase the answer as people ask it.
   */
  fieldBoost: { keywords: 3, title: 2, questions: 2, answer: 1, hints: 2 },
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
  /** Words this long that no fact has are corrected to the likeliest known word (spelling.ts)… */
  spellingMinLength: 4,
  /** …shorter ones only by a letter left out or added, never by a letter changed… */
  spellingSubstitutionFrom: 6,
  /** …remembering this many corrections. */
  spellingMemo: 10_000,
  /** Prefix matching for unknown terms this long ("па" would match half the index)… */
  prefixMinLength: 4,
  /** …and for any term this long, where few other terms share the prefix. */
  knownPrefixMinLength: 6,
  /** Stems this long also search their word family (fact-index.ts, familyOf)… */
  familyMinLength: 6,
  /** …the first this share of their letters… */
  familyShare: 0.7,
  /** …and never fewer than this many. */
  familyMinPrefix: 5,
  /** A first, own-language pass stands when its winner covers this much of the question… */
  ownLanguageStands: 0.95,
  /** …and leads the runner-up by this much. */
  clearWinnerMargin: 0.05,
  /** Words of one question searched at most: a question has a handful; junk must stay cheap. */
  maxQuestionWords: 16,
  /** How many ranked results the decision step looks at. */
  candidates: 12,
  /** Rarity weight = idf ** this: 2 makes generic words count for little. */
  rarityExponent: 2,
  /** Weight of a word the knowledge base has never seen, relative to the rarest known word. */
  unknownWordWeight: 0.75,
  /** …and of an unknown word that looks like a verb: more likely a paraphrase than a new topic. */
  unknownVerbWeight: 0.4,
  /** Credit for a word matched only in an answer's body, or only through prefix/fuzzy matching. */
  answerOnlyMatch: 0.7,
  /** Question words ("how many", "why") tell kinds of answers apart but are not the topic. */
  softWordWeight: 0.5,
  looseMatch: 0.8,
  /** In ranking, the coverage of a fact of another kind than the question asks for counts this much. */
  intentMismatchRank: 0.85,
  /** …and a fact whose title has the question's common words (Belarus, Council) gains this much. */
  genericTitleBonus: 0.03,
  /** …and one that says none of them, in any language, loses this much. */
  genericUnsaidPenalty: 0.3,
  /** …and one phrased closely like the question (rank.ts, phrasingMatch) gains this much times that closeness. */
  phrasingWeight: 0.2,
  /** …and one whose answer itself says the question's words gains this much times their share. */
  answerBodyWeight: 0.2,
  /** …and, for a bare name or term, a fact about a person, organisation or body gains this much. */
  entityBonus: 0.1,
  /** In ranking candidates: coverage first, the search score as a tie-breaker of this weight. */
  scoreWeight: 0.35,
  /** A question this close to one of a fact's near misses, and closer than to its phrasings, is not answered by it. */
  nearMissMin: 0.4,
  /** …by at least this much. */
  nearMissLead: 0.1,
  /** Facts offered with an answer ("see also") or a decline. */
  suggestions: 3,
  /** A decline offers a fact only when it matches a word found in at most this many facts… */
  relatedMaxFrequency: 5,
  /** …and covers at least this share of the question. */
  relatedMinCoverage: 0.3,
} as const;
