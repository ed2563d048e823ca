/**
 * The language a question is written in, reliable on short texts. Letters and spellings that
 * exist in only one of the languages decide most questions, with the words the knowledge base
 * knows in only one of them; a letter-trigram model trained on the knowledge base's own
 * Belarusian and Russian texts (letter-model.ts) settles the Cyrillic rest; when nothing is
 * sure, the caller's language is used.
 *
 * Why not a detector library: eld limited to be/ru still loads its table for 60 languages,
 * about 110 MB of memory, and on the project's 759 labelled questions it was right less often
 * (96.8%) than this model (97.4%, with fewer undecided); `npm run bench` measures both.
 */
import type { Lang } from "../langs.js";
import { letterScore, type LetterModel } from "./letter-model.js";
import model from "./detect-lang-model.json" with { type: "json" };

const LETTERS: LetterModel = model.trigrams;

/** Evidence for Belarusian even when typed on a Russian keyboard (и for і, у for ў). */
const BE_SIGNS: [RegExp, number][] = [
  // Once a word: a name spelt the Belarusian way (Зміцер Дашкевіч) in a Russian question weighs as one word.
  [/\S*[іў]\S*/g, 3],
  [/[а-яіў]'[а-яіў]/g, 3],
  [/дз/g, 1],
  [/цц/g, 2],
  [/ць(?!\p{L})/gu, 2],
  [/[бвгджзклмнпрстфхцчшщ]э/g, 1],
  // ў typed as у after a vowel: заяўку → заяуку, Еўропа → Еуропа (rare inside Russian words).
  [/[аеиоыэюя]у[бвгджзклмнпрстфхцчшщ]/g, 1],
  [
    /(?<!\p{L})(?:калі|кали|чаму|хто|што|шта|якія|якия|які|яки|гэта|ці|ци|дзе|пра|таксама|ёсць|есць|былі|быў|быу|адносіны|адносины|колькі|кольки|якая|якое|якую|якой|такі|такая|яго|яна|яны|чаго|ад|аб|пасля|годзе|але|або|гэты|гэтая)(?!\p{L})/gu,
    4,
  ],
];
/** Evidence for Russian: letters Belarusian lacks and common words it spells differently. */
const RU_SIGNS: [RegExp, number][] = [
  [/[щъ]/g, 3],
  [/и/g, 1],
  [/ть(?:ся)?(?!\p{L})/gu, 1],
  [
    /(?<!\p{L})(?:что|когда|почему|кто|какие|какой|это|где|также|есть|были|был|отношения|ли|сколько|какая|какое|какую|каких|такие|такой|такая|его|она|они|чего|от|об|после|году|или|этот|эта|эти|как)(?!\p{L})/gu,
    4,
  ],
];

/**
 * How many of the question's words the knowledge base knows in only one of the two languages
 * (смяротнае, заяуку → be; требования → ru): the index's own vocabulary as evidence, which
 * catches Belarusian typed on a Russian keyboard.
 */
export interface VocabularyEvidence {
  be: number;
  ru: number;
}
const VOCABULARY_WEIGHT = 2;

/** Question words a question may open with, in one of the two languages only. */
export const BE_OPENING =
  /^(?:хто|што|калі|кали|дзе|чаму|колькі|кольки|які|яки|якая|якое|якія|якия|якую|як|ці|ци)$/;
export const RU_OPENING = /^(?:кто|что|когда|где|почему|сколько|какой|какая|какое|какие|какую|как|зачем)$/;
const OPENING_WEIGHT = 4;

/** Below this margin of signs the letters do not decide and the detector is asked. */
const SIGN_MARGIN = 2;
/** The letter model's score (a sum of log-ratios) decides only beyond this margin. */
const LETTER_MARGIN = 1;
/** An undecided sign difference still tips the letter model's score by this much per point. */
const SIGN_TO_SCORE = 1.5;

function weigh(text: string, signs: [RegExp, number][]): number {
  return signs.reduce((sum, [pattern, weight]) => sum + (text.match(pattern)?.length ?? 0) * weight, 0);
}

/**
 * Returns the detected language of a normalized text, or undefined when the text does not tell.
 * `fallback` is the caller's language: when it is English and the text is Cyrillic, the text
 * has told us enough to rule English out, so the letter model's best guess is used however slim.
 */
export function detectLanguage(
  normalized: string,
  fallback?: Lang,
  vocabulary: VocabularyEvidence = { be: 0, ru: 0 },
): Lang | undefined {
  const cyrillic = normalized.match(/[\u0400-\u04FF]/g)?.length ?? 0;
  const latin = normalized.match(/[a-z\u00C0-\u024F]/g)?.length ?? 0;
  if (cyrillic === 0) return latin > 0 ? "en" : undefined;
  // A Latin name in a Cyrillic question does not make it English, and the reverse.
  if (latin > cyrillic * 2) return "en";
  // The question word a question opens with frames it, whatever the names it spells.
  const opening = normalized.match(/^\p{L}+/u)?.[0] ?? "";
  const be =
    weigh(normalized, BE_SIGNS) +
    vocabulary.be * VOCABULARY_WEIGHT +
    (BE_OPENING.test(opening) ? OPENING_WEIGHT : 0);
  const ru =
    weigh(normalized, RU_SIGNS) +
    vocabulary.ru * VOCABULARY_WEIGHT +
    (RU_OPENING.test(opening) ? OPENING_WEIGHT : 0);
  if (be - ru >= SIGN_MARGIN) return "be";
  if (ru - be >= SIGN_MARGIN) return "ru";
  const gap = letterScore(LETTERS, normalized) + (be - ru) * SIGN_TO_SCORE;
  const margin = fallback === "en" ? 0 : LETTER_MARGIN;
  if (gap > margin) return "be";
  if (gap < -margin) return "ru";
  return fallback === "en" ? (be >= ru ? "be" : "ru") : undefined;
}
