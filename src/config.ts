/**
 * Every setting of the bot, read from the environment (and `.env`, when present) in one place
 * and checked with zod. All problems are reported at once, in plain words, and no secret is ever
 * echoed: a message names the variable and what is wrong with it, never its value.
 */
import { config as readDotEnv } from "dotenv";
import { z } from "zod";
import { LANGS, type Lang } from "./langs.js";
import { feedbackEnv, feedbackSettingsOf, type FeedbackSettings } from "./feedback/settings.js";
import { LOG_LEVELS, type LogLevel } from "./log.js";

export const BOT_MODES = ["polling", "webhook"] as const;
export type BotMode = (typeof BOT_MODES)[number];

/** Where the webhook server listens and what Telegram must send it. */
export interface WebhookConfig {
  host: string;
  /** 0 means "any free port" (tests); the server logs the one it got. */
  port: number;
  /** The path Telegram posts updates to, such as "/telegram". */
  path: string;
  /** Telegram sends it in X-Telegram-Bot-Api-Secret-Token; requests without it are refused. */
  secret: string;
  /** When set, the bot registers this URL with setWebhook at start. */
  url?: string;
}

/** A proxy for the Bot API: where blocked, api.telegram.org is often reachable only through one. */
export interface ProxyConfig {
  /** http://, https://, socks5:// or socks5h://, credentials included: never log it (see `proxyDescription`). */
  url: string;
  /** The variable it came from: TELEGRAM_PROXY, HTTPS_PROXY or ALL_PROXY (or their lower-case forms). */
  variable: string;
}

/** At most this many messages and button presses per person per window; the first excess one gets a notice. */
export interface RateLimitConfig {
  limit: number;
  windowMs: number;
}

interface CommonConfig {
  /** Another Bot API server (self-hosted, or an emulator in tests), without a trailing slash. */
  apiRoot?: string;
  /** How Bot API calls leave this machine; unset: directly. */
  proxy?: ProxyConfig;
  /** How long the start may try to reach the Bot API (getMe, setWebhook…) before it gives up. */
  connectTimeoutMs: number;
  /** Flood protection; unset (RATE_LIMIT=off): none. */
  rateLimit?: RateLimitConfig;
  /** Where per-user sessions (the /language choice) are kept on disk when there is no Redis. */
  sessionDir: string;
  /** Sessions go to this Redis instead of disk, so several instances share them. */
  redisUrl?: string;
  logLevel: LogLevel;
  /** The offline chat's language when a question does not tell; unset → the OS locale's, else en. */
  defaultLang?: Lang;
  /** FEEDBACK (on by default) and FEEDBACK_RETENTION_DAYS (90): see src/feedback/. */
  feedback: FeedbackSettings;
}

/** Without a token the bot runs offline in the terminal; with one, by polling or webhook. */
export type Config = CommonConfig &
  (
    | { mode: "offline" }
    | { mode: "polling"; botToken: string }
    | { mode: "webhook"; botToken: string; webhook: WebhookConfig }
  );

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
/** Telegram's rule for setWebhook's secret_token. */
const SECRET_SHAPE = /^[A-Za-z0-9_-]{1,256}$/;
const PATH_SHAPE = /^\/[A-Za-z0-9._~/-]*$/;
/** Served by the webhook server itself, so the webhook cannot live there. */
export const HEALTH_PATHS = ["/healthz", "/readyz"] as const;

/** `.env` lines like `BOT_TOKEN=` mean "not set", as does a variable holding only spaces. */
const unsetWhenBlank = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;
/** For lists of words: case and surrounding spaces do not matter. */
const normalizedWord = (value: unknown) =>
  typeof value === "string" ? unsetWhenBlank(value.trim().toLowerCase()) : value;

/** A string checked by `problemOf` (which never quotes the value) and turned into `T`. */
function checked<T>(problemOf: (value: string) => string | undefined, convert: (value: string) => T) {
  return z
    .string()
    .trim()
    .transform((value, ctx) => {
      const problem = problemOf(value);
      if (problem === undefined) return convert(value);
      ctx.addIssue({ code: "custom", message: problem });
      return z.NEVER;
    });
}

