/**
 * Telegram's limits, checked on every call the bot makes in tests. Each check returns the
 * problems it finds, worded so a failing test says what the bot did wrong.
 */
const MAX_MESSAGE_LENGTH = 4096;
const MAX_CALLBACK_DATA_BYTES = 64;
/** Telegram refuses inline keyboards with more buttons than these (REPLY_MARKUP_TOO_LONG). */
const MAX_BUTTONS_PER_ROW = 8;
const MAX_BUTTONS = 100;
const MAX_CALLBACK_ANSWER_LENGTH = 200;
const MAX_INLINE_RESULTS = 50;
const MAX_RESULT_ID_BYTES = 64;
const MAX_INLINE_QUERY_LENGTH = 256;
const DEEP_LINK_PAYLOAD = /^[A-Za-z0-9_-]{1,64}$/;
const COMMAND_NAME = /^[a-z0-9_]{1,32}$/;
const ISOLATION_MARKS = /[\u2068\u2069]/;
/** With the u flag a surrogate matches only when it is not half of a pair. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
/**
 * Telegram's HTML tags, by how they may nest: styles go anywhere except inside code; code and
 * pre hold plain text only (save <code> in <pre>); a link cannot hold a link, nor a quote a quote.
 */
type TagKind = "style" | "link" | "code" | "pre" | "quote" | "emoji";
const TAG_KINDS: Readonly<Record<string, TagKind>> = {
  b: "style",
  strong: "style",
  i: "style",
  em: "style",
  u: "style",
  ins: "style",
  s: "style",
  strike: "style",
  del: "style",
  "tg-spoiler": "style",
  span: "style",
  a: "link",
  code: "code",
  pre: "pre",
  blockquote: "quote",
  "tg-emoji": "emoji",
};
/** The attributes Telegram reads on each tag, and what it accepts in them. */
const ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, (value?: string) => boolean>>>> = {
  a: { href: (value) => value !== undefined && isOpenableUrl(decodeEntities(value)) },
  span: { class: (value) => value === "tg-spoiler" },
  "tg-emoji": { "emoji-id": (value) => value !== undefined && /^\d+$/.test(value) },
  code: { class: (value) => value !== undefined && /^language-\S+$/.test(value) },
  blockquote: { expandable: (value) => value === undefined },
};
const REQUIRED_ATTRIBUTE: Readonly<Record<string, string>> = {
  a: "href",
  span: "class",
  "tg-emoji": "emoji-id",
};
/** Link schemes Telegram opens. */
const LINK_SCHEMES = new Set(["http:", "https:", "tg:"]);

type Payload = Record<string, unknown>;

const bytes = (text: string) => Buffer.byteLength(text, "utf8");

/** Every problem with one API call. */
export function checkCall(method: string, payload: Payload): string[] {
  const problems = everyString(payload).flatMap((value) => checkString(value, method));
  const text = payload.text;
  if (typeof text === "string") problems.push(...checkMessageText(text, payload.parse_mode, method));
  problems.push(...checkKeyboard(payload.reply_markup, method));
  if (
    method === "answerCallbackQuery" &&
    typeof text === "string" &&
    text.length > MAX_CALLBACK_ANSWER_LENGTH
  )
    problems.push(`${method}: a toast of ${text.length} characters, over ${MAX_CALLBACK_ANSWER_LENGTH}`);
  if (method === "answerInlineQuery") problems.push(...checkInlineAnswer(payload));
  if (method === "setMyCommands") problems.push(...checkCommands(payload));
  return problems;
}

