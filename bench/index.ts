/**
 * `npm run bench`: performance figures and ratios, printed as they are measured. Targets, read
 * by people, not asserted by tests:
 * - start (offline, to the first answer): under 1.0 s, peak RSS under 120 MB; webhook mode after
 *   10 000 people: RSS under 150 MB;
 * - search: p99 under 1 ms at the shipped size; at 100 000 facts, build under 5 s, p99 under 20 ms;
 * - updates/s: (3) at least 0.8 × (2), and (4) at least 0.8 × (5).
 * The Redis parts run on a redis-server of their own (one database each), stopped at the end;
 * without redis-server they say they were skipped.
 */
import { loadKnowledgeBase } from "../src/kb/load.js";
import { createAnswerer } from "../src/search/index.js";
import { benchDetection } from "./detect.js";
import { benchFeedback } from "./feedback.js";
import { benchStartup, benchWebhookFootprint } from "./footprint.js";
import { benchMemory } from "./memory.js";
import { redisDatabase, startRedisIfInstalled } from "./redis.js";
import { printRow } from "./report.js";
import { benchSearch } from "./search.js";
import { benchUpdates } from "./updates.js";
import { benchWebhook } from "./webhook.js";

// Interrupted: exit, so that the "exit" handlers stop what the bench started.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));

const kb = loadKnowledgeBase();
console.log(
  `node ${process.version}, ${kb.facts.length} facts; heap figures need --expose-gc (npm run bench passes it)`,
);

console.log("\nStart-up and memory of `npm start` (offline, one question), each run a process of its own");
await benchStartup(printRow);

const redis = await startRedisIfInstalled();
// On Ctrl-C only synchronous work runs: the server is killed and its folder removed at once.
const stopRedis = () => redis?.stopNow();
process.once("exit", stopRedis);
try {
  const redisUrl = (db: number) => (redis ? redisDatabase(redis.url, db) : undefined);

  console.log("\nUpdates per second through handleUpdate, Bot API answered in process");
  await benchUpdates(kb, createAnswerer(kb), printRow, redisUrl(1));

  console.log("\nMemory of this bot, each in a process of its own (RSS and heap at rest, after full GCs)");
  await benchMemory(redisUrl(2), printRow);

  console.log("\nWebhook mode under load from another process on 127.0.0.1, sessions in Redis");
  await benchWebhook(redisUrl(3), printRow);

  console.log("\nMemory of the compiled bot in webhook mode (as in production), 10 000 people");
  await benchWebhookFootprint(redisUrl(4), printRow);
} finally {
  await redis?.stop();
  process.off("exit", stopRedis);
}

console.log("\nRecording feedback: free-text questions with FEEDBACK on and off, CPU time per update");
await benchFeedback(printRow);

console.log("\nLanguage detection on the labelled test questions");
await benchDetection(kb, printRow);

console.log("\nSearch core (answer = normalize, detect language, search, decide)");
benchSearch(kb, printRow);
