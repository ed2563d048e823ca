/** The bot started as `npm start` starts it, in webhook mode: one process per instance. */
import { startMain, type MainProcess } from "../support/main-process.js";

export interface Instance {
  process: MainProcess;
  /** http://127.0.0.1:<port>/telegram */
  webhookUrl: string;
}

export interface WebhookSettings {
  token: string;
  secret: string;
  apiRoot: string;
  redisUrl: string;
  webhookUrl?: string;
}

/**
 * The environment of a webhook instance on a free port of 127.0.0.1. Every variable of
 * .env.example is given, so that a developer's own .env cannot change the test.
 */
export function webhookEnv(settings: WebhookSettings): Record<string, string> {
  return {
    BOT_TOKEN: settings.token,
    BOT_MODE: "webhook",
    TELEGRAM_API_ROOT: settings.apiRoot,
    HOST: "127.0.0.1",
    PORT: "0",
    WEBHOOK_PATH: "/telegram",
    WEBHOOK_SECRET: settings.secret,
    WEBHOOK_URL: settings.webhookUrl ?? "",
    REDIS_URL: settings.redisUrl,
    SESSION_DIR: "",
    LOG_LEVEL: "info",
    DEFAULT_LANG: "",
  };
}

/**
 * Starts `npx tsx src/main.ts` in webhook mode and waits until it listens. An instance that never
 * does is stopped before the error goes on: no test leaves a process behind.
 */
export async function startWebhookInstance(settings: WebhookSettings): Promise<Instance> {
  const process = startMain(webhookEnv(settings));
  try {
    const [, port] = await process.waitFor("stderr", /listening on http:\/\/127\.0\.0\.1:(\d+)\/telegram/);
    return { process, webhookUrl: `http://127.0.0.1:${port}/telegram` };
  } catch (error) {
    await process.stop();
    throw error;
  }
}
