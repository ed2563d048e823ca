/**
 * The offline chat: the same grammY bot that runs on Telegram, driven from a terminal. Each line
 * typed becomes an update for `bot.handleUpdate`; what the bot sends back is printed by the
 * OfflineTelegram transformer instead of reaching any server. Works on a TTY (with a prompt)
 * and on a pipe (replies printed in order, exit at end of input once every reply is printed).
 */
import { createInterface } from "node:readline";
import type { Bot, Context } from "grammy";
import type { Update } from "grammy/types";
import { COMMANDS } from "../bot/commands.js";
import { langFromTag, type Lang } from "../langs.js";
import type { Logger } from "../log.js";
import { OfflineTelegram } from "./offline-telegram.js";

export interface OfflineChatOptions<C extends Context> {
  /** Created with `botInfo: OFFLINE_BOT_INFO`, so nothing calls getMe. */
  bot: Bot<C>;
  /** The person's Telegram `language_code`. */
  lang: Lang;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** On a terminal: show a prompt and the intro; on a pipe: echo each line before its replies. */
  interactive: boolean;
  logger: Logger;
}

const QUIT = new Set(["/quit", "/exit"]);

/** The bot's own commands (src/bot/commands.ts), /start aside: the chat has just started. */
const COMMAND_LIST = COMMANDS.filter((name) => name !== "start")
  .map((name) => `/${name}`)
  .join(", ");

/** Runs until end of input (Ctrl-D) or /quit, then resolves once every reply has been printed. */
export async function runOfflineChat<C extends Context>(options: OfflineChatOptions<C>): Promise<void> {
  const { bot, output, interactive, logger } = options;
  const print = (block: string) => output.write(`${block}\n\n`);
  const telegram = new OfflineTelegram(options.lang, print);
  bot.api.config.use(telegram.transformer);

  const lines = createInterface({ input: options.input, output, terminal: interactive, prompt: "> " });
  // Ctrl-C on a terminal leaves like Ctrl-D instead of pausing the prompt.
  lines.on("SIGINT", () => lines.close());
  if (interactive) {
    print(
      "Offline chat with the bot: nothing is sent to Telegram.\n" +
        `Ask a question or use a command (${COMMAND_LIST}).\n` +
        "Type a button's number to press it; /quit or Ctrl-D to leave.",
    );
    lines.prompt();
  }
  for await (const raw of lines) {
    const line = raw.trim();
    if (QUIT.has(line.toLowerCase())) break;
    if (line) {
      if (!interactive) print(`> ${line}`);
      await handleLine(bot, telegram, line, print, logger);
    }
    if (interactive) lines.prompt();
  }
  lines.close();
}

async function handleLine<C extends Context>(
  bot: Bot<C>,
  telegram: OfflineTelegram,
  line: string,
  print: (block: string) => void,
  logger: Logger,
) {
  // A number presses a button only when there is such a button: "1997" stays a question.
  const n = /^\d+$/.test(line) ? Number(line) : 0;
  let update: Update;
  if (n >= 1 && n <= telegram.choiceCount) {
    const press = telegram.press(n);
    if ("explanation" in press) return print(press.explanation);
    update = press.update;
  } else update = telegram.textMessage(line);
  try {
    await bot.handleUpdate(update);
  } catch (error) {
    // On Telegram bot.catch would log this; offline the person should see that nothing came back.
    logger.error(`update ${update.update_id} failed`, error);
    print("(the bot failed to handle that message; the error went to the log)");
  }
}

/**
 * The offline person's language_code: DEFAULT_LANG when set, else the OS locale's language when
 * it is one of ours (LC_ALL, LC_MESSAGES, LANG, then Intl), else English.
 */
export function offlineLang(defaultLang: Lang | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
  return defaultLang ?? langFromTag(locale) ?? "en";
}
