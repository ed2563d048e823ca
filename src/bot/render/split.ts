import { Html } from "../html.js";

/** Telegram's limit for one message. */
export const MAX_MESSAGE_LENGTH = 4096;

/**
 * Joins lines into as few messages as fit Telegram's limit, never splitting a line (so never a
 * tag). Counting the HTML, not the visible text, keeps a safe margin.
 */
export function splitLines(lines: readonly Html[], limit = MAX_MESSAGE_LENGTH): Html[] {
  const messages: string[] = [];
  let current = "";
  for (const { value } of lines) {
    if (value.length > limit) throw new Error(`A single line of ${value.length} characters exceeds ${limit}`);
    const next = current ? `${current}\n${value}` : value;
    if (next.length > limit) {
      messages.push(current);
      current = value;
    } else current = next;
  }
  if (current) messages.push(current);
  return messages.map((value) => new Html(value));
}