const botToken = z.string().regex(TOKEN_SHAPE, {
  error:
    "does not look like a token from @BotFather (digits, a colon, then letters, digits, - or _); " +
    "check for quotes, spaces or a missing part",
});

const apiRoot = checked(apiRootProblem, (value) => value.replace(/\/+$/, ""));

/** Why a Bot API root is unusable, or undefined when it is fine. */
function apiRootProblem(value: string): string | undefined {
  const url = parseUrl(value);
  if (!url) return "is not a URL; expected the server's root, such as http://127.0.0.1:8081";
  if (url.protocol !== "http:" && url.protocol !== "https:") return "must start with http:// or https://";
  if (url.search || url.hash) return "must not have a query (?…) or a fragment (#…)";
  if (/\/bot[^/]*\/?$/.test(url.pathname))
    return "must be the server's root: grammY adds /bot<token>/<method> itself, so leave that part out";
  return undefined;
}

const port = checked(
  (value) =>
    /^\d{1,5}$/.test(value) && Number(value) <= 65535
      ? undefined
      : "must be a port number from 1 to 65535 (or 0 for any free port)",
  Number,
);

const webhookPath = checked((value) => {
  if (!PATH_SHAPE.test(value))
    return "must be a path starting with / made of letters, digits, - _ . ~ and /, such as /telegram";
  if ((HEALTH_PATHS as readonly string[]).includes(value))
    return `must not be ${HEALTH_PATHS.join(" or ")}: the server answers health checks there`;
  return undefined;
}, String);

const webhookSecret = z.string().regex(SECRET_SHAPE, {
  error:
    "must be 1 to 256 characters, each a letter, a digit, _ or - (Telegram's rule); " +
    "generate one with `openssl rand -hex 32`",
});

const webhookUrl = checked((value) => {
  const url = parseUrl(value);
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:"))
    return "must be the public https:// address Telegram posts updates to, such as https://bot.example.org/telegram";
  if (url.hash) return "must not have a fragment (#…)";
  return undefined;
}, String);

const redisUrl = checked((value) => {
  const url = parseUrl(value);
  return url && (url.protocol === "redis:" || url.protocol === "rediss:") && url.hostname
    ? undefined
    : "must be a redis:// or rediss:// URL, such as redis://127.0.0.1:6379 or redis://:password@redis:6379/0";
}, String);

export const PROXY_PROTOCOLS = ["http:", "https:", "socks5:", "socks5h:"] as const;

/** Why a proxy URL is unusable, or undefined when it is fine. Never quotes the value (it may hold a password). */
function proxyProblem(value: string): string | undefined {
  const url = parseUrl(value);
  if (!url || !url.hostname)
    return "is not a URL; expected a proxy such as http://proxy:3128, socks5://127.0.0.1:1080 or http://user:password@proxy:8080";
  if (!(PROXY_PROTOCOLS as readonly string[]).includes(url.protocol))
    return "must start with http://, https://, socks5:// or socks5h://";
  return undefined;
}

const proxyUrl = checked(proxyProblem, String);

const connectTimeout = checked(
  (value) =>
    /^\d{1,3}$/.test(value) && Number(value) >= 1 && Number(value) <= 600
      ? undefined
      : "must be a number of seconds from 1 to 600",
  (value) => Number(value) * 1000,
);

const rateLimit = checked(
  (value) => {
    if (value.toLowerCase() === "off") return undefined;
    const match = /^(\d{1,4})\/(\d{1,5})s$/.exec(value);
    return match && Number(match[1]) >= 1 && Number(match[2]) >= 1
      ? undefined
      : "must be messages per seconds, such as 20/60s (20 messages a minute), or off";
  },
  (value): RateLimitConfig | undefined => {
    const match = /^(\d+)\/(\d+)s$/.exec(value);
    return match ? { limit: Number(match[1]), windowMs: Number(match[2]) * 1000 } : undefined;
  },
);

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetWhenBlank, schema.optional());

