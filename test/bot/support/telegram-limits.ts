/**
 * Telegram's limits, checked on every call the bot makes in tests. Each check returns the
 * problems it finds, worded so a failing test says what the bot did wrong.
 */
const MAX_MESSAGE_LENGTH = 4096;
const MAX_CALLBACK_DATA_BYTES = 64;
const MAX_CALLBACK_ANSWER_LENGTH = 200;
const MAX_INLINE_RESULTS = 50;
const MAX_RESULT_ID_BYTES = 64;
const MAX_INLINE_QUERY_LENGTH = 256;
const DEEP_LINK_PAYLOAD = /^[A-Za-z0-9_-]{1,64}$/;
const COMMAND_NAME = /^[a-z0-9_]{1,32}$/;
const ISOLATION_MARKS = /[\u2068\u2069]/;
const ALLOWED_TAGS = new Set([
  "b",
  "strong",
  "i",
  "em",
  "u",
  "ins",
  "s",
  "strike",
  "del",
  "a",
  "code",
  "pre",
  "blockquote",
  "tg-spoiler",
]);

type Payload = Record<string, unknown>;

const bytes = (text: string) => Buffer.byteLength(text, "utf8");

/** Every problem with one API call. */
export function checkCall(method: string, payload: Payload): string[] {
  const problems = [...isolationMarks(payload, method)];
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
  const open: { tag: string; start: number; href?: string }[] = [];
  const links: Link[] = [];
  const token = new RegExp(
    String.raw`<(\/?)([a-zA-Z-]+)((?:\s+[a-z-]+="[^"<>]*")*)\s*>|&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);|[<>&]`,
    "g",
  );
  let text = "";
  let last = 0;
  for (const match of html.matchAll(token)) {
    text += html.slice(last, match.index);
    last = match.index + match[0].length;
    const [whole, closing, tag, attributes, entity] = match;
    if (entity) text += decodeEntity(entity);
    else if (!tag)
      problems.push(`unescaped "${whole}": …${html.slice(Math.max(0, match.index - 30), last + 30)}…`);
    else if (!ALLOWED_TAGS.has(tag.toLowerCase())) problems.push(`tag <${tag}> is not supported by Telegram`);
    else if (!closing) {
      const href = /href="([^"]*)"/.exec(attributes ?? "")?.[1];
      open.push({ tag, start: text.length, ...(href !== undefined && { href: decodeEntities(href) }) });
    } else {
      const opened = open.pop();
      if (opened?.tag !== tag) problems.push(`</${tag}> does not close the innermost open tag`);
      else if (opened.href !== undefined) links.push({ url: opened.href, text: text.slice(opened.start) });
    }
  }
  text += html.slice(last);
  if (open.length > 0) problems.push(`unclosed tags: ${open.map((o) => o.tag).join(", ")}`);
  return { text, links, problems };
}

export interface Link {
  url: string;
  text: string;
}

function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);/g, (_, entity: string) => decodeEntity(entity));
}

function decodeEntity(entity: string): string {
  const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };
  if (named[entity]) return named[entity];
  return String.fromCodePoint(
    entity.startsWith("#x") ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)),
  );
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

function isolationMarks(value: unknown, where: string): string[] {
  if (typeof value === "string")
    return ISOLATION_MARKS.test(value)
      ? [`${where}: Fluent isolation marks (U+2068/U+2069) in "${value}"`]
      : [];
  if (value && typeof value === "object")
    return Object.values(value).flatMap((item) => isolationMarks(item, where));
  return [];
}
