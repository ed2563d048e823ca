/**
 * The two folds every comparison of words goes through, in one place: Belarusian typed on a
 * Russian keyboard, and Latin letters with diacritics.
 */

/** Belarusian typed on a Russian keyboard writes у for ў and и for і, and drops the apostrophe (or types ъ). */
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
