/**
 * Belarusian Łacinka → Cyrillic, so questions typed in the Latin alphabet ("Biełaruś", "Cichanoŭskaja")
 * reach the same index as Cyrillic ones. Follows the 1929/1962 tables: ł is hard л, plain l is soft л,
 * i after a consonant softens the next vowel (ia → я), j makes vowels iotated (ja → я).
 *
 * Assimilative softness is written the official way (смяротнае, пакаранне, палітвязні), not the
 * classical one (сьмяротнае, пакараньне): the knowledge base uses the official spelling, and the
 * Belarusian stemmer ignores such a soft sign anyway. Latin words that are not Belarusian are
 * transliterated too; callers check looksLikeLacinka first.
 */

import { HAS_CYRILLIC } from "./analyze.js";

/** Letters of Łacinka that plain English never uses. Polish and Czech text also has some of them. */
const LACINKA_LETTER = /[łśźćńžščŭ]/iu;
/** Latin letters Łacinka does not have: their presence means another language (Füle, Štěpán, Wałęsa). */
const FOREIGN_LETTER = /[qwxàáâãäåæçèéêëěìíîïðñòóôõöøřùúûüůýÿąęőű]/iu;
/** An English function word means an English sentence with a foreign name in it ("Štefan Füle on …"). */
// Letter boundaries, not \b: \b counts "š" as a non-letter, so "što" would hold the word "to".
const ENGLISH_WORD = /(?<!\p{L})(?:the|of|on|in|and|is|was|did|who|what|when|about|for|to)(?!\p{L})/iu;

export function looksLikeLacinka(text: string): boolean {
  const nfc = text.normalize("NFC");
  return LACINKA_LETTER.test(nfc) && mayBeBelarusianLatin(nfc);
}

/**
 * Latin text that could be Belarusian typed without diacritics ("Kali zasnavali Viasnu"): no
 * Cyrillic, no letters Łacinka lacks, no English function words. Only a second reading to try.
 */
export function mayBeBelarusianLatin(text: string): boolean {
  return (
    /\p{Script=Latin}/u.test(text) &&
    !HAS_CYRILLIC.test(text) &&
    !FOREIGN_LETTER.test(text) &&
    !ENGLISH_WORD.test(text)
  );
}

type Vowel = "a" | "e" | "i" | "o" | "u" | "y";

type Unit =
  | { kind: "consonant"; cyrillic: string; soft: boolean; upper: boolean }
  /** A vowel letter on its own. */
  | { kind: "vowel"; vowel: Vowel; upper: boolean }
  /** "i" + vowel: after a consonant the i only marks softness (bia → бя). */
  | { kind: "softened"; vowel: Vowel; upper: boolean }
  /** "j" + vowel: an iotated vowel (ja → я, ji → і). */
  | { kind: "iotated"; vowel: Vowel; upper: boolean }
  /** "j" before a consonant or at the end: й. */
  | { kind: "j"; upper: boolean };

// Hard consonants and digraphs map one to one. People without a Łacinka keyboard write č, š
// and x the Polish or English way (czyja, szto, Mikhail): those digraphs are not Łacinka's, and
// Belarusian rarely has the letter pairs they would otherwise be (ц+з, с+з, с+г, к+г).
const HARD: Readonly<Record<string, string>> = {
  b: "б",
  c: "ц",
  ch: "х",
  cz: "ч",
  kh: "х",
  sh: "ш",
  sz: "ш",
  č: "ч",
  d: "д",
  dz: "дз",
  dž: "дж",
  f: "ф",
  g: "ґ",
  h: "г",
  k: "к",
  ł: "л",
  m: "м",
  n: "н",
  p: "п",
  r: "р",
  s: "с",
  š: "ш",
  t: "т",
  v: "в",
  z: "з",
  ž: "ж",
  ŭ: "ў",
};

// Soft consonants: Cyrillic writes their softness as ь, or as a soft vowel letter after them.
const SOFT: Readonly<Record<string, string>> = { ć: "ц", dź: "дз", l: "л", ń: "н", ś: "с", ź: "з" };

const HARD_VOWEL: Readonly<Record<Vowel, string>> = { a: "а", e: "э", i: "і", o: "о", u: "у", y: "ы" };
const SOFT_VOWEL: Readonly<Record<Vowel, string>> = { a: "я", e: "е", i: "і", o: "ё", u: "ю", y: "ы" };

/** Digraphs first, then i/j + vowel, then any single letter. */
const UNIT = /ch|cz|kh|sh|sz|dź|dž|dz|i[aeou]|j[aeiou]|./giu;
const LATIN_WORD = /^\p{Script=Latin}+$/u;
const APOSTROPHE = "’";