const envSchema = z.object({
  BOT_TOKEN: optional(botToken),
  BOT_MODE: z.preprocess(
    normalizedWord,
    z.enum(BOT_MODES, { error: `must be ${BOT_MODES.join(" or ")}` }).optional(),
  ),
  TELEGRAM_API_ROOT: optional(apiRoot),
  TELEGRAM_PROXY: optional(proxyUrl),
  TELEGRAM_CONNECT_TIMEOUT: optional(connectTimeout),
  PORT: optional(port),
  HOST: optional(z.string().trim()),
  WEBHOOK_PATH: optional(webhookPath),
  WEBHOOK_SECRET: optional(webhookSecret),
  WEBHOOK_URL: optional(webhookUrl),
  REDIS_URL: optional(redisUrl),
  RATE_LIMIT: optional(rateLimit),
  SESSION_DIR: z.preprocess(unsetWhenBlank, z.string().default(".sessions")),
  LOG_LEVEL: z.preprocess(
    normalizedWord,
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
  ),
  DEFAULT_LANG: z.preprocess(
    normalizedWord,
    z.enum(LANGS, { error: `must be one of ${LANGS.join(", ")}` }).optional(),
  ),
  ...feedbackEnv,
});

/** Every variable the bot reads (`.env.example` documents each). */
export const ENV_VARIABLES = Object.keys(envSchema.shape);

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = "0.0.0.0";
export const DEFAULT_WEBHOOK_PATH = "/telegram";
export const DEFAULT_CONNECT_TIMEOUT_MS = 30_000;
export const DEFAULT_RATE_LIMIT: RateLimitConfig = { limit: 20, windowMs: 60_000 };

/**
 * The conventional proxy variables, read when TELEGRAM_PROXY is not set (curl's order: the
 * lower-case form first). They are not in .env.example: they are usually set for the whole
 * machine, not for this bot.
 */
export const CONVENTIONAL_PROXY_VARIABLES = ["https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"] as const;
const NO_PROXY_VARIABLES = ["no_proxy", "NO_PROXY"] as const;
const TELEGRAM_API_HOST = "api.telegram.org";

/**
 * The proxy for the Bot API: TELEGRAM_PROXY always; else HTTPS_PROXY or ALL_PROXY, unless
 * NO_PROXY names the Bot API's host or the Bot API runs on this machine (a loopback
 * TELEGRAM_API_ROOT: a machine-wide proxy cannot reach it).
 */
function proxyFrom(
  env: NodeJS.ProcessEnv,
  explicit: string | undefined,
  apiRoot: string | undefined,
): ProxyConfig | undefined {
  if (explicit !== undefined) return { url: explicit, variable: "TELEGRAM_PROXY" };
  const variable = conventionalProxyVariable(env);
  if (variable === undefined) return undefined;
  const url = env[variable]!.trim();
  const host = apiRoot ? (parseUrl(apiRoot)?.hostname ?? "") : TELEGRAM_API_HOST;
  if (isLoopback(host) || bypassesProxy(host, env)) return undefined;
  return { url, variable };
}

/** The first conventional proxy variable set, when TELEGRAM_PROXY is not. */
function conventionalProxyVariable(env: NodeJS.ProcessEnv): string | undefined {
  if (unsetWhenBlank(env.TELEGRAM_PROXY) !== undefined) return undefined;
  return CONVENTIONAL_PROXY_VARIABLES.find((name) => unsetWhenBlank(env[name]) !== undefined);
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "[::1]" || host === "::1" || /^127\./.test(host);
}

/** NO_PROXY as curl reads it: `*`, or comma-separated hosts matching the host or a domain it is in. */
function bypassesProxy(host: string, env: NodeJS.ProcessEnv): boolean {
  const list = NO_PROXY_VARIABLES.map((name) => env[name]).find((value) => value?.trim());
  if (!list) return false;
  return list
    .split(/[\s,]+/)
    .map((entry) =>
      entry
        .replace(/^\*?\./, "")
        .replace(/:\d+$/, "")
        .toLowerCase(),
    )
    .some((entry) => entry === "*" || host === entry || host.endsWith(`.${entry}`));
}

/**
 * What one variable needs of the others. Checked on the raw values, so that these problems are
 * listed together with the ones zod finds in single variables.
 */
