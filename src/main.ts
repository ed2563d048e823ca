/**
 * `npm start`: checks the configuration and the knowledge base, then runs the bot on Telegram
 * (BOT_MODE=polling, the default with BOT_TOKEN, or webhook) or as an offline chat in this
 * terminal (without BOT_TOKEN). Anything wrong at start-up stops here with one clear message and
 * exit code 1: never a half-working bot.
 */
import { createBot, type BotDeps } from "./bot/index.js";
import { runOfflineChat, offlineLang } from "./cli/chat.js";
import { OFFLINE_BOT_INFO } from "./cli/offline-telegram.js";
import { ConfigError, loadConfig, loadDotEnv, proxyDescription, secretsOf, type Config } from "./config.js";
import { formatProblem, KnowledgeBaseError, loadKnowledgeBase } from "./kb/load.js";
import { openRecorder } from "./feedback/open.js";
import { createLogger, redactor, type Logger } from "./log.js";
import { createAnswerer } from "./search/index.js";
import { runPolling } from "./server/polling.js";
import { proxyAgent } from "./server/proxy.js";
import { StartupError } from "./server/startup-error.js";
import { openSessionStore } from "./server/storage.js";
import { runWebhook } from "./server/webhook.js";

/** Filled once the configuration is read: the last-resort error message must not print them either. */
let secrets: string[] = [];

async function main(): Promise<number> {
  const config = readConfig();
  secrets = secretsOf(config);
  const logger = createLogger(config.logLevel, { secrets });
  const kb = readKnowledgeBase();
  logger.debug(`Knowledge base: ${kb.facts.length} facts, ${kb.sources.length} sources`);
  const deps = { kb, answerer: createAnswerer(kb), log: logger };
  return config.mode === "offline" ? runOffline(config, deps, logger) : runOnTelegram(config, deps, logger);
}

function readConfig(): Config {
  try {
    loadDotEnv();
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) throw new StartupError(error.message);
    throw error;
  }
}

function readKnowledgeBase() {
  try {
    return loadKnowledgeBase();
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) throw error;
    throw new StartupError(
      `the knowledge base has ${error.problems.length} problem(s); fix these files ` +
        `(\`npm run kb:check\` lists them again):\n` +
        error.problems.map((problem) => `  ${formatProblem(problem)}`).join("\n"),
    );
  }
}

async function runOnTelegram(
  config: Exclude<Config, { mode: "offline" }>,
  deps: BotDeps & { log: Logger },
  logger: Logger,
): Promise<number> {
  const store = await openSessionStore({
    redisUrl: config.redisUrl,
    sessionDir: config.sessionDir,
    log: logger,
  });
  logger.info(`Sessions: ${store.description}`);
  if (config.proxy) logger.info(`Bot API calls go through the proxy ${proxyDescription(config.proxy)}`);
  const redis = store.sessions.kind === "redis" ? store.sessions.client : undefined;
  // Questions and votes, in the same place as the sessions (none with FEEDBACK=off).
  const feedback = openRecorder(config.feedback, { sessionDir: config.sessionDir, redis }, logger);
  logger.info(
    config.feedback.enabled
      ? `Feedback: recorded for ${config.feedback.retentionDays} days, without who asked (FEEDBACK=off to stop)`
      : "Feedback: off, nothing is recorded",
  );
  try {
    const bot = createBot(
      {
        token: config.botToken,
        apiRoot: config.apiRoot,
        sessions: store.sessions,
        agent: config.proxy && (await proxyAgent(config.proxy)),
        // Counted where the sessions are: in Redis, every instance counts a person once.
        rateLimit: config.rateLimit && { ...config.rateLimit, redis },
      },
      { ...deps, feedback },
    );
    const common = {
      kb: deps.kb,
      log: logger,
      apiRoot: config.apiRoot,
      proxy: config.proxy,
      connectTimeoutMs: config.connectTimeoutMs,
    };
    return config.mode === "webhook"
      ? await runWebhook(bot, { ...common, webhook: config.webhook, store })
      : await runPolling(bot, common);
  } finally {
    // What is still queued is written before Redis closes.
    await feedback.close();
    await store.close();
  }
}

async function runOffline(config: Config, deps: BotDeps, logger: Logger): Promise<number> {
  logger.info("No BOT_TOKEN: starting the offline chat (set BOT_TOKEN to run on Telegram)");
  // Memory sessions: the offline person is made up, so their /language choice must never land
  // in SESSION_DIR next to (or over) a real Telegram user's; it also keeps scripted runs repeatable.
  const bot = createBot({ token: "offline", sessions: { kind: "memory" }, botInfo: OFFLINE_BOT_INFO }, deps);
  await runOfflineChat({
    bot,
    lang: offlineLang(config.defaultLang),
    input: process.stdin,
    output: process.stdout,
    interactive: process.stdin.isTTY === true,
    logger,
  });
  return 0;
}

function exit(code: number): void {
  // Let what is still buffered for a pipe reach it before the process ends.
  process.stdout.write("", () => process.exit(code));
}

main().then(exit, (error: unknown) => {
  // A person reads this, not a developer: the stack only when asked for with LOG_LEVEL=debug.
  const detailed = process.env.LOG_LEVEL?.toLowerCase() === "debug" && error instanceof Error;
  const message = error instanceof Error ? (detailed && error.stack) || error.message : String(error);
  process.stderr.write(
    redactor(secrets)(
      `${error instanceof StartupError ? "Cannot start" : "Stopped on an error"}: ${message}\n`,
    ),
  );
  exit(1);
});
