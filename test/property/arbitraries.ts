/**
 * Text as hostile as people and copy-paste make it, built from pieces so that every kind mixes
 * with every other: emoji, right-to-left scripts, invisible and control characters, HTML and
 * Markdown look-alikes, Łacinka, Belarusian and Russian spellings, combining marks. Shared by the
 * property tests and the fuzz run.
 */
import fc from "fast-check";

const fromCodes = (min: number, max: number) =>
  fc.integer({ min, max }).map((code) => String.fromCodePoint(code));

const emoji = fc.constantFrom("😀", "🇧🇾", "👍🏽", "👨‍👩‍👧", "❤️", "✊🏻", "1️⃣", "🏳️‍🌈", "🤷‍♀️");
/** Arabic and Hebrew letters, Arabic vowel marks and the right-to-left marks that travel with them. */
const rightToLeft = fc.oneof(fromCodes(0x0621, 0x064a), fromCodes(0x05d0, 0x05ea), fromCodes(0x064b, 0x065f));
/** Zero-width, soft hyphen, byte-order mark and every bidi control, including the less common ones. */
const invisible = fc.constantFrom(
  ..."\u00AD\u034F\u061C\u180E\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2061\u2066\u2067\u2068\u2069\uFEFF",
);
/** C0 and C1 controls: NUL, tabs, escape, DEL, NEL. */
const control = fc.oneof(fromCodes(0x00, 0x1f), fromCodes(0x7f, 0x9f));
const combining = fromCodes(0x0300, 0x036f);
const whitespace = fc.constantFrom(" ", "  ", "\n", "\r\n", "\t", "\u00A0", "\u2003", "\u3000");
const markupLookalikes = fc.constantFrom(
  "<b>",
  "</b>",
  "</a>",
  '<a href="https://example.org">',
  "<script>",
  "<tg-spoiler>",
  "&amp;",
  "&lt;",
  "&#128512;",
  "&",
  "<",
  ">",
  '"',
  "*",
  "**",
  "_",
  "__",
  "[",
  "]",
  "(",
  ")",
  "~",
  "`",
  "```",
  "||",
  "\\",
  "#",
);
const words = fc.constantFrom(
  // Łacinka and Belarusian, Russian and English words of the knowledge base's topics.
  "Biełaruś",
  "Kantaktnaja hrupa",
  "Cichanoŭskaja",
  "Rada Eŭropy",
  "palitviaźni",
  "ŭ",
  "ł",
  "Беларусь",
  "Савет Еўропы",
  "ПАСЕ",
  "ПАСЭ",
  "калі",
  "Калi",
  "з'езд",
  "сям’я",
  "ЁСЦЬ",
  "Совет Европы",
  "когда",
  "политзаключённые",
  "Belarus",
  "Council of Europe",
  "PACE",
  "convention",
  "who is",
  "the",
  "İstanbul",
  "Straße",
  "ǅemal",
  "1993",
  "193.1",
  "193,1",
  "https://t.me/x",
  "@belarus_coe_test_bot",
  "/start",
);
const punctuation = fc.constantFrom(..."?!.,;:—–…«»„“”’ʼ'`´′");

/** One piece of hostile text (well-formed UTF-16). */
export const hostilePiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
  { weight: 4, arbitrary: words },
  { weight: 2, arbitrary: emoji },
  { weight: 2, arbitrary: rightToLeft },
  { weight: 2, arbitrary: invisible },
  { weight: 1, arbitrary: control },
  { weight: 1, arbitrary: combining },
  { weight: 3, arbitrary: whitespace },
  { weight: 2, arbitrary: markupLookalikes },
  { weight: 2, arbitrary: punctuation },
);

/** Half of a surrogate pair: never sent by Telegram, but a string in JavaScript may hold one. */
export const loneSurrogate = fromCodes(0xd800, 0xdfff);

/** Hostile text as Telegram could deliver it: well-formed, up to `maxLength` pieces. */
export const hostileText = (maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: hostilePiece, maxLength });

/** Hostile text that may also hold lone surrogates, for code that takes any JavaScript string. */
export const anyText = (maxLength: number): fc.Arbitrary<string> =>
  fc.string({
    unit: fc.oneof({ weight: 12, arbitrary: hostilePiece }, { weight: 1, arbitrary: loneSurrogate }),
    maxLength,
  });

/**
 * A text of `length` UTF-16 units (one less when that would cut an emoji in half), made of
 * hostile pieces repeated to reach the length.
 */
export const longText = (length: number): fc.Arbitrary<string> =>
  fc.string({ unit: hostilePiece, minLength: 200, maxLength: 400 }).map((seed) =>
    seed
      .repeat(Math.ceil(length / seed.length))
      .slice(0, length)
      .replace(/[\uD800-\uDBFF]$/, ""),
  );
