/**
 * Turns what the bot sends to Telegram into plain terminal text: Telegram HTML or text with
 * entities becomes readable lines (links as "title — url"), and an inline keyboard becomes a
 * numbered list of choices the person can "press" by typing the number.
 */
import type { InlineKeyboardButton, InlineKeyboardMarkup, MessageEntity } from "grammy/types";

/** What typing a choice's number does. */
export type Choice =
  | { kind: "callback"; label: string; data: string }
  | { kind: "url"; label: string; url: string }
  /** Share into another chat through inline mode (switch_inline_query and its chosen-chat form). */
  | { kind: "inline"; label: string; query: string }
  /** Start inline mode in this chat: switch_inline_query_current_chat. */
  | { kind: "query-here"; label: string; query: string }
  | { kind: "other"; label: string };

const NAMED_ENTITIES: Record<string, string> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/** Decodes the HTML entities Telegram accepts: the named four (and a few more) and numeric ones. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X"))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** A link as a person reads it in a terminal; a bare URL stays bare. */
function linkText(title: string, url: string): string {
  const shown = title.trim();
  return !shown || shown === url ? url : `${shown} — ${url}`;
}

/**
 * Telegram HTML (parse_mode "HTML") as plain text: tags dropped, entities decoded, and each
 * `<a href>` shown with its address, since a terminal cannot make the title clickable.
 */
export function htmlToPlain(html: string): string {
  let out = "";
  let link: { url: string; title: string } | undefined;
  for (const [, tag, text] of html.matchAll(/(<[^>]*>)|([^<]+|<)/g)) {
    if (text !== undefined) {
      if (link) link.title += decodeEntities(text);
      else out += decodeEntities(text);
      continue;
    }
    const href = /^<a\s[^>]*?href\s*=\s*(["'])(.*?)\1/i.exec(tag ?? "")?.[2];
    if (href !== undefined) link = { url: decodeEntities(href), title: "" };
    else if (link && /^<\/a\s*>$/i.test(tag ?? "")) {
      out += linkText(link.title, link.url);
      link = undefined;
    }
  }
  return link ? out + linkText(link.title, link.url) : out;
}

/** Plain text with `entities`: only text links carry something the text does not show. */
export function entitiesToPlain(text: string, entities: readonly MessageEntity[]): string {
  const links = entities
    .filter((entity): entity is MessageEntity.TextLinkMessageEntity => entity.type === "text_link")
    .sort((a, b) => b.offset - a.offset);
  let out = text;
  for (const { offset, length, url } of links) {
    const title = out.slice(offset, offset + length);
    out = out.slice(0, offset) + linkText(title, url) + out.slice(offset + length);
  }
  return out;
}

/** The text of a sendMessage / editMessageText payload, whatever formatting it uses. */
export function messageToPlain(payload: {
  text: string;
  parse_mode?: string;
  entities?: readonly MessageEntity[];
}): string {
  if (payload.parse_mode?.toUpperCase() === "HTML") return htmlToPlain(payload.text);
  if (payload.entities) return entitiesToPlain(payload.text, payload.entities);
  return payload.text;
}

function toChoice(button: InlineKeyboardButton): Choice {
  const label = button.text;
  if ("callback_data" in button) return { kind: "callback", label, data: button.callback_data };
  if ("url" in button) return { kind: "url", label, url: button.url };
  if ("switch_inline_query" in button) return { kind: "inline", label, query: button.switch_inline_query };
  if ("switch_inline_query_current_chat" in button)
    return { kind: "query-here", label, query: button.switch_inline_query_current_chat };
  if ("switch_inline_query_chosen_chat" in button)
    return { kind: "inline", label, query: button.switch_inline_query_chosen_chat.query ?? "" };
  return { kind: "other", label };
}

/** Marks the buttons that leave the chat, so a person knows before pressing. */
const MARKS: Record<Choice["kind"], string> = {
  callback: "",
  url: " ↗",
  inline: " ⤴",
  "query-here": " ⤴",
  other: "",
};

/**
 * Numbers every button of a keyboard in reading order, one line per keyboard row, and returns
 * the choices in the same order (choice n is `choices[n - 1]`).
 */
export function renderKeyboard(markup: InlineKeyboardMarkup | undefined): {
  lines: string[];
  choices: Choice[];
} {
  const choices: Choice[] = [];
  const lines = (markup?.inline_keyboard ?? [])
    .filter((row) => row.length > 0)
    .map((row) =>
      row
        .map((button) => {
          const choice = toChoice(button);
          choices.push(choice);
          return `[${choices.length}] ${choice.label}${MARKS[choice.kind]}`;
        })
        .join("   "),
    );
  return { lines, choices };
}

/** What pressing a button that does nothing offline would do on Telegram. */
export function explainChoice(choice: Exclude<Choice, { kind: "callback" }>): string {
  switch (choice.kind) {
    case "url":
      return `On Telegram this button opens a web page: ${choice.url}`;
    case "inline":
      return (
        "On Telegram this button lets you pick a chat and share the answer there through inline mode" +
        (choice.query ? ` (query: "${choice.query}")` : "") +
        ". The offline chat has no other chats to share into."
      );
    case "query-here":
      return (
        "On Telegram this button starts inline mode in this chat (it types the bot's @name" +
        (choice.query ? ` and "${choice.query}"` : "") +
        " into the message field) and lists matching answers as you type. Offline, just type your question."
      );
    case "other":
      return "This button only works in the Telegram app.";
  }
}
