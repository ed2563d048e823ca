/**
 * Step one of answering: what the question is. Normalized, small talk set apart, content words
 * weighed by rarity, language detected, and what the question itself says about its answer —
 * the years and numbers it names and what it asks for (who, when, how many, where).
 */
import type { Lang } from "../langs.js";
import { cached } from "./analyze.js";
import { foldCyrillic } from "./fold.js";
import { BE_OPENING, detectLanguage, RU_OPENING } from "./detect-lang.js";
import type { FactIndex, Synonym } from "./fact-index.js";
import { tokenize } from "./normalize.js";
import { splitSmallTalk } from "./smalltalk.js";
import { isSoftWord, isStopWord } from "./stopwords.js";
import { TUNING } from "./tuning.js";
import { looksLikeVerb } from "./verbs.js";

/**
 * One content word of a question, with what ranking and the decision need to know of it.
 * Shared by every question that has the word (a weigher remembers it): never changed.
 */
export interface Term {
  readonly token: string;
  /** Its form in each language's fields, as the index looks it up. */
  readonly forms: readonly string[];
  /** Words of the same meaning searched with it, and their forms (matched as loosely as a prefix). */
  readonly synonyms: readonly Synonym[];
  readonly synonymForms: readonly string[];
  /** In how many facts it occurs; 0 when the knowledge base has never seen it. */
  readonly frequency: number;
  /** Rarity weight: how much covering it counts. */
  readonly weight: number;
  /** Looked up as the known word it is most likely a misspelling of: it matches loosely. */
  readonly corrected: boolean;
  /** Counts towards the share of words matched: not a question word, not an unknown verb. */
  readonly countable: boolean;
  readonly looksLikeVerb: boolean;
}

/** What a question asks for, from its question words: a fact of another kind rarely answers it. */
export type Intent = "who" | "when" | "how-many" | "where" | "other";

export interface Question {
  normalized: string;
  detected?: Lang;
  lang: Lang;
  /** Every word that is not a stop word. */
  words: string[];
  /** The words that tell facts apart: what the search looks for, each weighed once. */
  terms: Term[];
  /** The forms of its words most facts share (Belarus, Council, Europe): too common to search… */
  genericForms: string[];
  /** …and how many such words it has. */
  genericWords: number;
  intent: Intent;
  /** Years (1990–2039) and other numbers the question names: a fact must not contradict them. */
  numbers: string[];
  /** It asks how things stand now ("who is … now", "цяпер", "сейчас"): the sources are dated. */
  asksNow: boolean;
  /** It asks what the bot thinks ("do you think…", «как вы считаете»): the sources hold facts, not views. */
  asksOpinion: boolean;
  /** Set when the message is small talk alone: it gets its own reply, never a fact. */
  smallTalk?: "greeting" | "thanks" | "help";
}

const OPINION =
  /(?<!\p{L})(?:do you think|what do you think|your opinion|in your view|do you believe|как вы считаете|как ты считаешь|как вы думаете|как ты думаешь|по-вашему|по вашему мнению|ваше мнение|твое мнение|як вы лічыце|як ты лічыш|як вы думаеце|як ты думаеш|на вашу думку|на тваю думку|ваша меркаванне|на ваш погляд|на твой погляд)(?!\p{L})/u;

const NOW =
  /(?<!\p{L})(?:now|currently|current|today|these days|at present|сейчас|теперь|нынешн\p{L}*|текущ\p{L}*|сегодня|цяпер|зараз|сёння|цяперашн\p{L}*|сучасн\p{L}*)(?!\p{L})/u;

const INTENTS: [Intent, RegExp][] = [
  // "The number of conventions" counts; "the number of the resolution" names one.
  [
    "how-many",
    /(?<!\p{L})(?:how many|how much|number of(?! (?:the|a|an|this|that|its|their)\b)|сколько|колькі|кольки|скольк\p{L}*)(?!\p{L})/u,
  ],
  ["who", /(?<!\p{L})(?:who|whom|whose|кто|кого|кому|кем|хто|каго|каму|кім|ким|чей|чья|чыё|чый)(?!\p{L})/u],
  [
    "when",
    /(?<!\p{L})(?:when|what year|which year|what date|what month|which month|когда|в каком году|в каком месяце|какого числа|с какого|калі|кали|у якім годзе|у якім месяцы|якога чысла|з якога)(?!\p{L})/u,
  ],
  ["where", /(?<!\p{L})(?:where|где|куда|дзе|куды|in which city|в каком городе|у якім горадзе)(?!\p{L})/u],
];

/**
 * A question word with a particle is another word: калі-небудзь, когда-нибудь, кто-то (the
 * hyphen may be gone: small talk's split takes punctuation off); «калі ласка» is "please".
 */
const NOT_QUESTION_WORDS =
  /(?<!\p{L})(?:\p{L}+(?:[- ](?:небудзь|нибудь|либо|сьці|колечы)|-то)|кал[іи] ласка)(?!\p{L})/gu;

export function intentOf(text: string): Intent {
  const plain = text.replace(NOT_QUESTION_WORDS, " ");
  for (const [intent, pattern] of INTENTS) if (pattern.test(plain)) return intent;
  return "other";
}

