/**
 * One memory scenario of memory.ts, in a process of its own so that its resident set is its own:
 * this bot with sessions on disk (`disk <folder> <people>`) or in Redis (`redis <url> <people>`),
 * fed through `bot.handleUpdate` with the Bot API answered in process. Measures the process
 * before and after that many people have each asked a question and chosen a language, and what
 * the session storage holds for them; prints a MemoryResult as one line of JSON.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { getHeapSpaceStatistics } from "node:v8";
import { encodeAction } from "../src/bot/callback-data.js";
import { loadKnowledgeBase } from "../src/kb/load.js";
import { LANGS } from "../src/langs.js";
import { createAnswerer } from "../src/search/index.js";
import { openSessionStore, type SessionStore } from "../src/server/storage.js";
import { QUESTIONS } from "./search.js";
import { callbackUpdate, textUpdate, thisBot } from "./updates.js";

/** People before the measurement starts, so that code compiled on first use is not counted per user. */
const WARM_UP_USERS = 500;

export interface MemoryResult {
  /** Bytes, measured as `measure` does. */
  rssBefore: number;
  rssAfter: number;
  heapBefore: number;
  heapAfter: number;
  /** The highest resident set of the whole run, start-up included. */
  rssPeak: number;
  /** Sessions the storage holds afterwards (one per person), and what they take there in bytes. */
  sessionsStored: number;
  storeBytes: number;
  updatesPerSecond: number;
}

/** V8's young generation: 32 MiB while busy; its memory reducer shrinks it to 1 MiB a few seconds after. */
const youngGeneration = () =>
  getHeapSpaceStatistics().find((space) => space.space_name === "new_space")?.space_size ?? 0;
const AT_REST_YOUNG_BYTES = 2 * 1024 * 1024;
const AT_REST_WAIT_MS = 8_000;

/**
 * The process at rest, as a bot is between bursts: once V8 has shrunk its young generation (or
 * after 8 s), the lowest of a few samples, each after a full collection. Measured busy instead,
 * the same process reads 31 MiB more or less depending on when V8 last shrank it. What remains
 * is up to ±16 MiB: memory outside this heap is given back at times of its own (tsx's loader
 * thread some 15 s after start-up, hence mostly a fall during the run; glibc). The heap figures
 * have no such noise.
 */
async function measure() {
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const deadline = Date.now() + AT_REST_WAIT_MS;
  while (youngGeneration() > AT_REST_YOUNG_BYTES && Date.now() < deadline) {
    globalThis.gc?.();
    await pause(250);
  }
  let rss = Infinity;
  let heapUsed = Infinity;
  for (let i = 0; i < 4; i++) {
    globalThis.gc?.();
    await pause(50);
    const usage = process.memoryUsage();
    rss = Math.min(rss, usage.rss);
    heapUsed = Math.min(heapUsed, usage.heapUsed);
  }
  return { rss, heapUsed };
}

/** Session files and the disk blocks they take; Redis keys and the memory Redis reports in use. */
async function stored(store: SessionStore): Promise<{ sessions: number; bytes: number }> {
  if (store.sessions.kind === "redis") {
    const { client } = store.sessions;
    const memory = await client.info("memory");
    const usedMemory = Number(/^used_memory:(\d+)/m.exec(memory)?.[1]);
    return { sessions: await client.dbsize(), bytes: usedMemory };
  }
  if (store.sessions.kind !== "file") throw new Error("memory sessions are not measured here");
  let sessions = 0;
  let bytes = 0;
  const { dir } = store.sessions;
  for (const folder of readdirSync(dir))
    for (const file of readdirSync(join(dir, folder))) {
      sessions++;
      bytes += statSync(join(dir, folder, file)).blocks * 512;
    }
  return { sessions, bytes };
}

const [kind, where, people] = process.argv.slice(2);
const users = Number(people);
if ((kind !== "disk" && kind !== "redis") || !where || !(users > 0))
  throw new Error("usage: memory-worker.ts disk <folder> <people> | redis <url> <people>");

const kb = loadKnowledgeBase();
const store = await openSessionStore(
  kind === "redis" ? { redisUrl: where, sessionDir: "", log: console } : { sessionDir: where, log: console },
);
try {
  const bot = thisBot(kb, createAnswerer(kb), store.sessions);
  const person = async (userId: number) => {
    await bot.handleUpdate(textUpdate(QUESTIONS[userId % QUESTIONS.length]!, userId));
    const lang = LANGS[userId % LANGS.length]!;
    await bot.handleUpdate(callbackUpdate(encodeAction({ kind: "language", lang }), userId));
  };
  for (let userId = 1; userId <= WARM_UP_USERS; userId++) await person(userId);

  const before = await measure();
  const storedBefore = await stored(store);
  const start = process.hrtime.bigint();
  for (let userId = 100_001; userId <= 100_000 + users; userId++) await person(userId);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const after = await measure();
  const storedAfter = await stored(store);

  const result: MemoryResult = {
    rssBefore: before.rss,
    rssAfter: after.rss,
    heapBefore: before.heapUsed,
    heapAfter: after.heapUsed,
    rssPeak: process.resourceUsage().maxRSS * 1024,
    sessionsStored: storedAfter.sessions - storedBefore.sessions,
    storeBytes: storedAfter.bytes - storedBefore.bytes,
    updatesPerSecond: (2 * users) / seconds,
  };
  console.log(JSON.stringify(result));
} finally {
  await store.close();
}
