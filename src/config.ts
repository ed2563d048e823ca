/**
 * Every setting of the bot, read from the environment (and `.env`, when present) in one place
 * and checked with zod. All problems are reported at once, in plain words, and the bot token is
 * never echoed: a message names the variable and what is wrong with it, not its value.
 */
import { config as readDotEnv } from "dotenv";
import { z } from "zod";
import { LANGS, type Lang } from "./langs.js";
import { LOG_LEVELS, type LogLevel } from "./log.js";

export interface Config {
  /** From @BotFather; absent → the bot runs offline in the terminal. */
  botToken?: string;
  /** Another Bot API server (self-hosted, or an emulator in tests), without a trailing slash. */
  apiRoot?: string;
  /** Where per-user sessions (the /language choice) are kept on disk. */
  sessionDir: string;
  logLevel: LogLevel;
  /** The offline chat's language when a question does not tell; unset → the OS locale's, else en. */
  defaultLang?: Lang;
}

/** One variable and what is wrong with it. */
export interface ConfigProblem {
  variable: string;
  message: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(
      `The configuration has ${problems.length} problem(s) (set in the environment or in .env):\n` +
        problems.map(({ variable, message }) => `  ${variable} ${message}`).join("\n"),
    );
    this.name = "ConfigError";
  }
}

/** Digits (the bot's id), a colon, then the secret: what @BotFather hands out. */
const TOKEN_SHAPE = /^\d+:[\w-]+$/;

/** `.env` lines like `BOT_TOKEN=` mean "not set", as does a variable holding only spaces. */
const unsetWhenBlank = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const botToken = z
  .string()
  .regex(TOKEN_SHAPE, {
    error:
      "does not look like a token from @BotFather (digits, a colon, then letters, digits, - or _); " +
      "check for quotes, spaces or a missing part",
  })
  .optional();

const apiRoot = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const problem = apiRootProblem(value);
    if (problem) {
      ctx.addIssue({ code: "custom", message: problem });
      return z.NEVER;
    }
    return value.replace(/\/+$/, "");
  })
  .optional();

/** Why a Bot API root is unusable, or undefined when it is fine. Never quotes the value. */
function apiRootProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "is not a URL; expected the server's root, such as http://127.0.0.1:8081";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "must start with http:// or https://";
  if (url.search || url.hash) return "must not have a query (?…) or a fragment (#…)";
  if (/\/bot[^/]*\/?$/.test(url.pathname))
    return "must be the server's root: grammY adds /bot<token>/<method> itself, so leave that part out";
  return undefined;
}

const envSchema = z.object({
  BOT_TOKEN: z.preprocess(unsetWhenBlank, botToken),
  TELEGRAM_API_ROOT: z.preprocess(unsetWhenBlank, apiRoot),
  SESSION_DIR: z.preprocess(unsetWhenBlank, z.string().default(".sessions")),
  LOG_LEVEL: z.preprocess(
    (value) => (typeof value === "string" ? unsetWhenBlank(value.trim().toLowerCase()) : value),
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
  ),
  DEFAULT_LANG: z.preprocess(
    (value) => (typeof value === "string" ? unsetWhenBlank(value.trim().toLowerCase()) : value),
    z.enum(LANGS, { error: `must be one of ${LANGS.join(", ")}` }).optional(),
  ),
});

/** Reads the environment into a typed config, or throws a ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success)
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? "(environment)"),
        message: issue.message,
      })),
    );
  const { BOT_TOKEN, TELEGRAM_API_ROOT, SESSION_DIR, LOG_LEVEL, DEFAULT_LANG } = parsed.data;
  return {
    botToken: BOT_TOKEN,
    apiRoot: TELEGRAM_API_ROOT,
    sessionDir: SESSION_DIR,
    logLevel: LOG_LEVEL,
    defaultLang: DEFAULT_LANG,
  };
}

/**
 * Adds the variables of `.env` in the working folder to `process.env`, without overriding
 * what the environment already sets. A missing file is fine; an unreadable one is reported.
 */
export function loadDotEnv(path = ".env"): void {
  const { error } = readDotEnv({ path, quiet: true });
  if (error && (error as NodeJS.ErrnoException).code !== "ENOENT")
    throw new ConfigError([{ variable: path, message: `could not be read: ${error.message}` }]);
}
