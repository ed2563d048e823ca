/**
 * The Telegram bot. `createBot` builds it without starting anything; `registerCommands`
 * publishes its command menu. See create-bot.ts for the options.
 */
export { createBot, type BotConfig, type BotDeps } from "./create-bot.js";
export { registerCommands, commandMenu, COMMANDS, type CommandName } from "./commands.js";
export type { BotContext, SessionData } from "./context.js";
export type { SessionStorageConfig } from "./sessions.js";
export type { BotLogger } from "./errors.js";
