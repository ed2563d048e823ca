/**
 * Long polling with @grammyjs/runner: updates are handled concurrently (one person's in order:
 * see `sequentialize` in create-bot.ts) until SIGINT or SIGTERM; then the updates in hand are
 * finished and the last one is confirmed to Telegram, so a restart does not answer it twice.
 */
import { run } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import { registerCommands, type BotContext } from "../bot/index.js";
import { checkInlineMode, publishProfile } from "../bot/profile.js";
import type { ProxyConfig } from "../config.js";
import type { KnowledgeBase } from "../kb/types.js";
import type { Logger } from "../log.js";
import { stopSignal } from "./signals.js";
import {
  ALLOWED_UPDATES,
  apiSignal,
  boundStartupCalls,
  connect,
  hintFor,
  startupCall,
  StoppedDuringStartup,
} from "./telegram.js";

export interface PollingOptions {
  kb: KnowledgeBase;
  log: Logger;
  /** Only for the log. */
  apiRoot?: string;
  proxy?: ProxyConfig;
  /** How long each Bot API call of the start may keep trying (TELEGRAM_CONNECT_TIMEOUT). */
  connectTimeoutMs: number;
}

/** Polls until stopped by a signal (exit code 0) or until Telegram refuses the bot (1). */
export async function runPolling(
  bot: Bot<BotContext>,
  { kb, log, apiRoot, proxy, connectTimeoutMs }: PollingOptions,
): Promise<number> {
  const { stopped, startup, started } = stopSignal(log);
  const startupOptions = { apiRoot, proxy, deadlineMs: connectTimeoutMs, signal: startup, log };
  try {
    await connect(bot, startupOptions);
    // As bot.start() does: while a webhook is set, Telegram refuses getUpdates.
    await startupCall(
      "deleteWebhook",
      "could not remove the webhook before polling",
      (signal) => bot.api.deleteWebhook({}, apiSignal(signal)),
      startupOptions,
    );
  } catch (error) {
    if (!(error instanceof StoppedDuringStartup)) throw error;
    log.info("Stopped before the start was complete");
    return 0;
  }
  started();
  const fetched = watchGetUpdates(bot, log);
  log.info(`Polling as @${bot.botInfo.username}${apiRoot ? ` via ${apiRoot}` : ""}`);
  checkInlineMode(bot, log);
  // In the background: a slow or failing setMyCommands must not hold up the answers.
  boundStartupCalls(bot, connectTimeoutMs);
  void registerCommands(bot.api, kb, log).then(() => publishProfile(bot.api, kb, log));

  // The runner's own logging goes to console; watchGetUpdates logs fetch failures instead.
  const runner = run(bot, { runner: { fetch: { allowed_updates: ALLOWED_UPDATES }, silent: true } });
  try {
    await Promise.race([stopped, runner.task()]);
  } catch (error) {
    log.error(`Polling failed${hintFor(error)}:`, error);
    return 1;
  }
  if (runner.isRunning()) await runner.stop();
  await confirm(bot, fetched.lastUpdateId(), log);
  log.info("Stopped");
  return 0;
}

/**
 * Follows the runner's getUpdates calls: the highest update id it received, and failures (logged
 * once until fetching works again; the runner retries them with backoff).
 */
function watchGetUpdates(bot: Bot<BotContext>, log: Logger) {
  let lastUpdateId: number | undefined;
  let failing = false;
  const failed = (...why: unknown[]) => {
    if (!failing) log.warn("Fetching updates from Telegram failed; retrying:", ...why);
    failing = true;
  };
  bot.api.config.use(async (prev, method, payload, signal) => {
    if (method !== "getUpdates") return prev(method, payload, signal);
    try {
      const response = await prev(method, payload, signal);
      if (!response.ok) failed(response.description);
      else {
        for (const { update_id } of response.result as Update[])
          lastUpdateId = Math.max(update_id, lastUpdateId ?? update_id);
        if (failing) log.info("Fetching updates from Telegram works again");
        failing = false;
      }
      return response;
    } catch (error) {
      // Stopping aborts the pending long poll: that is not a failure.
      if (!signal?.aborted) failed(error);
      throw error;
    }
  });
  return { lastUpdateId: () => lastUpdateId };
}

/** Telegram forgets updates only when asked for the ones after them; the runner does not ask when stopping. */
async function confirm(bot: Bot<BotContext>, lastUpdateId: number | undefined, log: Logger): Promise<void> {
  if (lastUpdateId === undefined) return;
  try {
    await bot.api.getUpdates({ offset: lastUpdateId + 1, limit: 1, timeout: 0 });
  } catch (error) {
    log.warn("Stopping did not confirm the last update:", error);
  }
}
