/**
 * `npm start`: checks the configuration and the knowledge base, then runs the bot on Telegram by
 * long polling (with BOT_TOKEN) or as an offline chat in this terminal (without). Anything wrong
 * at start-up stops here with one clear message and exit code 1: never a half-working bot.
 */
import { createBot, registerCommands, type BotDeps } from "./bot/index.js";
import { runOfflineChat, offlineLang } from "./cli/chat.js";
import { OFFLINE_BOT_INFO } from "./cli/offline-telegram.js";
import { ConfigError, loadConfig, loadDotEnv, type Config } from "./config.js";
import { formatProblem, KnowledgeBaseError, loadKnowledgeBase } from "./kb/load.js";
import { createLogger, type Logger } from "./log.js";
import { createAnswerer } from "./search/index.js";

/** The updates the bot handles; Telegram sends no others, which saves traffic. */
const ALLOWED_UPDATES = ["message", "callback_query", "inline_query"] as const;

/** How long a stop may take (finishing the updates in hand) before the process gives up on it. */
const STOP_DEADLINE_MS = 10_000;

class StartupError extends Error {}

async function main(): Promise<number> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  const kb = readKnowledgeBase();
  logger.debug(`Knowledge base: ${kb.facts.length} facts, ${kb.sources.length} sources`);
  const deps: BotDeps = { kb, answerer: createAnswerer(kb), log: logger };
  return config.botToken
    ? runPolling(config.botToken, config, deps, logger)
    : runOffline(config, deps, logger);
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

async function runPolling(token: string, config: Config, deps: BotDeps, logger: Logger): Promise<number> {
  const bot = createBot(
    { token, apiRoot: config.apiRoot, sessions: { kind: "file", dir: config.sessionDir } },
    deps,
  );
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    // `npm start` and tsx pass a Ctrl-C on to this process as well: the first signal is enough.
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: finishing the updates in hand, then stopping`);
    setTimeout(() => {
      logger.error(`Did not stop within ${STOP_DEADLINE_MS / 1000} s; exiting anyway`);
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    bot.stop().catch((error: unknown) => logger.warn("Stopping did not confirm the last update:", error));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  try {
    await bot.start({
      drop_pending_updates: false,
      allowed_updates: ALLOWED_UPDATES,
      onStart: (me) => {
        logger.info(`Polling as @${me.username}${config.apiRoot ? ` via ${config.apiRoot}` : ""}`);
        // In the background: a slow or failing setMyCommands must not hold up the answers.
        void registerCommands(bot.api, deps.kb, logger);
      },
    });
  } catch (error) {
    if (stopping) return 0; // stopped while still connecting
    logger.error(`Polling failed${hintFor(error)}:`, error);
    return 1;
  }
  logger.info("Stopped");
  return 0;
}

/** What to check when Telegram refuses to let the bot poll. */
function hintFor(error: unknown): string {
  const code = (error as { error_code?: unknown }).error_code;
  if (code === 401 || code === 404) return " (Telegram did not accept BOT_TOKEN: check it with @BotFather)";
  if (code === 409) return " (another copy of the bot is polling, or a webhook is set)";
  return "";
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
    `${error instanceof StartupError ? "Cannot start" : "Stopped on an error"}: ${message}\n`,
  );
  exit(1);
});
