/**
 * Structured logs with pino: one JSON object per line on stderr, so stdout stays free for what a
 * person reads (the offline chat, `ask`); a readable line instead when stderr is a terminal. The
 * logger takes arguments the way `console` does, so it can be handed to code written against
 * `console` (the bot's BotLogger): strings make the message, an Error becomes `err`, a plain
 * object adds its fields. Errors keep their name, message and Telegram's error fields, never a
 * request payload; the stack only at debug level. Secrets are cut out of every line.
 */
import { inspect } from "node:util";
import pino from "pino";

export const LOG_LEVELS = ["error", "warn", "info", "debug"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type Logger = Record<LogLevel, (...data: unknown[]) => void>;

export interface LoggerOptions {
  /** Values that must never appear in a line: the bot token, the webhook secret, a Redis password. */
  secrets?: readonly string[];
  /** Receives every finished line; stderr by default. */
  write?: (line: string) => void;
  /** Readable lines instead of JSON; by default, when writing to stderr and stderr is a terminal. */
  pretty?: boolean;
}

/** Shorter secrets are not cut out: replacing every "ab" would mangle the lines, and JSON with them. */
const MIN_SECRET_LENGTH = 6;
/** Anything shaped like a bot token (id, colon, 35-character secret), ours or not. */
const TOKEN_LIKE = /\d{5,}:[\w-]{30,}/g;
const REDACTED = "[redacted]";
/** Fields of an error worth logging: Node's `code`, and Telegram's answer as grammY keeps it. */
const ERROR_FIELDS = ["code", "error_code", "description", "method", "parameters"] as const;

export function createLogger(level: LogLevel, options: LoggerOptions = {}): Logger {
  const write = options.write ?? ((line: string) => process.stderr.write(line));
  const pretty = options.pretty ?? (options.write === undefined && process.stderr.isTTY === true);
  const log = pino(
    {
      level,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // `err` is already described by describeError; pino's own error serializer would redo it.
      serializers: { err: (described: unknown) => described },
      hooks: { streamWrite: redactor(options.secrets ?? []) },
    },
    { write: (line: string) => write(pretty ? readable(line) : line) },
  );
  const withStack = level === "debug";
  const at =
    (name: LogLevel) =>
    (...data: unknown[]): void => {
      if (!log.isLevelEnabled(name)) return;
      const { fields, message } = fieldsAndMessage(data, withStack);
      log[name](fields, message);
    };
  return { error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") };
}

function fieldsAndMessage(data: unknown[], withStack: boolean) {
  const fields: Record<string, unknown> = {};
  const words: string[] = [];
  for (const item of data) {
    if (item instanceof Error) fields.err = describeError(item, withStack);
    else if (isPlainObject(item)) Object.assign(fields, item);
    else words.push(typeof item === "string" ? item : inspect(item, { depth: 2, breakLength: Infinity }));
  }
  return { fields, message: words.join(" ") };
}

function isPlainObject(item: unknown): item is Record<string, unknown> {
  if (typeof item !== "object" || item === null) return false;
  const prototype = Object.getPrototypeOf(item) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function describeError(error: Error, withStack: boolean, depth = 0): Record<string, unknown> {
  const described: Record<string, unknown> = { type: error.name, message: error.message };
  const record = error as unknown as Record<string, unknown>;
  for (const key of ERROR_FIELDS) if (!isEmpty(record[key])) described[key] = record[key];
  if (withStack && error.stack) described.stack = error.stack;
  // grammY's HttpError keeps the network error in `error`, others use the standard `cause`.
  const cause = error.cause ?? record.error;
  if (cause instanceof Error && depth < 3) described.cause = describeError(cause, withStack, depth + 1);
  return described;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || (isPlainObject(value) && Object.keys(value).length === 0);
}

/** Cuts the secrets (also as they look inside a JSON string) and anything token-shaped out of a line. */
export function redactor(secrets: readonly string[]): (line: string) => string {
  const variants = secrets
    .filter((secret) => secret.length >= MIN_SECRET_LENGTH)
    .flatMap((secret) => [secret, JSON.stringify(secret).slice(1, -1)]);
  // Longest first, so that a secret containing another is cut out whole.
  const literals = [...new Set(variants)].sort((a, b) => b.length - a.length);
  return (line) => {
    let redacted = line;
    for (const literal of literals) redacted = redacted.split(literal).join(REDACTED);
    return redacted.replace(TOKEN_LIKE, REDACTED);
  };
}

interface LogLine {
  time?: string;
  level?: string;
  msg?: string;
  err?: DescribedError;
  [field: string]: unknown;
}

interface DescribedError {
  type?: string;
  message?: string;
  stack?: string;
  cause?: DescribedError;
}

/** What a readable line shows in its own way, or (pid, hostname) not at all. */
const LINE_HEAD = new Set(["time", "level", "msg", "err", "pid", "hostname"]);

/** "time LEVEL message error {other fields}", as a person at a terminal wants it. */
function readable(json: string): string {
  const entry = JSON.parse(json) as LogLine;
  const { time, level, msg, err } = entry;
  const fields = Object.fromEntries(Object.entries(entry).filter(([key]) => !LINE_HEAD.has(key)));
  let line = `${time} ${level?.toUpperCase()} ${msg ?? ""}`;
  const errors: string[] = [];
  for (let error = err; error; error = error.cause)
    errors.push(error.stack ?? `${error.type}: ${error.message}`);
  if (errors.length > 0) line += ` ${errors.join(err?.stack ? "\ncaused by: " : "; caused by: ")}`;
  if (Object.keys(fields).length > 0) line += ` ${inspect(fields, { depth: 3, breakLength: Infinity })}`;
  return `${line}\n`;
}
