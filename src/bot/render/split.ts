import { Html, joinHtml, safe } from "../html.js";

/** Telegram's limit for one message: characters of the text as shown, after entity parsing. */
export const MAX_MESSAGE_LENGTH = 4096;

const ENTITY = /&(?:#x[\da-f]+|#\d+|[a-z]+);/gi;

/**
 * The length Telegram counts: the text without its tags, each entity (&amp;) one character, in
 * UTF-16 code units as Telegram's own offsets are.
 */
export function visibleLength(html: Html | string): number {
  const value = typeof html === "string" ? html : html.value;
  return value.replace(/<[^>]*>/g, "").replace(ENTITY, "x").length;
}

/**
 * Joins a one-line heading, a blank line and the lines into as few messages as fit Telegram's limit, by the length people
 * see (the markup of links does not count), never splitting a line (so never a tag). When it
 * takes more than one message, each starts with the heading and "(2/3)", so no part arrives
 * without saying what it is.
 */
export function splitLines(heading: Html, lines: readonly Html[], limit = MAX_MESSAGE_LENGTH): Html[] {
  const pack = (headingOf: (part: number) => Html): Html[][] => {
    const parts: Html[][] = [];
    let current: Html[] = [];
    let length = 0;
    for (const line of lines) {
      const size = visibleLength(line) + 1; // and its newline
      const head = visibleLength(headingOf(parts.length + 1));
      if (head + 2 + size > limit)
        throw new Error(`A line of ${size - 1} characters does not fit a message of ${limit}`);
      if (current.length > 0 && head + 2 + length + size > limit) {
        parts.push(current);
        current = [];
        length = 0;
      }
      current.push(line);
      length += size;
    }
    if (current.length > 0 || parts.length === 0) parts.push(current);
    return parts;
  };
  const message = (head: Html, part: readonly Html[]) => safe`${head}\n\n${joinHtml(part, "\n")}`;
  let parts = pack(() => heading);
  if (parts.length > 1) {
    // The "(n/N)" marks take room: pack again with them, against the widest count.
    const marked = (part: number, of: number) => safe`${heading} (${part}/${of})`;
    parts = pack((part) => marked(part, 99));
    return parts.map((part, index) => message(marked(index + 1, parts.length), part));
  }
  return [message(heading, parts[0]!)];
}
