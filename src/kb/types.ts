import type { Lang } from "../langs.js";
import type { ConventionStatus, FactKind } from "./schema.js";

/** A source document, with its readable title in each language. */
export interface Source {
  id: string;
  url: string;
  /** The same document in other languages, where the publisher offers them. */
  localized: Partial<Record<Lang, string>>;
  publisher: string;
  date?: string;
  lang: Lang;
  title: Record<Lang, string>;
}

/** The wording of one fact in one language, from its Fluent message. */
export interface FactText {
  /** One to three sentences: the reply itself. */
  answer: string;
  title: string;
  /** A shorter title for buttons (the optional `.short` attribute); buttons shorten `title` without it. */
  short?: string;
  /** What people type when they ask about it: synonyms, spellings, abbreviations. */
  keywords: string[];
  /**
   * Alternate questions this fact answers, written from its own text (one a line in the
   * `.questions` attribute): searched like keywords, the way hosted question answering keeps
   * several phrasings per answer.
   */
  questions: string[];
  /**
   * Near misses (one a line in the optional `.unanswered` attribute): questions about the same
   * person, body or event that this answer does not answer ("When was Viasna founded?" of a fact
   * that does not say). A question closer to one of them than to any alternate question is
   * declined instead of answered with this fact.
   */
  unanswered?: string[];
}

export interface Fact {
  id: string;
  kind: FactKind;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD": as precise as the sources are. */
  date?: string;
  end?: string;
  sources: Source[];
  related: string[];
  highlight: boolean;
  ets?: string;
  status?: ConventionStatus;
  text: Record<Lang, FactText>;
}

/** Formats an interface string of the locale files; the same wording the bot sends. */
export type Translate = (lang: Lang, key: string, args?: Record<string, string | number>) => string;

export interface KnowledgeBase {
  /** In the order of the data files, stable across loads. */
  facts: Fact[];
  byId: ReadonlyMap<string, Fact>;
  sources: Source[];
  /** The raw Fluent text of each language, for @grammyjs/i18n to load exactly what was checked. */
  localeSources: Record<Lang, string>;
  t: Translate;
}

/** One thing wrong with the knowledge base: where it is and what is wrong. */
export interface KbProblem {
  file: string;
  id?: string;
  message: string;
}
