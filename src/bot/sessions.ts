import { FileAdapter } from "@grammyjs/storage-file";
import { MemorySessionStorage, session, type Middleware, type StorageAdapter } from "grammy";
import { isLang } from "../langs.js";
import type { BotContext, SessionData } from "./context.js";
import type { BotLogger } from "./errors.js";

/** Where sessions live: files on disk (survive restarts) or memory (tests, offline runs). */
export type SessionStorageConfig = { kind: "file"; dir: string } | { kind: "memory" };

/** Sessions keyed per person, not per chat, so a /language choice also applies in inline mode. */
export function sessions(config: SessionStorageConfig, log: BotLogger): Middleware<BotContext> {
  return session<SessionData, BotContext>({
    initial: () => ({}),
    getSessionKey: (ctx) => ctx.from?.id.toString(),
    storage: storageFor(config, log),
  });
}

function storageFor(config: SessionStorageConfig, log: BotLogger): StorageAdapter<SessionData> {
  if (config.kind === "memory") return new MemorySessionStorage<SessionData>();
  return writeOnlyChanges(
    new FileAdapter<SessionData>({ dirName: config.dir, deserializer: (text) => readSession(text, log) }),
  );
}

/**
 * grammY writes a session back after every update that read it. On disk that is a file
 * rewrite per message, each a chance to lose the setting to a crash mid-write; so write only
 * what changed ("{}" for someone who never chose counts as unchanged).
 */
function writeOnlyChanges(storage: StorageAdapter<SessionData>): StorageAdapter<SessionData> {
  return {
    read: (key) => storage.read(key),
    delete: (key) => storage.delete(key),
    write: async (key, value) => {
      const stored = await storage.read(key);
      if (JSON.stringify(stored ?? {}) !== JSON.stringify(value)) await storage.write(key, value);
    },
  };
}

/** A damaged or hand-edited file must not break every update of that person: keep what is valid. */
export function readSession(text: string, log: BotLogger): SessionData {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    log.warn(`Ignoring an unreadable session file: ${(error as Error).message}`);
    return {};
  }
  const language = (data as { language?: unknown } | null)?.language;
  return isLang(language) ? { language } : {};
}
