import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { FileAdapter } from "@grammyjs/storage-file";
import { RedisAdapter } from "@grammyjs/storage-redis";
import { MemorySessionStorage, session, type Context, type Middleware, type StorageAdapter } from "grammy";
import type { Redis } from "ioredis";
import writeFileAtomic from "write-file-atomic";
import { isLang } from "../langs.js";
import type { BotContext, SessionData } from "./context.js";
import type { BotLogger } from "./errors.js";

/**
 * Where sessions live: files on disk (survive restarts), Redis (survive restarts and are shared
 * by every instance of the bot), or memory (tests, offline runs).
 */
export type SessionStorageConfig =
  { kind: "file"; dir: string } | { kind: "redis"; client: Redis } | { kind: "memory" };

/** Keys in Redis are `session:<user id>`, apart from anything else kept in the same database. */
export const REDIS_KEY_PREFIX = "session:";

/** Sessions are kept per person, not per chat, so a /language choice also applies in inline mode. */
export const sessionKey = (ctx: Context): string | undefined => ctx.from?.id.toString();

/**
 * Updates with the same key are handled one after another (grammY runner's `sequentialize`):
 * the person's, so two of their updates never read and write the session at once; without a
 * sender, the chat's.
 */
export const sequenceKey = (ctx: Context): string | undefined => sessionKey(ctx) ?? ctx.chat?.id.toString();

export function sessions(config: SessionStorageConfig, log: BotLogger): Middleware<BotContext> {
  return session<SessionData, BotContext>({
    initial: () => ({}),
    getSessionKey: sessionKey,
    prefix: config.kind === "redis" ? REDIS_KEY_PREFIX : undefined,
    storage: storageFor(config, log),
  });
}

function storageFor(config: SessionStorageConfig, log: BotLogger): StorageAdapter<SessionData> {
  switch (config.kind) {
    case "memory":
      return new MemorySessionStorage<SessionData>();
    case "file":
      return writeOnlyChanges(atomicFiles(config.dir, log));
    case "redis":
      return writeOnlyChanges(tolerantRedis(new RedisAdapter<unknown>({ instance: config.client }), log));
  }
}

/**
 * grammY writes a session back after every update that read it. On disk that is a file
 * rewrite per message, each a chance to lose the setting to a crash mid-write, and in Redis a
 * write per message; so write only what changed ("{}" for someone who never chose counts as
 * unchanged). A damaged stored value is thereby kept until the person chooses again.
 */
export function writeOnlyChanges(storage: StorageAdapter<SessionData>): StorageAdapter<SessionData> {
  // What each update read, to compare its value with at write time: no second read (a Redis round
  // trip per update), and a choice another instance saved meanwhile is not overwritten by an
  // update that changed nothing. Updates of one person run one after another (sequentialize).
  const readAs = new Map<string, string>();
  return {
    read: async (key) => {
      const value = await storage.read(key);
      if (readAs.size >= MAX_PENDING_READS) readAs.clear(); // reads whose update failed before writing
      readAs.set(key, JSON.stringify(value ?? {}));
      return value;
    },
    delete: (key) => (readAs.delete(key), storage.delete(key)),
    write: async (key, value) => {
      const before = readAs.get(key) ?? JSON.stringify((await storage.read(key)) ?? {});
      readAs.delete(key);
      if (before !== JSON.stringify(value)) await storage.write(key, value);
    },
  };
}

/** Bounds the read-time values kept for updates that never got to write. */
const MAX_PENDING_READS = 10_000;

/**
 * One JSON file per person, as @grammyjs/storage-file lays them out (`<dir>/<last two digits of
 * the key>/<key>.json`, so existing folders keep working), but written atomically: the new value
 * goes to a temporary file in the same folder, is flushed to disk, and replaces the old file by
 * a rename (write-file-atomic). storage-file's plain writeFile truncates the file first, so a
 * process killed in between left an empty or partial file and the person's /language choice was
 * gone; now a reader sees the old value or the new one, never a mix. A temporary file left by a
 * kill (`<key>.json.<digits>`) is never read as a session, and removed at the next start.
 */
export function atomicFiles(dir: string, log: BotLogger): StorageAdapter<SessionData> {
  const files = new FileAdapter<SessionData>({
    dirName: dir,
    deserializer: (text) => readSession(text, log),
  });
  const root = resolve(dir);
  return {
    read: (key) => files.read(key),
    delete: (key) => files.delete(key),
    write: async (key, value) => {
      const folder = join(root, key.slice(-2));
      await mkdir(folder, { recursive: true });
      await writeFileAtomic(join(folder, `${key}.json`), JSON.stringify(value));
    },
  };
}

/** A temporary file of write-file-atomic's, left by a process killed mid-write. */
export const INTERRUPTED_WRITE = /\.json\.\d+$/;

/**
 * Like the file sessions: a damaged or hand-edited value must not break every update of that
 * person. A Redis that does not answer is another matter: that error goes on, so the update
 * fails instead of running (and then saving) with an empty session.
 */
function tolerantRedis(redis: RedisAdapter<unknown>, log: BotLogger): StorageAdapter<SessionData> {
  return {
    read: async (key) => {
      try {
        const data = await redis.read(key);
        return data === undefined ? undefined : sessionFrom(data);
      } catch (error) {
        if (!(error instanceof SyntaxError)) throw error;
        log.warn(`Ignoring an unreadable session in Redis: ${error.message}`);
        return {};
      }
    },
    write: (key, value) => redis.write(key, value),
    delete: (key) => redis.delete(key),
  };
}

/** A damaged or hand-edited file must not break every update of that person: keep what is valid. */
export function readSession(text: string, log: BotLogger): SessionData {
  try {
    return sessionFrom(JSON.parse(text));
  } catch (error) {
    log.warn(`Ignoring an unreadable session file: ${(error as Error).message}`);
    return {};
  }
}

function sessionFrom(data: unknown): SessionData {
  const language = (data as { language?: unknown } | null)?.language;
  return isLang(language) ? { language } : {};
}
