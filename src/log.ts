/**
 * A minimal levelled logger writing one line per event to stderr, so stdout stays free for
 * what a person reads (the offline chat, `ask`). It takes arguments the way `console` does, so
 * it can be handed to code written against `console` (the bot's BotLogger). Errors show their
 * message only (the stack at debug level): never a request payload that could carry the token.
 */
import { inspect } from "node:util";

export const LOG_LEVELS = ["error", "warn", "info", "debug"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type Logger = Record<LogLevel, (...data: unknown[]) => void>;

export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  const threshold = LOG_LEVELS.indexOf(level);
  const at =
    (name: LogLevel) =>
    (...data: unknown[]): void => {
      if (LOG_LEVELS.indexOf(name) > threshold) return;
      const text = data.map((item) => describe(item, level === "debug")).join(" ");
      write(`${new Date().toISOString()} ${name.toUpperCase()} ${text}`);
    };
  return { error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") };
}

function describe(item: unknown, withStack: boolean): string {
  if (typeof item === "string") return item;
  if (item instanceof Error) return (withStack && item.stack) || `${item.name}: ${item.message}`;
  return inspect(item, { depth: 2, breakLength: Infinity });
}
