import type { Fact } from "../kb/types.js";
import type { Lang } from "../langs.js";

/** What the question was, as the decision step saw it. */
export type AnswerKind =
  /** A fact answers the question. */
  | "fact"
  /** Nothing answers it with enough confidence: say so and offer `suggestions`. */
  | "decline"
  /** Small talk, recognised before any search: each gets its own reply, never a fact. */
  | "greeting"
  | "thanks"
  | "help"
  /** Nothing but spaces, punctuation or emoji. */
  | "empty";

export interface Answer {
  kind: AnswerKind;
  /** The language to reply in: the question's when clear, else the caller's fallback. */
  lang: Lang;
  /** The language detected from the text itself, when the text tells. */
  detected?: Lang;
  /** Set when kind is "fact". */
  fact?: Fact;
  /** Confidence in [0, 1] that `fact` (or the best candidate, when declining) answers the question. */
  confidence: number;
  /** Up to three close topics: offered on a decline, "see also" otherwise. */
  suggestions: Fact[];
  /** Filled only when asked for (`--explain`): matched terms, fields and scores. */
  explain?: Explanation;
}

export interface Explanation {
  normalized: string;
  contentTokens: string[];
  /** The decision model's probability for the best candidate, and whether a number vetoed it. */
  probability: number;
  vetoed: boolean;
  features?: Record<string, number>;
  candidates: {
    id: string;
    score: number;
    confidence: number;
    coverage: number;
    matched: string[];
    fields: Record<string, string[]>;
  }[];
}

export interface AskOptions {
  /** The caller's language: the user's /language choice or Telegram's language_code. */
  fallbackLang: Lang;
  explain?: boolean;
}

/** The search core as the bot and the CLI see it; it knows nothing of Telegram. */
export interface QuestionAnswerer {
  answer(question: string, options: AskOptions): Answer;
  /** Facts matching a query, best first, for inline mode (no decline threshold, but no noise). */
  lookup(query: string, options: AskOptions & { limit: number }): { lang: Lang; facts: Fact[] };
}