function dependencyProblems(env: NodeJS.ProcessEnv): ConfigProblem[] {
  const isSet = (name: string) => unsetWhenBlank(env[name]) !== undefined;
  const mode = normalizedWord(env.BOT_MODE);
  const problems: ConfigProblem[] = [];
  if ((BOT_MODES as readonly unknown[]).includes(mode) && !isSet("BOT_TOKEN"))
    problems.push({
      variable: "BOT_TOKEN",
      message: `is not set, but BOT_MODE=${String(mode)} needs it (leave both unset for the offline chat)`,
    });
  if (mode === "webhook" && !isSet("WEBHOOK_SECRET"))
    problems.push({
      variable: "WEBHOOK_SECRET",
      message:
        "is required when BOT_MODE=webhook: Telegram sends it with every update and the bot refuses " +
        "requests without it; generate one with `openssl rand -hex 32`",
    });
  const url = parseUrl(env.WEBHOOK_URL?.trim() ?? "");
  if (url?.protocol === "http:" && !isSet("TELEGRAM_API_ROOT"))
    problems.push({
      variable: "WEBHOOK_URL",
      message:
        "must start with https://: Telegram only posts to HTTPS webhooks (http:// works only with a " +
        "self-hosted Bot API server in TELEGRAM_API_ROOT)",
    });
  const proxyVariable = conventionalProxyVariable(env);
  const proxy = proxyVariable && proxyProblem(env[proxyVariable]!.trim());
  if (proxyVariable && proxy)
    problems.push({
      variable: proxyVariable,
      message: `${proxy} (the bot would send its Bot API calls through it; TELEGRAM_PROXY overrides it)`,
    });
  return problems;
}

/** Reads the environment into a typed config, or throws a ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  const problems = [
    ...(parsed.error?.issues.map((issue) => ({
      variable: String(issue.path[0] ?? "(environment)"),
      message: issue.message,
    })) ?? []),
    ...dependencyProblems(env),
  ];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);

  const vars = parsed.data;
  const proxy = proxyFrom(env, vars.TELEGRAM_PROXY, vars.TELEGRAM_API_ROOT);
  const common: CommonConfig = {
    apiRoot: vars.TELEGRAM_API_ROOT,
    proxy,
    connectTimeoutMs: vars.TELEGRAM_CONNECT_TIMEOUT ?? DEFAULT_CONNECT_TIMEOUT_MS,
    rateLimit:
      env.RATE_LIMIT?.trim().toLowerCase() === "off" ? undefined : (vars.RATE_LIMIT ?? DEFAULT_RATE_LIMIT),
    sessionDir: vars.SESSION_DIR,
    redisUrl: vars.REDIS_URL,
    logLevel: vars.LOG_LEVEL,
    defaultLang: vars.DEFAULT_LANG,
    feedback: feedbackSettingsOf(vars),
  };
  const token = vars.BOT_TOKEN;
  if (token === undefined) return { ...common, mode: "offline" };
  if (vars.BOT_MODE !== "webhook") return { ...common, mode: "polling", botToken: token };
  const webhook: WebhookConfig = {
    host: vars.HOST ?? DEFAULT_HOST,
    port: vars.PORT ?? DEFAULT_PORT,
    path: vars.WEBHOOK_PATH ?? DEFAULT_WEBHOOK_PATH,
    // dependencyProblems made sure it is set.
    secret: vars.WEBHOOK_SECRET ?? "",
    url: vars.WEBHOOK_URL,
  };
  return { ...common, mode: "webhook", botToken: token, webhook };
}

/** Every value in the config that must never reach a log: the token, the secret, a Redis password. */
export function secretsOf(config: Config): string[] {
  const secrets: string[] = [];
  if (config.mode !== "offline") secrets.push(config.botToken);
  if (config.mode === "webhook") secrets.push(config.webhook.secret);
  for (const url of [config.redisUrl, config.proxy?.url]) {
    const password = url ? parseUrl(url)?.password : undefined;
    if (password) secrets.push(password, decoded(password));
  }
  return secrets;
}

/** A proxy URL for the log: scheme, host and port, never the user name or password. */
export function proxyDescription(proxy: ProxyConfig): string {
  const url = parseUrl(proxy.url);
  return url ? `${url.protocol}//${url.host} (${proxy.variable})` : proxy.variable;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
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
