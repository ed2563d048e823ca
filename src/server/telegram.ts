/** What polling and webhook mode share: the updates asked for, and the first call to Telegram. */
import type { Bot } from "grammy";
import type { BotContext } from "../bot/index.js";
import { StartupError } from "./startup-error.js";

/** The updates the bot handles; Telegram sends no others, which saves traffic. */
export const ALLOWED_UPDATES = ["message", "callback_query", "inline_query"] as const;

/**
 * Asks Telegram who the bot is (getMe), so that a wrong token or an unreachable Bot API server
 * stops the start with one clear message instead of failing at the first update.
 */
export async function connect(bot: Bot<BotContext>, apiRoot: string | undefined): Promise<void> {
  try {
    await bot.init();
  } catch (error) {
    throw new StartupError(
      `could not connect to ${apiRoot ?? "Telegram"}${hintFor(error)}: ${errorText(error)}`,
    );
  }
}

/** What to check when Telegram refuses the bot. */
export function hintFor(error: unknown): string {
  const code = (error as { error_code?: unknown }).error_code;
  if (code === 401 || code === 404) return " (Telegram did not accept BOT_TOKEN: check it with @BotFather)";
  if (code === 409) return " (another copy of the bot is polling, or a webhook is set)";
  return "";
}

/** The error and, for a network failure, what the network said (grammY's HttpError keeps it in `error`). */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { error?: unknown }).error ?? error.cause;
  return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}
