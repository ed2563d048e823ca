/**
 * The session storage the bot runs on, with what a server needs to know about it: whether it
 * answers (readiness, and whether to take updates at all) and how to close it. Files on disk by
 * default; Redis when REDIS_URL is set, so that every instance of the bot sees the same settings.
 *
 * Redis faults: each command fails within seconds (a timeout and one retry), never hanging an
 * update; the connection is retried with backoff for as long as the bot runs; losing it and
 * getting it back are logged once each. An update whose session cannot be read fails instead of
 * running with an empty one, so a stored /language choice is never overwritten by a blank.
 */
import { constants } from "node:fs";
import { access, readdir, unlink } from "node:fs/promises";
import { join } from "node:path";
import type { Redis, RedisOptions } from "ioredis";
import type { SessionStorageConfig } from "../bot/index.js";
import { INTERRUPTED_WRITE } from "../bot/sessions.js";
import type { Logger } from "../log.js";
import { StartupError } from "./startup-error.js";

export interface SessionStore {
  /** For `createBot`. */
  readonly sessions: SessionStorageConfig;
  /** Where the sessions are, for the log: never a password. */
  readonly description: string;
  /** Cheap: false while Redis is disconnected. */
  isConnected(): boolean;
  /** Why sessions cannot be read and written right now; undefined when they can. */
  problem(): Promise<string | undefined>;
  close(): Promise<void>;
}

export interface SessionStoreOptions {
  /** Redis when set, else files in `sessionDir`. */
  redisUrl?: string;
  sessionDir: string;
  log: Logger;
  /** How long the start waits for Redis to answer (a container may start before its Redis). */
  connectDeadlineMs?: number;
}

const CONNECT_DEADLINE_MS = 15_000;

const REDIS_OPTIONS: RedisOptions = {
  connectTimeout: 5_000,
  commandTimeout: 2_000,
  maxRetriesPerRequest: 1,
  // Reconnect for as long as the bot runs, at most every 5 s: Redis restarts must not need a bot restart.
  retryStrategy: (attempt) => Math.min(100 * 2 ** attempt, 5_000),
};

export async function openSessionStore(options: SessionStoreOptions): Promise<SessionStore> {
  return options.redisUrl
    ? openRedis(options.redisUrl, options.log, options.connectDeadlineMs ?? CONNECT_DEADLINE_MS)
    : fileStore(options.sessionDir, options.log);
}

async function fileStore(dir: string, log: Logger): Promise<SessionStore> {
  const removed = await removeInterruptedWrites(dir);
  if (removed > 0)
    log.info(`Sessions: removed ${removed} temporary file(s) of writes interrupted by a crash`);
  return {
    sessions: { kind: "file", dir },
    description: `files under ${dir}`,
    isConnected: () => true,
    problem: () =>
      access(dir, constants.W_OK).then(
        () => undefined,
        (error: NodeJS.ErrnoException) => `the session folder cannot be written (${error.code})`,
      ),
    close: () => Promise.resolve(),
  };
}

async function openRedis(url: string, log: Logger, deadlineMs: number): Promise<SessionStore> {
  const where = redisAddress(url);
  // Imported only when used: ioredis is some 8 MB of memory that a bot with file sessions never needs.
  const { Redis } = await import("ioredis");
  const client = new Redis(url, REDIS_OPTIONS);
  let lastError: Error | undefined;
  let reported = false;
  // ioredis emits an error for every failed attempt; the log gets one line per outage.
  client.on("error", (error: Error) => {
    lastError = error;
    if (reported) return;
    reported = true;
    log.warn(`Redis at ${where} does not answer (${error.message}); sessions wait for it, retrying`);
  });
  client.on("ready", () => {
    if (reported) log.info(`Redis at ${where} answers again`);
    reported = false;
  });

  if (!(await readyWithin(client, deadlineMs))) {
    client.disconnect();
    throw new StartupError(
      `REDIS_URL: Redis at ${where} did not answer within ${deadlineMs / 1000} s` +
        (lastError ? ` (${lastError.message})` : ""),
    );
  }
  return {
    sessions: { kind: "redis", client },
    description: `Redis at ${where}`,
    isConnected: () => client.status === "ready",
    problem: async () => {
      if (client.status !== "ready") return `Redis is not connected (${client.status})`;
      try {
        await client.ping();
        return undefined;
      } catch (error) {
        return `Redis did not answer PING (${(error as Error).message})`;
      }
    },
    close: async () => {
      // QUIT lets commands in flight finish; without a connection there is nothing to wait for.
      if (client.status === "ready") await client.quit().catch(() => client.disconnect());
      else client.disconnect();
    },
  };
}

/** Temporary files of session writes that a killed process left behind; the sessions themselves are whole. */
async function removeInterruptedWrites(dir: string): Promise<number> {
  let removed = 0;
  const folders = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const folder of folders) {
    if (!folder.isDirectory()) continue;
    const path = join(dir, folder.name);
    for (const name of await readdir(path).catch(() => [] as string[]))
      if (INTERRUPTED_WRITE.test(name))
        removed += await unlink(join(path, name)).then(
          () => 1,
          () => 0,
        );
  }
  return removed;
}

function readyWithin(client: Redis, ms: number): Promise<boolean> {
  if (client.status === "ready") return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    client.once("ready", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** host:port (and /db), without the password a Redis URL may carry. */
function redisAddress(url: string): string {
  const { hostname, port, pathname } = new URL(url);
  return `${hostname}:${port || 6379}${pathname.length > 1 ? pathname : ""}`;
}
