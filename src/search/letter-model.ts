/**
 * A letter-trigram model that tells Belarusian from Russian: for each trigram of a word (padded
 * with spaces, so that endings count), the log-ratio of how often it occurs in the knowledge
 * base's Belarusian and Russian texts. Positive sums mean Belarusian. It replaces the eld
 * detector, whose n-gram table for 60 languages cost about 110 MB of memory to tell these two
 * apart; this table is some 40 KB (src/search/detect-lang-model.json, `npm run detect:train`).
 */
import { normalizeText } from "./normalize.js";

/** Trigram → log(P(trigram | be) / P(trigram | ru)), rounded. */
export type LetterModel = Readonly<Record<string, number>>;

/** Trigrams whose two frequencies differ less than this (as a log-ratio) tell nothing and are left out. */
const MIN_WEIGHT = 0.5;

/** The trigrams of every Cyrillic word, each word padded with a space on both sides. */
export function trigrams(normalized: string): string[] {
  const out: string[] = [];
  for (const word of normalized.split(/[^\u0400-\u04FF']+/u)) {
    if (!word) continue;
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  }
  return out;
}

/** Sum of the weights of the text's trigrams: > 0 leans Belarusian, < 0 Russian, 0 tells nothing. */
export function letterScore(model: LetterModel, normalized: string): number {
  let score = 0;
  for (const trigram of trigrams(normalized)) score += model[trigram] ?? 0;
  return score;
}

/**
 * Trains the model on Belarusian and Russian texts (any length: each line is normalized as a
 * question is), with add-one smoothing, keeping only the trigrams that lean one way.
 */
export function trainLetterModel(be: string, ru: string): Record<string, number> {
  const count = (text: string) => {
    const counts = new Map<string, number>();
    let total = 0;
    for (const line of text.split("\n"))
      for (const trigram of trigrams(normalizeText(line))) {
        counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
        total++;
      }
    return { counts, total };
  };
  const beCounts = count(be);
  const ruCounts = count(ru);
  const all = [...new Set([...beCounts.counts.keys(), ...ruCounts.counts.keys()])].sort();
  const smoothing = all.length;
  const model: Record<string, number> = {};
  for (const trigram of all) {
    const pBe = ((beCounts.counts.get(trigram) ?? 0) + 1) / (beCounts.total + smoothing);
    const pRu = ((ruCounts.counts.get(trigram) ?? 0) + 1) / (ruCounts.total + smoothing);
    const weight = Math.log(pBe / pRu);
    if (Math.abs(weight) >= MIN_WEIGHT) model[trigram] = Math.round(weight * 100) / 100;
  }
  return model;
}
