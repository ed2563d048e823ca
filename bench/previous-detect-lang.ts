/**
 * The detector as it was before issue 16, kept for `npm run bench` to measure against (eld/small
 * limited to be/ru after the letters; eld is a dev dependency now, loaded only here).
 *
 * The language a question is written in, reliable on short texts. Letters and spellings that
 * exist in only one of the languages decide most questions; the eld n-gram detector, limited
 * to be/ru, settles the Cyrillic rest; when neither is sure, the caller's language is used.
 */
import { eld } from "eld/small";
import type { Lang } from "../src/langs.js";
import type { VocabularyEvidence } from "../src/search/detect-lang.js";

eld.setLanguageSubset(["be", "ru"]);

/** Evidence for Belarusian even when typed on a Russian keyboard (и for і, у for ў). */
const BE_SIGNS: [RegExp, number][] = [
  [/[іў]/g, 3],
  [/[а-яіў]'[а-яіў]/g, 3],
  [/дз/g, 1],
  [/цц/g, 2],
  [/ць(?!\p{L})/gu, 2],
  [/[бвгджзклмнпрстфхцчшщ]э/g, 1],
  // ў typed as у after a vowel: заяўку → заяуку, Еўропа → Еуропа (rare inside Russian words).
  [/[аеиоыэюя]у[бвгджзклмнпрстфхцчшщ]/g, 1],
  [
    /(?<!\p{L})(?:калі|кали|чаму|хто|што|шта|якія|якия|які|яки|гэта|ці|ци|дзе|пра|таксама|ёсць|есць|былі|быў|быу|адносіны|адносины|колькі|кольки)(?!\p{L})/gu,
    3,
  ],
];
/** Evidence for Russian: letters Belarusian lacks and common words it spells differently. */
const RU_SIGNS: [RegExp, number][] = [
  [/[щъ]/g, 3],
  [/и/g, 1],
  [/ть(?:ся)?(?!\p{L})/gu, 1],
  [
    /(?<!\p{L})(?:что|когда|почему|кто|какие|какой|это|где|также|есть|были|был|отношения|ли|сколько)(?!\p{L})/gu,
    3,
  ],
];

const VOCABULARY_WEIGHT = 2;

/** Below this margin of signs the letters do not decide and the detector is asked. */
const SIGN_MARGIN = 2;
/** eld's scores for be and ru are close on short texts; below this gap it does not decide. */
const ELD_MARGIN = 0.02;
/** An undecided sign difference still tips eld's scores by this much per point. */
const SIGN_TO_SCORE = 0.01;

function weigh(text: string, signs: [RegExp, number][]): number {
  return signs.reduce((sum, [pattern, weight]) => sum + (text.match(pattern)?.length ?? 0) * weight, 0);
}

/**
 * Returns the detected language of a normalized text, or undefined when the text does not tell.
 * `fallback` is the caller's language: when it is English and the text is Cyrillic, the text
 * has told us enough to rule English out, so the detector's best guess is used however slim.
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
  const be = weigh(normalized, BE_SIGNS) + vocabulary.be * VOCABULARY_WEIGHT;
  const ru = weigh(normalized, RU_SIGNS) + vocabulary.ru * VOCABULARY_WEIGHT;
  if (be - ru >= SIGN_MARGIN) return "be";
  if (ru - be >= SIGN_MARGIN) return "ru";
  const scores = eld.detect(normalized).getScores();
  const gap = (scores.be ?? 0) - (scores.ru ?? 0) + (be - ru) * SIGN_TO_SCORE;
  const margin = fallback === "en" ? 0 : ELD_MARGIN;
  if (gap > margin) return "be";
  if (gap < -margin) return "ru";
  return fallback === "en" ? (be >= ru ? "be" : "ru") : undefined;
}