function isVowel(letter: string): letter is Vowel {
  return Object.hasOwn(HARD_VOWEL, letter);
}

function toUnit(match: string): Unit {
  const text = match.toLowerCase();
  const upper = match.charAt(0) !== text.charAt(0);
  const [first = "", second = ""] = text;
  if (first === "i" && isVowel(second)) return { kind: "softened", vowel: second, upper };
  if (first === "j" && isVowel(second)) return { kind: "iotated", vowel: second, upper };
  if (isVowel(text)) return { kind: "vowel", vowel: text, upper };
  if (text === "j") return { kind: "j", upper };
  const soft = SOFT[text];
  if (soft !== undefined) return { kind: "consonant", cyrillic: soft, soft: true, upper };
  // Letters outside Łacinka (x, q, w, é…) are kept as they are.
  return { kind: "consonant", cyrillic: HARD[text] ?? text, soft: false, upper };
}

/** A consonant is soft if it is a soft letter or an i-vowel follows it. */
function isSoftConsonant(unit: Unit | undefined, after: Unit | undefined): boolean {
  if (unit?.kind !== "consonant") return false;
  return unit.soft || after?.kind === "softened" || (after?.kind === "vowel" && after.vowel === "i");
}

/**
 * The soft sign after a soft consonant: none before a vowel (the vowel letter shows softness), none
 * before another soft consonant (official spelling: снег, палітвязні), except after л (вельмі).
 */
function softSign(
  unit: Unit & { kind: "consonant" },
  next: Unit | undefined,
  after: Unit | undefined,
): string {
  if (next?.kind === "vowel" || next?.kind === "softened") return "";
  if (unit.cyrillic !== "л" && isSoftConsonant(next, after)) return "";
  return "ь";
}

function render(unit: Unit, prev: Unit | undefined, next: Unit | undefined, after: Unit | undefined): string {
  const afterConsonant = prev?.kind === "consonant";
  switch (unit.kind) {
    case "consonant":
      return unit.soft ? unit.cyrillic + softSign(unit, next, after) : unit.cyrillic;
    case "vowel":
      if (afterConsonant && prev.soft) return SOFT_VOWEL[unit.vowel];
      // Eŭropa, eŭra: the official spelling starts these loanwords with е, not э.
      if (unit.vowel === "e" && prev === undefined && next?.kind === "consonant" && next.cyrillic === "ў")
        return "е";
      return HARD_VOWEL[unit.vowel];
    case "softened":
      return afterConsonant ? SOFT_VOWEL[unit.vowel] : "і" + HARD_VOWEL[unit.vowel];
    case "iotated":
      // After a hard consonant Cyrillic separates j with an apostrophe (zjezd → з’езд).
      return afterConsonant && !prev.soft ? APOSTROPHE + SOFT_VOWEL[unit.vowel] : SOFT_VOWEL[unit.vowel];
    case "j":
      return "й";
  }
}

function withCase(text: string, upper: boolean, allCaps: boolean): string {
  if (!upper) return text;
  return allCaps ? text.toUpperCase() : text.charAt(0).toUpperCase() + text.slice(1);
}

function transliterateWord(word: string): string {
  if (!LATIN_WORD.test(word)) return word;
  const units = Array.from(word.matchAll(UNIT), ([match]) => toUnit(match));
  const allCaps = word.length > 1 && word === word.toUpperCase();
  return units
    .map((unit, i) => withCase(render(unit, units[i - 1], units[i + 1], units[i + 2]), unit.upper, allCaps))
    .join("");
}

/** Transliterates every Latin word; digits, punctuation, spacing and Cyrillic words are kept as they are. */
export function lacinkaToCyrillic(text: string): string {
  return text.normalize("NFC").replace(/\p{L}+/gu, (word) => transliterateWord(word));
}

/**
 * Łacinka around names written as they are in English ("Kali prajšla kanferencyja Luxembourg
 * solutions?"): the words `isName` keeps stay Latin, and if the others could be Belarusian
 * typed in Latin letters, they are transliterated. Undefined when they could not be.
 */
export function lacinkaAroundNames(text: string, isName: (word: string) => boolean): string | undefined {
  const nfc = text.normalize("NFC");
  const rest = (nfc.match(/\p{L}+/gu) ?? []).filter((word) => !isName(word));
  if (rest.length < 2 || !mayBeBelarusianLatin(rest.join(" "))) return undefined;
  return nfc.replace(/\p{L}+/gu, (word) => (isName(word) ? word : transliterateWord(word)));
}
