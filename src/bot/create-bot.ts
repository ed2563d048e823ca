import { autoRetry } from "@grammyjs/auto-retry";
import { Bot } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { KnowledgeBase } from "../kb/types.js";
import type { QuestionAnswerer } from "../search/types.js";
import { answerEveryCallback } from "./answer-callbacks.js";
import { buildCatalog } from "./catalog.js";
import type { BotContext } from "./context.js";
import { errorReporter, type BotLogger } from "./errors.js";
import { features } from "./features/index.js";
import { isAddressedToBot } from "./groups.js";
import { createI18n } from "./i18n.js";
import { sessions, type SessionStorageConfig } from "./sessions.js";
import { understand } from "./understand.js";

/** How to reach Telegram and where to keep sessions. */
export interface BotConfig {
  /** The token from @BotFather. Offline runs and tests may pass any placeholder. */
  token: string;
  /** Another Bot API server ("http://127.0.0.1:9000", no trailing slash); Telegram's by default. */
  apiRoot?: string;
  /** `{ kind: "file", dir: ".sessions" }` survives restarts; `{ kind: "memory" }` for tests and offline runs. */
  sessions: SessionStorageConfig;
  /** The bot's own user (as `getMe` returns it). Give it to skip `getMe`: tests, offline runs. */
  botInfo?: UserFromGetMe;
}

/** What the bot answers from. */
export interface BotDeps {
  kb: KnowledgeBase;
  answerer: QuestionAnswerer;
  /** Defaults to `console`. */
  log?: BotLogger;
}

/**
 * At most 3 retries of a flood wait or a Telegram 5xx; flood waits over 30 s fail at once (the
 * reply would be stale). Network errors are rethrown: auto-retry would retry them without bound.
 */
const RETRY = { maxRetryAttempts: 3, maxDelaySeconds: 30, rethrowHttpErrors: true };

/**
 * Builds the whole bot and starts nothing: no network call, no polling. Call `bot.start()`
 * (long polling) or feed updates to `bot.handleUpdate(update)` yourself; call
 * `registerCommands(bot.api, kb)` once at start-up to publish the command menu.
 *
 * Errors in any update are caught inside the middleware (so `handleUpdate` does not throw for
 * them), logged, and the person is told something went wrong. Retries of flood waits and
 * Telegram 5xx errors are bounded (auto-retry: 3 attempts, waits up to 30 s); network errors
 * are not retried here (grammY's polling loop retries `getUpdates` itself).
 *
 * Creating a file-backed bot creates the sessions folder if it is missing.
 *
 * @example
 * const bot = createBot(
 *   { token: process.env.BOT_TOKEN!, sessions: { kind: "file", dir: ".sessions" } },
 *   { kb, answerer: createAnswerer(kb) },
 * );
 * await registerCommands(bot.api, kb);
 * void bot.start();
 */
export function createBot(config: BotConfig, deps: BotDeps): Bot<BotContext> {
  const log = deps.log ?? console;
  const bot = new Bot<BotContext>(config.token, {
    botInfo: config.botInfo,
    client: config.apiRoot ? { apiRoot: config.apiRoot } : undefined,
  });
  bot.api.config.use(autoRetry(RETRY));
  const report = errorReporter(deps.kb, log);
  bot.catch(report);

  const catalog = buildCatalog(deps.kb);
  // Order matters: the group filter first (no session read for chatter), then what the locale
  // negotiator needs (session, the understood question), then i18n, then the features.
  bot
    .errorBoundary(report)
    .filter(isAddressedToBot)
    .use(
      sessions(config.sessions, log),
      understand(deps.answerer, catalog),
      createI18n(deps.kb),
      answerEveryCallback(log),
      features({ kb: deps.kb, answerer: deps.answerer, catalog }),
    );
  return bot;
}