/** The visible text of a Telegram-HTML message, and the problems that make Telegram reject it. */
export function parseTelegramHtml(html: string): { text: string; links: Link[]; problems: string[] } {
  const problems: string[] = [];
  const open: { tag: string; kind: TagKind; start: number; href?: string }[] = [];
  const links: Link[] = [];
  const token = new RegExp(
    String.raw`<(\/?)([a-zA-Z-]+)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>|&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);|[<>&]`,
    "g",
  );
  let text = "";
  let last = 0;
  for (const match of html.matchAll(token)) {
    text += html.slice(last, match.index);
    last = match.index + match[0].length;
    const [whole, closing, tag = "", attributeText = "", entity] = match;
    const kind = TAG_KINDS[tag.toLowerCase()];
    if (entity) {
      const decoded = decodeEntity(entity);
      if (decoded === undefined) problems.push(`"&${entity};" is not a valid character`);
      else text += decoded;
    } else if (!tag)
      problems.push(`unescaped "${whole}": …${html.slice(Math.max(0, match.index - 30), last + 30)}…`);
    else if (!kind) problems.push(`tag <${tag}> is not supported by Telegram`);
    else if (!closing) {
      const attributes = parseAttributes(attributeText);
      problems.push(...nestingProblems(tag, kind, open), ...attributeProblems(tag, attributes, open.at(-1)));
      const href = attributes.get("href");
      open.push({ tag, kind, start: text.length, ...(href !== undefined && { href: decodeEntities(href) }) });
    } else {
      const opened = open.pop();
      if (attributeText) problems.push(`</${tag}> carries attributes`);
      if (opened?.tag !== tag) problems.push(`</${tag}> does not close the innermost open tag`);
      else if (opened.href !== undefined) links.push({ url: opened.href, text: text.slice(opened.start) });
    }
  }
  text += html.slice(last);
  if (open.length > 0) problems.push(`unclosed tags: ${open.map((o) => o.tag).join(", ")}`);
  return { text, links, problems };
}

