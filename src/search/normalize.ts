/**
 * Text normalization shared by indexing and querying: what people type (formatting, odd
 * apostrophes, ё, Łacinka, a Latin "i" in a Cyrillic word) becomes one comparable form.
 * Language-specific folding (ў→у, stemming) happens later, in the analyzers.
 */
import { lacinkaToCyrillic, looksLikeLacinka } from "./lacinka.js";

/** Zero-width and bidi control characters, which survive copy-paste from Telegram and the web. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
/** Apostrophe look-alikes; Belarusian uses the apostrophe inside words (з'езд, сям'я). */
const APOSTROPHES = /[\u0027\u2019\u02BC\u2018\u0060\u00B4\u02B9\u2032]/g;
/**
 * A question is a sentence or two; a pasted article is not one. Only its beginning is read, so
 * that a 4096-character message costs no more than a long question (Telegram's own limit).
 */
export const MAX_QUESTION_LENGTH = 500;
/** HTML a user pasted (<b>, </code>): the tag names are not words of the question. */
const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi;
/** Links carry no question; matched wherever they start, even right after a "_" or "*". */
const URL = /(?:https?:\/\/|www\.)\S+/gi;
/** Telegram/Markdown formatting marks and quotes that carry no meaning for search. */
const FORMATTING = /[*_~`|>#«»„“”"\\[\]{}()<>]/g;

/** Latin letters that look like Cyrillic ones, swapped when they sit inside a Cyrillic word. */
const LATIN_LOOKALIKES: Record<string, string> = {
  a: "а",
  c: "с",
  e: "е",
  i: "і",
  o: "о",
  p: "р",
  x: "х",
  y: "у",
};
/** A Latin and a Cyrillic letter side by side: the cheap test that a text has mixed-script words. */
const MIXED_PAIR = /[a-z][\u0400-\u04FF]|[\u0400-\u04FF][a-z]/;
const WORD = /\p{L}+/gu;

export function normalizeText(text: string): string {
  let out = text
    .slice(0, MAX_QUESTION_LENGTH)
    .replace(INVISIBLE, "")
    .normalize("NFC")
    .replace(HTML_TAG, " ")
    .replace(URL, " ")
    .replace(APOSTROPHES, "'");
  if (looksLikeLacinka(out)) out = lacinkaToCyrillic(out);
  out = out.toLowerCase().replace(/ё/g, "е").replace(FORMATTING, " ");
  // "Калi" typed with a Latin i is common; only words that already hold Cyrillic letters change.
  if (MIXED_PAIR.test(out))
    out = out.replace(WORD, (word) =>
      MIXED_PAIR.test(word) ? word.replace(/[a-z]/g, (ch) => LATIN_LOOKALIKES[ch] ?? ch) : word,
    );
  return out.replace(/\s+/g, " ").trim();
}

/**
 * Splits normalized text into terms. Keeps "193.1" whole (an article number), keeps
 * apostrophes inside words (з'яўляецца is one word), reads an ordinal as its number ("5th",
 * "5-ы", "5-га", "5-й" → 5: the ending is grammar, and the question's form is rarely the fact's),
 * splits on everything else.
 */
const ORDINAL =
  "\\d+(?:st|nd|rd|th|-(?:ы|і|га|гі|му|ым|ая|ае|ой|ом|ого|ому|ый|ий|ое|го|й|м|я|е|ю|х|ых|іх|ім))(?![\\p{L}\\p{N}])";
const TOKEN = new RegExp(`\\d+(?:[.,]\\d+)+|${ORDINAL}|[\\p{L}\\p{N}]+(?:'[\\p{L}\\p{N}]+)*`, "gu");
const WHOLE_ORDINAL = new RegExp(`^${ORDINAL}$`, "u");

export function tokenize(normalized: string): string[] {
  const tokens = normalized.match(TOKEN) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // "193,1" and "193.1" are the same article number.
    if (token.includes(",")) tokens[i] = token.replace(/,/g, ".");
    else if (token.charCodeAt(0) <= 57 && WHOLE_ORDINAL.test(token)) tokens[i] = String(parseInt(token, 10));
  }
  return tokens;
}

/**
 * The knowledge base's own texts need only the folding that changes tokens (case, ё, apostrophe
 * variants): they hold no formatting, Łacinka or mixed-script words. Indexing 100 000 facts
 * depends on this being cheap.
 */
export function foldForIndex(text: string): string {
  return text.toLowerCase().replace(/ё/g, "е").replace(APOSTROPHES, "'");
}
