/**
 * What polling and webhook mode share: the updates asked for, and the Bot API calls of the start
 * (getMe, deleteWebhook, setWebhook), each bounded: a few attempts within TELEGRAM_CONNECT_TIMEOUT
 * (30 s by default), then one message naming the Bot API root and what to check, and exit code 1.
 * grammY's own `bot.init()` retries getMe without a bound, so a bot whose Bot API is unreachable
 * (blocked, no network, a proxy missing) used to hang silently; a server that accepts the
 * connection and never answers hung it for grammY's 500 s request timeout.
 */
import { GrammyError, HttpError, type Bot } from "grammy";
import type { BotContext } from "../bot/index.js";
import { proxyDescription, type ProxyConfig } from "../config.js";
import type { Logger } from "../log.js";
import { StartupError } from "./startup-error.js";

/** The updates the bot handles; Telegram sends no others, which saves traffic. */
export const ALLOWED_UPDATES = ["message", "callback_query", "inline_query"] as const;

/** Telegram's own server, for messages when TELEGRAM_API_ROOT is not set. */
export const TELEGRAM_API_ROOT = "https://api.telegram.org";

export interface StartupOptions {
  /** TELEGRAM_API_ROOT, for the messages. */
  apiRoot?: string;
  proxy?: ProxyConfig;
  /** How long one start-up call may keep trying. */
  deadlineMs: number;
  /** Aborted by SIGINT or SIGTERM during the start: the call ends at once with `StoppedDuringStartup`. */
  signal: AbortSignal;
  log: Logger;
}

/** grammY types its signals with the abort-controller package's class; Node's own works the same. */
export type ApiSignal = NonNullable<Parameters<Bot<BotContext>["api"]["getMe"]>[0]>;
export const apiSignal = (signal: AbortSignal): ApiSignal => signal as unknown as ApiSignal;

/** A signal arrived while the bot was starting: not an error, the caller returns 0. */
export class StoppedDuringStartup extends Error {
  override name = "StoppedDuringStartup";
}

/** One attempt may take at most this share of the deadline (but at least 5 s), so a mute server gets several. */
const ATTEMPTS_PER_DEADLINE = 3;
const MIN_ATTEMPT_MS = 5_000;
/** Pauses between attempts: 1 s, 2 s, 4 s, then every 5 s. */
const FIRST_PAUSE_MS = 1_000;
const MAX_PAUSE_MS = 5_000;

/**
 * Asks Telegram who the bot is (getMe), so that a wrong token or an unreachable Bot API server
 * stops the start with one clear message instead of failing at the first update.
 */
export async function connect(bot: Bot<BotContext>, options: StartupOptions): Promise<void> {
  const refused = `could not connect to ${options.apiRoot ?? "Telegram"}`;
  bot.botInfo = await startupCall("getMe", refused, (signal) => bot.api.getMe(apiSignal(signal)), options);
}

/**
 * Runs one Bot API call of the start (`method`, for the messages): retried while the network fails (refused, reset, timed
 * out, a proxy's error page) or Telegram answers 5xx or 429, until `deadlineMs`; a refusal
 * (wrong token, 409 Conflict…) fails at once, with what to check. Each attempt is bounded on its
 * own, and abandoned at once when the deadline or a signal comes, whatever grammY's retries
 * inside are doing.
 */
