import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import type { KnowledgeBase } from "../kb/types.js";
import type { Lang } from "../langs.js";
import type { BotLogger } from "./errors.js";

/** The commands the bot offers, in menu order. Names match ^[a-z0-9_]{1,32}$ as Telegram requires. */
export const COMMANDS = [
  "start",
  "help",
  "timeline",
  "conventions",
  "sources",
  "language",
  "about",
  "privacy",
] as const;
export type CommandName = (typeof COMMANDS)[number];

/** The command menu in one language, descriptions from locales/<lang>/bot.ftl. */
export function commandMenu(kb: KnowledgeBase, lang: Lang): BotCommand[] {
  return COMMANDS.map((command) => ({ command, description: kb.t(lang, `command-${command}`) }));
}

/**
 * Publishes the command menu with localized descriptions: Belarusian and Russian for clients in
 * those languages, English for everyone else. A failure is logged and reported as `false`, never
 * thrown: the bot works without a menu. Call once at start-up, not per update.
 */
export async function registerCommands(
  api: Api,
  kb: KnowledgeBase,
  log: BotLogger = console,
): Promise<boolean> {
  const menus: { commands: BotCommand[]; language_code?: Lang }[] = [
    { commands: commandMenu(kb, "en") },
    { commands: commandMenu(kb, "be"), language_code: "be" },
    { commands: commandMenu(kb, "ru"), language_code: "ru" },
  ];
  let ok = true;
  for (const { commands, language_code } of menus) {
    try {
      await api.setMyCommands(commands, language_code ? { language_code } : {});
    } catch (error) {
      ok = false;
      log.error(
        `setMyCommands (${language_code ?? "default"}) failed; the bot runs without that menu:`,
        error,
      );
    }
  }
  return ok;
}
