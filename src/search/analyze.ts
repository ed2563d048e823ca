/**
 * Per-language term analyzers: a token (already normalized) becomes the term stored in, or
 * looked up in, that language's fields — or null when it carries no meaning there.
 * Russian and English use the maintained Snowball stemmers; Belarusian has none on npm, so it
 * uses our own suffix stripper (stem-be.ts).
 */
import { newStemmer } from "snowball-stemmers";
import type { Lang } from "../langs.js";
import { stemBelarusian } from "./stem-be.js";
import { isStopWord } from "./stopwords.js";

export type Analyzer = (token: string) => string | null;

/** Any Cyrillic letter: the analyzers and the fuzzy matching treat such words differently. */
export const HAS_CYRILLIC = /[\u0400-\u04FF]/;
const HAS_LATIN = /[a-z]/;
const DIGITS_ONLY = /^[\d.]+$/;

const russian = newStemmer("russian");
const english = newStemmer("english");

/**
 * Analysis dominates indexing time and terms repeat a lot, so each analyzer remembers its
 * answers; bounded, so that what users type cannot grow it forever.
 */
export function cached(fn: Analyzer, limit = 100_000): Analyzer {
  const cache = new Map<string, string | null>();
  return (token) => {
    let out = cache.get(token);
    if (out === undefined) {
      if (cache.size >= limit) cache.clear();
      out = fn(token);
      cache.set(token, out);
    }
    return out;
  };
}

/** Belarusian typed on a Russian keyboard writes у for ў and и for і: compare in that form. */
export function foldCyrillic(token: string): string {
  return token.replace(/ў/g, "у").replace(/і/g, "и").replace(/['ъ]/g, "");
}

/** Diacritics off (Pejčinović → pejcinovic), so Latin names match however they are typed. */
export function foldLatin(token: string): string {
  // The English possessive goes first: Belarus's → belarus.
  return token
    .replace(/'s$/, "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ł/g, "l")
    .replace(/'/g, "");
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
