/**
 * Webhook mode: the HTTP server of webhook-server.ts on HOST:PORT, optionally registered with
 * Telegram (setWebhook with the secret and the allowed updates) when WEBHOOK_URL is set. A bot
 * whose webhook cannot be set receives nothing, so that failure stops the start (exit code 1).
 * On SIGINT or SIGTERM: stop accepting connections, answer the requests in hand, then return.
 * The webhook stays registered, so Telegram keeps the updates for the next start or instance.
 */
import type { Bot } from "grammy";
import { registerCommands, type BotContext } from "../bot/index.js";
import { checkInlineMode, publishProfile } from "../bot/profile.js";
import type { ProxyConfig, WebhookConfig } from "../config.js";
import type { KnowledgeBase } from "../kb/types.js";
import type { Logger } from "../log.js";
import { stopSignal } from "./signals.js";
import { StartupError } from "./startup-error.js";
import type { SessionStore } from "./storage.js";
import {
  ALLOWED_UPDATES,
  apiSignal,
  boundStartupCalls,
  connect,
  errorText,
  startupCall,
  StoppedDuringStartup,
} from "./telegram.js";
import { createWebhookServer, type WebhookServer } from "./webhook-server.js";

export interface WebhookOptions {
  webhook: WebhookConfig;
  kb: KnowledgeBase;
  store: SessionStore;
  log: Logger;
  apiRoot?: string;
  proxy?: ProxyConfig;
  /** How long each Bot API call of the start may keep trying (TELEGRAM_CONNECT_TIMEOUT). */
  connectTimeoutMs: number;
}

/**
 * The webhook server for this bot: updates only while the session storage is connected; ready
 * when the knowledge base is loaded and the session storage answers.
 */
export function botWebhookServer(
  bot: Bot<BotContext>,
  { webhook, kb, store, log }: Pick<WebhookOptions, "webhook" | "kb" | "store" | "log">,
): WebhookServer {
  return createWebhookServer({
    bot,
    path: webhook.path,
    secret: webhook.secret,
    log,
    canHandleUpdates: () => store.isConnected(),
    readiness: {
      knowledgeBase: () => (kb.facts.length > 0 ? undefined : "no facts loaded"),
      sessions: () => store.problem(),
    },
  });
}

/** Serves until stopped by a signal; resolves with the exit code. */
export async function runWebhook(
  bot: Bot<BotContext>,
  { webhook, kb, store, log, apiRoot, proxy, connectTimeoutMs }: WebhookOptions,
): Promise<number> {
  const { stopped, startup, started } = stopSignal(log);
  const startupOptions = { apiRoot, proxy, deadlineMs: connectTimeoutMs, signal: startup, log };
  try {
    await connect(bot, startupOptions);
  } catch (error) {
    if (!(error instanceof StoppedDuringStartup)) throw error;
    log.info("Stopped before the start was complete");
    return 0;
  }
  const server = botWebhookServer(bot, { webhook, kb, store, log });
  const address = await server.listen(webhook.port, webhook.host).catch((error: unknown) => {
    throw new StartupError(
      `cannot listen on HOST ${webhook.host}, PORT ${webhook.port}: ${errorText(error)}`,
    );
  });
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  log.info(
    `Webhook server listening on http://${host}:${address.port}${webhook.path} as @${bot.botInfo.username}`,
  );

  if (webhook.url) {
    const url = webhook.url;
    try {
      await startupCall(
        "setWebhook",
        "setWebhook failed",
        (signal) =>
          bot.api.setWebhook(
            url,
            { secret_token: webhook.secret, allowed_updates: ALLOWED_UPDATES },
            apiSignal(signal),
          ),
        startupOptions,
      );
    } catch (error) {
      await server.close();
      if (error instanceof StoppedDuringStartup) {
        log.info("Stopped before the start was complete");
        return 0;
      }
      throw new StartupError(
        `${errorText(error)}. Without its webhook the bot receives nothing: check WEBHOOK_URL ` +
          "(public, https, port 443, 80, 88 or 8443)",
      );
    }
    log.info(`Webhook registered with Telegram at ${new URL(webhook.url).origin}`);
  }
  started();
  checkInlineMode(bot, log);
  boundStartupCalls(bot, connectTimeoutMs);
  void registerCommands(bot.api, kb, log).then(() => publishProfile(bot.api, kb, log));

  await stopped;
  await server.close();
  log.info("Stopped");
  return 0;
}
