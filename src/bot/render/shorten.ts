/** Text cut to the room a phone gives it: button labels and inline-result descriptions. */

/**
 * Shortens text for a button or a description: at the last word boundary that fits, without a
 * dangling one- or two-letter word ("… приглашённого в…"), with an ellipsis. A single word longer
 * than `max` is the only thing cut mid-word.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never half of an emoji: a lone surrogate is not UTF-8, and Telegram refuses the whole message.
  const cut = text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, "");
  const words = cut.slice(0, Math.max(cut.lastIndexOf(" "), 0)).split(" ");
  // A word is kept only if the text went on after it in full (the word after the cut may be half).
  while (words.length > 1 && DANGLING.test(words.at(-1)!)) words.pop();
  const kept = words.join(" ").replace(TRAILING_PUNCTUATION, "");
  return `${kept || cut.replace(TRAILING_PUNCTUATION, "")}…`;
}

/** Prepositions, conjunctions, articles and opening marks that must not end a shortened label. */
const DANGLING = /^(?:\p{L}{1,2}|the|and|for|with|from|або|для|пра|пад|над|при|про|под|или|[«“„"([–—-]+)$/iu;
const TRAILING_PUNCTUATION = /[\s,.;:–—«“„"(-]+$/;