function parseAttributes(text: string): Map<string, string | undefined> {
  return new Map(
    Array.from(text.matchAll(/([a-z-]+)(?:="([^"]*)")?/g), ([, name, value]) => [name!, value] as const),
  );
}

/** Telegram's entity nesting rules, for a tag opened inside `open`. */
function nestingProblems(
  tag: string,
  kind: TagKind,
  open: readonly { tag: string; kind: TagKind }[],
): string[] {
  const inside = (kinds: TagKind[]) => open.find((outer) => kinds.includes(outer.kind));
  const parent = open.at(-1);
  const verbatim = inside(["code", "pre"]);
  if (verbatim && !(kind === "code" && parent?.kind === "pre"))
    return [`<${tag}> inside <${verbatim.tag}>, which holds plain text only`];
  if (kind === "link" && inside(["link"])) return [`a link inside a link`];
  if (kind === "quote" && inside(["quote"])) return [`a blockquote inside a blockquote`];
  return [];
}

/** Each tag carries only the attributes Telegram reads, and a link a URL Telegram opens. */
function attributeProblems(
  tag: string,
  attributes: ReadonlyMap<string, string | undefined>,
  parent: { kind: TagKind } | undefined,
): string[] {
  const name = tag.toLowerCase();
  const readable = ATTRIBUTES[name] ?? {};
  const problems = [...attributes].flatMap(([attribute, value]) => {
    const valid = readable[attribute];
    if (!valid) return [`<${tag}> has attribute ${attribute}, which Telegram does not read`];
    return valid(value) ? [] : [`<${tag}> has an invalid ${attribute}: ${String(value)}`];
  });
  const required = REQUIRED_ATTRIBUTE[name];
  if (required && !attributes.has(required)) problems.push(`<${tag}> without ${required}`);
  if (name === "code" && attributes.has("class") && parent?.kind !== "pre")
    problems.push("a language on <code> outside <pre>");
  return problems;
}

function isOpenableUrl(url: string): boolean {
  try {
    return LINK_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

export interface Link {
  url: string;
  text: string;
}

function decodeEntities(text: string): string {
  return text.replace(
    /&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);/g,
    (whole, entity: string) => decodeEntity(entity) ?? whole,
  );
}

/** The character an entity stands for; undefined for a code point that is not a character. */
function decodeEntity(entity: string): string | undefined {
  const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };
  if (named[entity]) return named[entity];
  const code = entity.startsWith("#x") ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
  const isCharacter = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return isCharacter ? String.fromCodePoint(code) : undefined;
}

function checkMessageText(text: string, parseMode: unknown, method: string): string[] {
  if (method === "answerCallbackQuery") return [];
  const parsed = parseMode === "HTML" ? parseTelegramHtml(text) : { text, problems: [] };
  const problems = parsed.problems.map((problem) => `${method}: ${problem}`);
  const length = parsed.text.trim().length;
  if (length === 0) problems.push(`${method}: empty message text`);
  if (length > MAX_MESSAGE_LENGTH)
    problems.push(`${method}: ${length} characters, over ${MAX_MESSAGE_LENGTH}`);
  return problems;
}

interface Button {
  text?: string;
  callback_data?: string;
  url?: string;
  switch_inline_query?: string;
  switch_inline_query_current_chat?: string;
}

function checkKeyboard(markup: unknown, where: string): string[] {
  const rows = (markup as { inline_keyboard?: Button[][] } | undefined)?.inline_keyboard;
  if (!rows) return [];
  const problems: string[] = [];
  if (rows.some((row) => row.length === 0)) problems.push(`${where}: an empty keyboard row`);
  if (rows.some((row) => row.length > MAX_BUTTONS_PER_ROW))
    problems.push(`${where}: a keyboard row of more than ${MAX_BUTTONS_PER_ROW} buttons`);
  if (rows.flat().length > MAX_BUTTONS)
    problems.push(`${where}: ${rows.flat().length} buttons, over ${MAX_BUTTONS}`);
  for (const button of rows.flat()) {
    if (!button.text?.trim()) problems.push(`${where}: a button without text`);
    const data = button.callback_data;
    if (data !== undefined && (bytes(data) === 0 || bytes(data) > MAX_CALLBACK_DATA_BYTES))
      problems.push(
        `${where}: callback data "${data}" is ${bytes(data)} bytes (1–${MAX_CALLBACK_DATA_BYTES})`,
      );
    if (button.url) problems.push(...checkDeepLink(button.url, where));
    for (const query of [button.switch_inline_query, button.switch_inline_query_current_chat])
      if (query !== undefined && query.length > MAX_INLINE_QUERY_LENGTH)
        problems.push(`${where}: a switch-inline query of ${query.length} characters`);
  }
  return problems;
}

function checkDeepLink(url: string, where: string): string[] {
  const parsed = new URL(url);
  if (parsed.protocol !== "https:") return [`${where}: button URL ${url} is not https`];
  const payload = parsed.searchParams.get("start");
  if (parsed.hostname === "t.me" && payload !== null && !DEEP_LINK_PAYLOAD.test(payload))
    return [`${where}: deep-link payload "${payload}" is outside [A-Za-z0-9_-]{1,64}`];
  return [];
}

function checkInlineAnswer(payload: Payload): string[] {
  const results = payload.results as {
    id: string;
    title?: string;
    input_message_content?: Payload;
    reply_markup?: unknown;
  }[];
  const problems: string[] = [];
  if (results.length > MAX_INLINE_RESULTS)
    problems.push(`answerInlineQuery: ${results.length} results, over ${MAX_INLINE_RESULTS}`);
  const ids = new Set<string>();
  for (const result of results) {
    if (bytes(result.id) === 0 || bytes(result.id) > MAX_RESULT_ID_BYTES)
      problems.push(`answerInlineQuery: result id "${result.id}" is ${bytes(result.id)} bytes`);
    if (ids.has(result.id)) problems.push(`answerInlineQuery: duplicate result id "${result.id}"`);
    ids.add(result.id);
    if (!result.title?.trim()) problems.push(`answerInlineQuery: result ${result.id} has no title`);
    const content = result.input_message_content;
    if (content)
      problems.push(
        ...checkMessageText(String(content.message_text), content.parse_mode, `result ${result.id}`),
      );
    problems.push(...checkKeyboard(result.reply_markup, `result ${result.id}`));
  }
  const start = (payload.button as { start_parameter?: string } | undefined)?.start_parameter;
  if (start !== undefined && !DEEP_LINK_PAYLOAD.test(start))
    problems.push(`answerInlineQuery: start_parameter "${start}" is outside [A-Za-z0-9_-]{1,64}`);
  return problems;
}

function checkCommands(payload: Payload): string[] {
  const commands = payload.commands as { command: string; description: string }[];
  return commands.flatMap(({ command, description }) => [
    ...(COMMAND_NAME.test(command)
      ? []
      : [`setMyCommands: command name "${command}" is outside [a-z0-9_]{1,32}`]),
    ...(description.length >= 1 && description.length <= 256
      ? []
      : [`setMyCommands: /${command} has a description of ${description.length} characters (1–256)`]),
  ]);
}

/** Every string in a payload, however deeply nested. */
function everyString(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(everyString);
  return [];
}

/**
 * Telegram reads UTF-8: a string with half of a surrogate pair (text cut in the middle of an
 * emoji) cannot be encoded and the whole call is refused.
 */
function checkString(value: string, where: string): string[] {
  const problems: string[] = [];
  if (ISOLATION_MARKS.test(value))
    problems.push(`${where}: Fluent isolation marks (U+2068/U+2069) in "${value}"`);
  if (LONE_SURROGATE.test(value))
    problems.push(`${where}: a lone surrogate (not encodable as UTF-8) in "${value}"`);
  return problems;
}
