/**
 * A small Belarusian stemmer for search. There is none on npm, so this is a Snowball-style
 * suffix stripper: remove a reflexive suffix, then at most one inflectional ending (longest
 * first), then undo the two stem changes inflection makes most often (т/д → ц/дз before the
 * locative -е, and fleeting vowels: палітвязень/палітвязня).
 *
 * Input: one lowercase term already folded by the normalizer (ё→е, ў→у, і→и, no apostrophes,
 * no ъ). Anything else — digits, Latin, unfolded letters — is returned unchanged.
 */

const FOLDED_WORD = /^[а-я]+$/;
const VOWEL = /[аеиоуыэюя]/;
const MIN_STEM = 3;

// Case endings of the three noun declensions: sg. -а/-у/-е/-ы/-ой/-ем, pl. -ам/-ах/-амі, gen. pl. -аў/-оў/-ёў.
const NOUN_ENDINGS = [
  ...["а", "я", "у", "ю", "е", "и", "ы", "о", "ь", "й"],
  ...["ам", "ям", "ах", "ях", "ами", "ями", "ау", "яу", "оу", "еу"],
  ...["ом", "ем", "ей", "ой", "ай", "яй", "ою", "аю", "яю", "ею"],
];

// Adjective endings for every gender, case and number, with the stressed -о- forms (маладога, маладое).
const ADJECTIVE_ENDINGS = [
  ...["ая", "яя", "ае", "яе", "ое", "ую", "юю"],
  ...["ага", "яга", "ога", "аму", "яму", "ому"],
  ...["ым", "им", "ых", "их", "ыми", "ими"],
];

// Nouns in -ыя/-ія (канвенцыя, прэмія) and plural adjectives (беларускія): the ы/і belongs to the
// ending, otherwise канвенцыя and канвенцый would keep different stems.
const IYA_ENDINGS = ["ы", "и"].flatMap((vowel) =>
  ["я", "и", "й", "ю", "яй", "яю", "ям", "ях", "ями"].map((ending) => vowel + ending),
);

// Verb endings together with the theme vowel, so that уступіць/уступіла/уступіў and
// з'яўляе/з'яўляюць/з'яўляла meet: -а-/-я- verbs, -і-/-ы- verbs, then a few -е- and 3rd person plural forms.
const VERB_ENDINGS = [
  ...["а", "я"].flatMap((theme) =>
    ["ць", "ла", "ло", "ли", "у", "е", "ю", "еш", "ем", "еце", "юць", "ючы", "ушы"].map((e) => theme + e),
  ),
  ...["и", "ы"].flatMap((theme) => ["ць", "ла", "ло", "ли", "у", "ш", "м", "ушы"].map((e) => theme + e)),
  ...["ець", "ела", "ело", "ели", "еш", "уць", "юць", "учы", "ючы", "ячы"],
];

/** Longest first, as in Snowball: беларускага must lose -ага, not just -а. */
const ENDINGS = [...new Set([...NOUN_ENDINGS, ...ADJECTIVE_ENDINGS, ...IYA_ENDINGS, ...VERB_ENDINGS])].sort(
  (a, b) => b.length - a.length,
);

/** -ым/-ім end adjectives (беларускім) but also nouns (рэжым, Максім): strip them only off long stems. */
const MIN_STEM_FOR = new Map([
  ["ым", 5],
  ["им", 5],
]);

// -цца (з'яўляецца, з'яўляцца) and -ся (з'яўляўся); -сся is a noun ending (Палесся), not a reflexive.
const REFLEXIVE = [/цца$/, /(?<!с)ся$/];

/** A stem keeps at least three letters and a vowel, so рэжым, страх and дня are not cut down. */
function isStem(stem: string, minLength = MIN_STEM): boolean {
  return stem.length >= minLength && VOWEL.test(stem);
}

function stripReflexive(word: string): string {
  for (const suffix of REFLEXIVE) {
    const stem = word.replace(suffix, "");
    if (stem !== word && isStem(stem)) return stem;
  }
  return word;
}

function stripEnding(word: string): { stem: string; ending: string } {
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (isStem(stem, MIN_STEM_FOR.get(ending))) return { stem, ending };
  }
  return { stem: word, ending: "" };
}

/** The locative -е softens т→ц and д→дз (Савет → у Савеце, Рада → у Радзе); -цц- is a real stem (жыццё). */
function restoreLocative(stem: string, ending: string): string {
  if (ending !== "е") return stem;
  if (stem.endsWith("дз")) return stem.slice(0, -1);
  if (stem.endsWith("ц") && !stem.endsWith("цц")) return stem.slice(0, -1) + "т";
  return stem;
}

/**
 * Fleeting vowels (палітвязень/палітвязня, агонь/агню, пачатак/пачатку, пасол/пасла) drop out in
 * oblique cases. Dropping the vowel from every stem of that shape keeps a family together; words
 * whose vowel is not fleeting (камень/каменя) are changed the same way in all forms, so they stay together too.
 */
function dropFleetingVowel(stem: string): string {
  const match = /[^аеиоуыэюя][аео]([нкцрл])$/.exec(stem);
  if (!match) return stem;
  const shorter = stem.slice(0, -2) + match[1];
  return isStem(shorter) ? shorter : stem;
}

export function stemBelarusian(term: string): string {
  if (!FOLDED_WORD.test(term)) return term;
  // Classical spelling marks assimilative softness (сьмяротнае, пакараньне); the official one does not.
  const word = term.replace(/ь(?=[^аеиоуыэюя])/g, "");
  const { stem, ending } = stripEnding(stripReflexive(word));
  return dropFleetingVowel(undoubleConsonant(restoreLocative(stem, ending)));
}

/**
 * The instrumental of soft feminine nouns doubles the last consonant (Беларусь → Беларуссю,
 * ноч → ноччу, моладзь → моладдзю). Undoubling every stem's final pair keeps such forms with their
 * family; words doubled in every form (пытанне, пытання) lose one letter in all of them alike.
 */
function undoubleConsonant(stem: string): string {
  if (stem.length <= 3) return stem;
  return stem.replace(/ддз$/, "дз").replace(/([бвгджзклмнпрстфхцчш])\1$/, "$1");
}
