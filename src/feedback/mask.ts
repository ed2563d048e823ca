/**
 * A question as it is stored: the text as sent, made safe to keep. People paste contact details
 * into questions ("my brother +375 29 123-45-67 was detained, can PACE help?"); those must never
 * reach the disk. In order:
 *
 * 1. normalized: Unicode NFC, invisible characters (zero-width, bidi controls) and control
 *    characters removed, lone surrogates replaced, every run of white space one space;
 * 2. masked: e-mail addresses → `[email]`; Telegram links and @usernames → `[user]`; phone
 *    numbers → `[phone]`; any other run of five or more digits → `[number]` (document, card or
 *    passport numbers, user ids). Years (1993), year ranges (1996–1997), dates (12.03.1993,
 *    1993-03-12) and short numbers (ETS 005, Article 3) are kept: they are what questions are about;
 * 3. truncated to 500 characters (never inside a surrogate pair).
 */
import { MAX_STORED_QUESTION } from "./record.js";

/** Format characters: zero-width, bidi controls, soft hyphen, byte-order mark… */
const INVISIBLE = /\p{Cf}/gu;
// Control characters other than white space (which the next step folds into one space).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
// eslint-disable-next-line no-control-regex
const HAS_INVISIBLE_OR_CONTROL = /[\p{Cf}\u0000-\u0008\u000E-\u001F\u007F-\u009F]/u;
const SPACES = /\s+/g;
const HAS_DIGIT = /\d/;
const MAY_HOLD_LINK = /t\.me|tg:|telegram\./i;
const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** t.me/name, telegram.me/name, telegram.dog/name, tg://resolve?domain=name, tg://user?id=… */
const TELEGRAM_LINK =
  /(?:https?:\/\/)?(?:www\.)?(?:t\.me|telegram\.me|telegram\.dog)\/\S+|tg:\/\/\S+|\b[a-z0-9_]{5,32}\.t\.me\b/giu;
/** @name as Telegram allows it (5–32 letters, digits, _), also shorter ones: people mistype. */
const USERNAME = /(?<![\p{L}\p{N}_.@])@[A-Za-z0-9_]{2,32}\b/gu;
/**
 * A run of digits with the separators phone numbers are written with; a leading + or an opening
 * parenthesis included. Checked by `isPhone` before it is masked.
 */
const DIGIT_GROUPS = /(?:\+|\(\s*)?\d[\d\s().\-–—/]*\d\)?/g;
/** 123-45-67, 29.123.45.67: groups joined without spaces. */
const DASHED_NUMBER = /\d{1,4}(?:[-.]\d{1,4}){2,}/g;
const LONG_DIGITS = /\d{5,}/g;

/** A year the questions are about: 1800–2099. */
const YEAR = /^(?:18|19|20)\d\d$/;
/** 1996-1997, 1996–97. */
const YEAR_RANGE = /^(?:18|19|20)\d\d[-–—/](?:\d\d|(?:18|19|20)\d\d)$/;
/** Dates written the common ways: 12.03.1993, 12/03/1993, 1993-03-12, 1993.03.12, 03.1993. */
const DATE =
  /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|(?:18|19|20)\d\d)|(?:18|19|20)\d\d[./-]\d{1,2}(?:[./-]\d{1,2})?|\d{1,2}[./-](?:18|19|20)\d\d)$/;

export function storedQuestion(text: string): string {
  return truncate(maskPersonalData(normalizeForStorage(text)), MAX_STORED_QUESTION);
}

export function normalizeForStorage(text: string): string {
  const wellFormed = SURROGATE.test(text) ? text.replace(LONE_SURROGATE, "\uFFFD") : text;
  let out = wellFormed.normalize("NFC");
  if (HAS_INVISIBLE_OR_CONTROL.test(out)) out = out.replace(INVISIBLE, "").replace(CONTROL, "");
  return out.replace(SPACES, " ").trim();
}

export function maskPersonalData(text: string): string {
  // Most questions hold no @, link or digit: each step runs only when it could match.
  let out = text;
  if (out.includes("@")) out = out.replace(EMAIL, "[email]");
  if (MAY_HOLD_LINK.test(out)) out = out.replace(TELEGRAM_LINK, "[user]");
  if (out.includes("@")) out = out.replace(USERNAME, "[user]");
  if (!HAS_DIGIT.test(out)) return out;
  return (
    out
      .replace(DIGIT_GROUPS, (run) => (isPhone(run) ? keepEdges(run, "[phone]") : run))
      // A number written next to a year ("123-45-67 1999") escapes the check above.
      .replace(DASHED_NUMBER, (run) =>
        run.replace(/\D/g, "").length >= 7 && !DATE.test(run) ? "[phone]" : run,
      )
      .replace(LONG_DIGITS, "[number]")
  );
}

/**
 * Seven digits or more, unless the run holds a year, a year range or a date ("1996 1997",
 * "12.03.1993", "Resolution 2172 (2017)"): those are the subject of questions, not contact
 * details. A leading + is always a phone number.
 */
function isPhone(run: string): boolean {
  const digits = run.replace(/\D/g, "").length;
  if (digits < 7) return false;
  const core = run.replace(/^[(\s]+|[)\s]+$/g, "");
  if (core.startsWith("+")) return true;
  const parts = core.split(/[\s()]+/).filter(Boolean);
  return !parts.some((part) => YEAR.test(part) || YEAR_RANGE.test(part) || DATE.test(part));
}

/** The mask in place of the number, keeping a space the run began or ended with. */
function keepEdges(run: string, mask: string): string {
  const lead = /^\s/.test(run) ? " " : "";
  const trail = /\s$/.test(run) ? " " : "";
  return `${lead}${mask}${trail}`;
}

/** The first `max` characters (code points), never half of a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  return points.length <= max ? text : points.slice(0, max).join("").trimEnd();
}
