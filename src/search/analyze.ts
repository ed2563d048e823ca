/**
 * Per-language term analyzers: a token (already normalized) becomes the term stored in, or
 * looked up in, that language's fields — or null when it carries no meaning there.
 * Russian and English use the maintained Snowball stemmers; Belarusian has none on npm, so it
 * uses our own suffix stripper (stem-be.ts).
 */
import { newStemmer } from "snowball-stemmers";
import type { Lang } from "../langs.js";
import { stemBelarusian } from "./stem-be.js";
import { foldCyrillic, foldLatin } from "./fold.js";
import { isStopWord } from "./stopwords.js";

export type Analyzer = (token: string) => string | null;

/** Any Cyrillic letter: the analyzers and the fuzzy matching treat such words differently. */
export const HAS_CYRILLIC = /[\u0400-\u04FF]/;
export const HAS_LATIN = /[a-z]/;
const DIGITS_ONLY = /^[\d.]+$/;

const russian = newStemmer("russian");
const english = newStemmer("english");

/**
 * Analysis dominates indexing time and terms repeat a lot, so each analyzer remembers its
 * answers; bounded, so that what users type cannot grow it forever.
 */
export function cached<V>(fn: (key: string) => V, limit = 100_000): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    if (cache.size >= limit) cache.clear();
    const out = fn(key);
    cache.set(key, out);
    return out;
  };
}

const analyzers: Record<Lang, Analyzer> = {
  be: cached((token) => {
    if (isStopWord(token)) return null;
    if (DIGITS_ONLY.test(token)) return token;
    if (HAS_CYRILLIC.test(token)) return stemBelarusian(foldCyrillic(token));
    return foldLatin(token);
  }),
  ru: cached((token) => {
    if (isStopWord(token)) return null;
    if (DIGITS_ONLY.test(token)) return token;
    if (HAS_CYRILLIC.test(token)) return russian.stem(foldCyrillic(token));
    return foldLatin(token);
  }),
  en: cached((token) => {
    if (isStopWord(token)) return null;
    if (DIGITS_ONLY.test(token)) return token;
    if (HAS_CYRILLIC.test(token)) return null;
    const folded = foldLatin(token);
    return HAS_LATIN.test(folded) ? english.stem(folded) : folded;
  }),
};

export function analyzerFor(lang: Lang): Analyzer {
  return analyzers[lang];
}
