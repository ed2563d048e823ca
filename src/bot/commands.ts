/**
 * Every command, declared once: its name, its entry in the command menu, and its feature (the
 * handler of the command and of the buttons its messages carry). Everything else is derived
 * from this list: `COMMANDS`, the menus published with setMyCommands, the route table
 * (routes.ts), /help's list, "did you mean", and the offline chat's list. To add a command, add
 * an entry here (CONTRIBUTING.md has the recipe).
 */
import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import type { KnowledgeBase } from "../kb/types.js";
import type { Lang } from "../langs.js";
import type { BotLogger } from "./errors.js";
import { aboutFeature } from "./features/about.js";
import { conventionsFeature } from "./features/conventions.js";
import type { Feature, FeatureDeps } from "./features/feature.js";
import { helpFeature } from "./features/help.js";
import { languageFeature } from "./features/language.js";
import { privacyFeature } from "./features/privacy.js";
import { sourcesFeature } from "./features/sources.js";
import { startFeature } from "./features/start.js";
import { timelineFeature } from "./features/timeline.js";
import type { MenuEntry } from "./render/help.js";

interface CommandDeclaration extends MenuEntry {
  /** Telegram's alphabet: ^[a-z0-9_]{1,32}$. */
  name: string;
  /** The Fluent key of its menu description, in locales/<lang>/*.ftl in all three languages. */
  description: string;
  feature: (deps: FeatureDeps) => Feature;
}

/** In menu order. */
export const COMMAND_DECLARATIONS = [
  { name: "start", description: "command-start", feature: startFeature },
  { name: "help", description: "command-help", feature: helpFeature },
  { name: "timeline", description: "command-timeline", feature: timelineFeature },
  { name: "conventions", description: "command-conventions", feature: conventionsFeature },
  { name: "sources", description: "command-sources", feature: sourcesFeature },
  { name: "language", description: "command-language", feature: languageFeature },
  { name: "about", description: "command-about", feature: aboutFeature },
  { name: "privacy", description: "command-privacy", feature: privacyFeature },
] as const satisfies readonly CommandDeclaration[];

export type CommandName = (typeof COMMAND_DECLARATIONS)[number]["name"];

/** The commands the bot offers, in menu order. */
export const COMMANDS: readonly CommandName[] = COMMAND_DECLARATIONS.map((command) => command.name);

/** Names and description keys, for the menus, /help and "did you mean". */
export const COMMAND_MENU: readonly MenuEntry[] = COMMAND_DECLARATIONS.map(({ name, description }) => ({
  name,
  description,
}));

/** The command menu in one language. */
export function commandMenu(kb: KnowledgeBase, lang: Lang): BotCommand[] {
  return COMMAND_MENU.map(({ name, description }) => ({
    command: name,
    description: kb.t(lang, description),
  }));
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