/**
 * The numbers a text names — years, days, counts, article and treaty numbers — each part of a
 * dotted form on its own ("17.03.2022" → 17, 3, 2022; "193.1" → 193, 1), without leading zeros,
 * so that a question and a fact compare however either writes a date.
 */
const NUMBER = /\d+/g;
/**
 * A decade ("the 1990s", «в 90-е», «у 1990-я») names no year: a fact of 1993 does not
 * contradict it.
 */
const DECADE = /(?<!\d)(?:1[89]|20)?\d0(?:'?s|-?(?:е|х|ые|ых|я|ыя|іх))(?!\p{L})/gu;
export const numbersIn = (text: string) => [
  ...new Set((text.replace(DECADE, " ").match(NUMBER) ?? []).map((digits) => String(Number(digits)))),
];

const LATIN_WORD = /^[a-z\u00C0-\u024F']+$/;
const CYRILLIC_WORD = /^[\u0400-\u04FF']+$/;
const LATIN_QUESTION_WORD = /^(?:who|what|when|where|which|why|how)$/;

/**
 * The part of a mixed-script question that tells its language: its function words ("what",
 * "якая", "когда") are in the language it is asked in, whatever names and terms it borrows
 * ("Якая мэта ў EU-Russia Civil Society Forum?", "who wrote the заява in 2020").
 */
export function scriptOfQuestion(normalized: string): string {
  const tokens = tokenize(normalized);
  const latin = tokens.filter((t) => LATIN_WORD.test(t));
  const cyrillic = tokens.filter((t) => CYRILLIC_WORD.test(t));
  if (latin.length === 0 || cyrillic.length === 0) return normalized;
  // A question word opening it says which language frames it, whatever the names and terms.
  if (LATIN_QUESTION_WORD.test(tokens[0]!)) return latin.join(" ");
  if (BE_OPENING.test(tokens[0]!) || RU_OPENING.test(tokens[0]!)) return cyrillic.join(" ");
  const latinStops = latin.filter(isStopWord).length;
  const cyrillicStops = cyrillic.filter(isStopWord).length;
  if (cyrillicStops > latinStops) return cyrillic.join(" ");
  if (latinStops > cyrillicStops) return latin.join(" ");
  return normalized;
}

/** The weighing of words, from the index's document frequencies; built once per index. */
export interface Weigher {
  term(token: string): Term | undefined;
}

export function weigherFor(index: FactIndex): Weigher {
  // Rarity weights: squared idf, so that the words most facts share (Belarus, Council, Europe)
  // barely count and the words that tell facts apart decide.
  const idf = (frequency: number) => Math.log(1 + index.facts.length / frequency) ** TUNING.rarityExponent;
  const unknownWeight = idf(1) * TUNING.unknownWordWeight;
  const unknownVerbWeight = idf(1) * TUNING.unknownVerbWeight;
  // Words most facts share cannot tell facts apart, and their long posting lists are what makes
  // search slow at scale: they are left out of the search.
  const genericFrequency = Math.min(index.facts.length * TUNING.genericShare, TUNING.genericCount);
  // What a word is depends on the word alone: popular words are worked out once, not in every
  // question (what answering allocates is what the collector pauses the slowest answers for).
  return { term: cached(termOf, TERM_MEMO) };
  function termOf(token: string): Term | undefined {
    const frequency = index.documentFrequency(token);
    const soft = isSoftWord(token);
    if (frequency > genericFrequency || (soft && frequency === 0)) return undefined;
    const verb = looksLikeVerb(foldCyrillic(token));
    const weight =
      frequency === 0
        ? verb
          ? unknownVerbWeight
          : unknownWeight
        : idf(frequency) * (soft ? TUNING.softWordWeight : 1);
    const synonyms = index.synonymsOf(token);
    return {
      token,
      forms: index.matchFormsOf(token),
      corrected: index.isCorrected(token),
      synonyms: synonyms.tokens,
      synonymForms: synonyms.forms,
      frequency,
      weight,
      countable: !soft && !(frequency === 0 && verb),
      looksLikeVerb: verb,
    };
  }
}

/** Words remembered by a weigher: far more than the knowledge base's vocabulary asked about. */
const TERM_MEMO = 10_000;

export function parseQuestion(
  normalized: string,
  fallbackLang: Lang,
  index: FactIndex,
  weigher: Weigher,
): Question {
  const smallTalk = splitSmallTalk(normalized);
  const words = [...new Set(tokenize(smallTalk.rest).filter((token) => !isStopWord(token)))].slice(
    0,
    TUNING.maxQuestionWords,
  );
  const detected = detectLanguage(
    scriptOfQuestion(normalized),
    fallbackLang,
    index.vocabularyEvidence(words),
  );
  const terms = words.flatMap((token) => weigher.term(token) ?? []);
  const searched = new Set(terms.map((term) => term.token));
  const genericWords = words.filter((token) => !searched.has(token) && !isSoftWord(token));
  const genericForms = genericWords.flatMap((token) => index.formsOf(token));
  return {
    normalized,
    detected,
    lang: detected ?? fallbackLang,
    words,
    terms,
    genericWords: genericWords.length,
    genericForms,
    intent: intentOf(smallTalk.rest),
    numbers: numbersIn(smallTalk.rest),
    asksNow: NOW.test(smallTalk.rest),
    asksOpinion: OPINION.test(smallTalk.rest),
    smallTalk: smallTalk.kind,
  };
}