export async function startupCall<T>(
  method: string,
  /** Begins the message when Telegram refuses the call, e.g. "setWebhook failed". */
  refused: string,
  call: (signal: AbortSignal) => Promise<T>,
  { apiRoot, proxy, deadlineMs, signal, log }: StartupOptions,
): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  const attemptMs = Math.max(MIN_ATTEMPT_MS, deadlineMs / ATTEMPTS_PER_DEADLINE);
  let lastError: unknown;
  let attempts = 0;
  for (;;) {
    if (signal.aborted) throw new StoppedDuringStartup(method);
    const remaining = deadline - Date.now();
    if (remaining <= 0) break;
    // A controller and timer of our own: Node 20's AbortSignal.any/timeout pair can be collected
    // before it fires, which left a call to a mute server hanging.
    const attempt = new AbortController();
    const abortAttempt = () => attempt.abort(signal.reason);
    signal.addEventListener("abort", abortAttempt, { once: true });
    const timer = setTimeout(
      () =>
        attempt.abort(
          new AttemptTimeout(`no answer within ${Math.round(Math.min(remaining, attemptMs) / 1000)} s`),
        ),
      Math.min(remaining, attemptMs),
    );
    attempts++;
    try {
      return await untilAborted(call(attempt.signal), attempt.signal);
    } catch (error) {
      if (signal.aborted) throw new StoppedDuringStartup(method);
      if (!retryable(error)) throw new StartupError(`${refused}${hintFor(error)}: ${errorText(error)}`);
      const failure = attempt.signal.aborted ? (attempt.signal.reason as Error) : error;
      // A refused connection says more than the deadline cutting the next attempt short.
      if (!(failure instanceof AttemptTimeout && lastError instanceof HttpError)) lastError = failure;
      if (attempts === 1)
        log.warn(`${method} at ${apiRoot ?? TELEGRAM_API_ROOT} failed (${errorText(failure)}); retrying`);
    } finally {
      clearTimeout(timer);
      signal.removeEventListener("abort", abortAttempt);
    }
    const pause = Math.min(FIRST_PAUSE_MS * 2 ** (attempts - 1), MAX_PAUSE_MS, deadline - Date.now());
    if (pause > 0) await sleep(pause, signal);
  }
  throw new StartupError(unreachable(method, attempts, deadlineMs, lastError, apiRoot, proxy));
}

/** The message for a Bot API that never answered: where, how long, what it said, what to check. */
function unreachable(
  method: string,
  attempts: number,
  deadlineMs: number,
  lastError: unknown,
  apiRoot: string | undefined,
  proxy: ProxyConfig | undefined,
): string {
  const where = apiRoot ?? TELEGRAM_API_ROOT;
  const via = proxy ? ` through the proxy ${proxyDescription(proxy)}` : "";
  const check = proxy
    ? `check that the proxy is up and lets this machine reach ${where}`
    : apiRoot
      ? "check that this Bot API server runs and that TELEGRAM_API_ROOT is its address"
      : "check this machine's network, DNS and firewall; where api.telegram.org is blocked, set " +
        "TELEGRAM_PROXY (http://, https:// or socks5://)";
  return (
    `could not reach the Bot API at ${where}${via}: ${method} got no answer in ${attempts} attempt(s) ` +
    `within ${deadlineMs / 1000} s (TELEGRAM_CONNECT_TIMEOUT); the last error: ${errorText(lastError)}. ` +
    `To fix: ${check}`
  );
}

/** One attempt of a start-up call took too long. */
class AttemptTimeout extends Error {
  override name = "AttemptTimeout";
}

/** Network failures, Telegram's 5xx and flood waits are worth another attempt; a refusal is not. */
function retryable(error: unknown): boolean {
  if (error instanceof GrammyError) return error.error_code >= 500 || error.error_code === 429;
  return error instanceof HttpError || error instanceof AttemptTimeout;
}

/** `promise`, or a rejection as soon as `signal` aborts (with its reason). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    void promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}

/** The calls the bot makes once at start, in the background: menu and profile. */
const BACKGROUND_STARTUP_METHODS = new Set([
  "setMyCommands",
  "getMyDescription",
  "setMyDescription",
  "getMyShortDescription",
  "setMyShortDescription",
]);

/**
 * Bounds the background calls of the start (command menu, profile) to `deadlineMs` each, where
 * grammY would wait up to 500 s for a server that does not answer: they only log a failure.
 */
export function boundStartupCalls(bot: Bot<BotContext>, deadlineMs: number): void {
  bot.api.config.use((prev, method, payload, signal) =>
    BACKGROUND_STARTUP_METHODS.has(method)
      ? prev(method, payload, signal ?? apiSignal(AbortSignal.timeout(deadlineMs)))
      : prev(method, payload, signal),
  );
}

/** What to check when Telegram refuses the bot. */
export function hintFor(error: unknown): string {
  const code = (error as { error_code?: unknown }).error_code;
  if (code === 401 || code === 404) return " (Telegram did not accept BOT_TOKEN: check it with @BotFather)";
  if (code === 409) return " (another copy of the bot is polling, or a webhook is set)";
  return "";
}

/** The error and, for a network failure, what the network said (grammY's HttpError keeps it in `error`). */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { error?: unknown }).error ?? error.cause;
  return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}
