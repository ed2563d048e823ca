import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import type { Agent } from "node:http";
import { Bot, type MiddlewareFn } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { KnowledgeBase } from "../kb/types.js";
import { withAnswerCache } from "../search/cache.js";
import type { QuestionAnswerer } from "../search/types.js";
import { answerEveryCallback } from "./answer-callbacks.js";
import { AnswerAwareContext, type BotContext } from "./context.js";
import { errorReporter, type BotLogger } from "./errors.js";
import { feedbackVotes } from "../feedback/telegram.js";
import type { FeedbackRecorder } from "../feedback/recorder.js";
import { isAddressedToBot } from "./groups.js";
import { createI18n } from "./i18n.js";
import { retryNetworkErrors } from "./network-retry.js";
import { rateLimit, type RateLimitOptions } from "./rate-limit.js";
import { features } from "./routes.js";
import { sequenceKey, sessions, type SessionStorageConfig } from "./sessions.js";
import { understandUpdate } from "./understand.js";

/** How to reach Telegram and where to keep sessions. */
export interface BotConfig {
  /** The token from @BotFather. Offline runs and tests may pass any placeholder. */
  token: string;
  /** Another Bot API server ("http://127.0.0.1:9000", no trailing slash); Telegram's by default. */
  apiRoot?: string;
  /**
   * `{ kind: "file", dir: ".sessions" }` survives restarts; `{ kind: "redis", client }` also
   * shares sessions between instances; `{ kind: "memory" }` for tests and offline runs.
   */
  sessions: SessionStorageConfig;
  /** The bot's own user (as `getMe` returns it). Give it to skip `getMe`: tests, offline runs. */
  botInfo?: UserFromGetMe;
  /** Every Bot API call goes through this agent: a proxy (src/server/proxy.ts). */
  agent?: Agent;
  /** Flood protection: at most `limit` messages per person per `windowMs` (src/bot/rate-limit.ts). */
  rateLimit?: RateLimitOptions;
}

/** What the bot answers from. */
export interface BotDeps {
  kb: KnowledgeBase;
  answerer: QuestionAnswerer;
  /** Defaults to `console`. */
  log?: BotLogger;
  /** Records questions and 👍/👎 (src/feedback/); without it, or with FEEDBACK=off, nothing is. */
  feedback?: FeedbackRecorder;
}

/**
 * At most 3 retries of a flood wait or a Telegram 5xx; flood waits over 30 s fail at once (the
 * reply would be stale). Network errors are rethrown: auto-retry would retry them without bound.
 */
const RETRY = { maxRetryAttempts: 3, maxDelaySeconds: 30, rethrowHttpErrors: true };
/** Network errors instead: at most 3 retries, after 0.25, 0.5 and 1 s. */
const NETWORK_RETRY = { retries: 3, firstPauseMs: 250 };

/**
 * Builds the whole bot and starts nothing: no network call, no polling. Run it with
 * `@grammyjs/runner` or behind a webhook (see src/server/), or feed updates to
 * `bot.handleUpdate(update)` yourself; call `registerCommands(bot.api, kb)` once at start-up to
 * publish the command menu.
 *
 * Errors in any update are caught inside the middleware (so `handleUpdate` does not throw for
 * them), logged, and the person is told something went wrong. Retries of flood waits and
 * Telegram 5xx errors are bounded (auto-retry: 3 attempts, waits up to 30 s), and so are those
 * of dropped or refused connections (3 attempts within 2 s).
 *
 * Creating a file-backed bot creates the sessions folder if it is missing.
 *
 * @example
 * const bot = createBot(
 *   { token: process.env.BOT_TOKEN!, sessions: { kind: "file", dir: ".sessions" } },
 *   { kb, answerer: createAnswerer(kb) },
 * );
 * await registerCommands(bot.api, kb);
 * run(bot); // @grammyjs/runner
 */
export function createBot(config: BotConfig, deps: BotDeps): Bot<BotContext> {
  const log = deps.log ?? console;
  const bot = new Bot<BotContext>(config.token, {
    // The flavors (session, i18n, understanding) are added by middleware, not by the constructor.
    ContextConstructor: AnswerAwareContext as unknown as new (
      ...args: ConstructorParameters<typeof AnswerAwareContext>
    ) => BotContext,
    botInfo: config.botInfo,
    client: { apiRoot: config.apiRoot, baseFetchConfig: config.agent ? { agent: config.agent } : undefined },
  });
  // Installed first, so it runs inside auto-retry: each of auto-retry's attempts gets its own.
  bot.api.config.use(retryNetworkErrors(NETWORK_RETRY), autoRetry(RETRY));
  const report = errorReporter(deps.kb, log);
  bot.catch(report);

  // Popular questions, shared answers and inline queries typed letter by letter repeat a lot.
  const answerer = withAnswerCache(deps.answerer);
  // Order matters: the group filter first (no session read for chatter), then what the locale
  // negotiator needs (session, the understood question), then i18n, then the features. Updates
  // run concurrently (runner, webhook), so one person's updates queue up before the session is
  // read: a /language choice is never overwritten by a slower update read before it.
  // One flat chain: every level of grammY's middleware tree is climbed by every update.
  bot.errorBoundary(
    report,
    onlyAddressedToBot,
    sequentialize(sequenceKey),
    sessions(config.sessions, log),
    rateLimit(config.rateLimit, deps.kb, log),
    understandUpdate(answerer, deps.kb),
    createI18n(deps.kb),
    answerEveryCallback(log),
    feedbackVotes(deps.feedback),
    features({ kb: deps.kb, feedback: deps.feedback }),
  );
  return bot;
}

/** Ends the chain for group chatter: a filter that is the chain's own first step, not a level more. */
const onlyAddressedToBot: MiddlewareFn<BotContext> = (ctx, next) =>
  isAddressedToBot(ctx) ? next() : undefined;
