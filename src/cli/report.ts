/**
 * `npm run report`: what people asked that the bot could not answer, and which answers they did
 * not like, from the feedback the bot recorded (the same storage the bot writes: Redis with
 * REDIS_URL, else files under SESSION_DIR). Prints the report and writes it as an HTML page.
 *
 *   --days N        the last N days, today included (default 30, at most the retention)
 *   --from DAY      first day (YYYY-MM-DD); --to DAY last day (default today, UTC)
 *   --html PATH     where to write the page (default SESSION_DIR/feedback/report.html, next to the
 *                   data it shows, readable by this user alone); --no-html: none
 *   --limit N       declined groups and disliked answers listed at most (default 25)
 *
 * The page holds people's questions (masked): keep it to the maintainers, do not publish it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { chmod, mkdir, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadDotEnv } from "../config.js";
import { formatProblem, KnowledgeBaseError, loadKnowledgeBase, PROJECT_ROOT } from "../kb/load.js";
import type { KnowledgeBase } from "../kb/types.js";
import { createFileStore, FEEDBACK_FOLDER } from "../feedback/file-store.js";
import {
  dayFromNumber,
  dayNumber,
  dayOf,
  DAY,
  firstKeptDay,
  type FeedbackEntry,
} from "../feedback/record.js";
import { createRedisStore } from "../feedback/redis-store.js";
import { renderReportHtml } from "../feedback/report-html.js";
import { renderReportText } from "../feedback/report-text.js";
import { buildReport } from "../feedback/report.js";
import { readFeedbackSettings, type FeedbackSettings } from "../feedback/settings.js";
import type { FeedbackStore } from "../feedback/store.js";
import { createAnswerer } from "../search/index.js";

const USAGE =
  "usage: npm run report -- [--days N | --from YYYY-MM-DD [--to YYYY-MM-DD]] [--html PATH | --no-html] [--limit N]";

function fail(message: string, code = 2): never {
  console.error(`report: ${message}`);
  process.exit(code);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        days: { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
        html: { type: "string" },
        "no-html": { type: "boolean" },
        limit: { type: "string" },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
})();

const wholeNumber = (name: string, value: string | undefined, fallback: number) => {
  if (value === undefined) return fallback;
  if (!/^\d{1,5}$/.test(value) || Number(value) < 1)
    fail(`--${name} must be a whole number from 1, not "${value}"`);
  return Number(value);
};
const day = (name: string, value: string | undefined) => {
  if (value !== undefined && (!DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))))
    fail(`--${name} must be a day as YYYY-MM-DD, not "${value}"`);
  return value;
};

try {
  loadDotEnv();
} catch (error) {
  fail((error as Error).message);
}
const read = readFeedbackSettings(process.env);
if ("problems" in read) fail(read.problems.join("\n"));
const settings: FeedbackSettings = read;
const env = (name: string) => process.env[name]?.trim() || undefined;

const today = dayOf(Date.now());
const to = day("to", values.to) ?? today;
const days = wholeNumber("days", values.days, 30);
let from = day("from", values.from) ?? dayFromNumber(dayNumber(to) - days + 1);
if (from > to) fail(`--from ${from} is after --to ${to}`);
// Entries before the retention are gone: do not draw those days as empty.
const kept = firstKeptDay(today, settings.retentionDays);
if (from < kept) from = kept;
const limit = wholeNumber("limit", values.limit, 25);

const kb = loadKnowledgeBaseOrExit();
let closeRedis: (() => Promise<void>) | undefined;
const store = await openStore();
let entries: FeedbackEntry[] = [];
try {
  entries = await store.readAll();
} catch (error) {
  fail(`could not read ${store.description}: ${(error as Error).message}`, 1);
} finally {
  await store.close();
  await closeRedis?.();
}

const report = buildReport(entries, { from, to, kb, answerer: createAnswerer(kb), limit });
const hints = { topicOf: topicIndex(), retentionDays: settings.retentionDays };
process.stdout.write(renderReportText(report, hints));
if (!settings.enabled) console.error("report: note: FEEDBACK=off here, so this bot records nothing new.");
if (!values["no-html"]) {
  // Next to the data by default: as private as it, and never in the repository's working tree.
  const path = resolve(
    values.html ?? join(env("SESSION_DIR") ?? ".sessions", FEEDBACK_FOLDER, "report.html"),
  );
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  // Readable by this user alone: the page holds people's questions.
  await writeFile(path, renderReportHtml(report, hints), { mode: 0o600 });
  await chmod(path, 0o600); // also when an older page was there with other permissions
  console.log(
    `\nThe same as a page: ${path} (open it in a browser; it holds people's questions, keep it private)`,
  );
}

function loadKnowledgeBaseOrExit(): KnowledgeBase {
  try {
    return loadKnowledgeBase();
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) throw error;
    return fail(
      `the knowledge base has problems:\n${error.problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`,
      1,
    );
  }
}

async function openStore(): Promise<FeedbackStore> {
  const url = env("REDIS_URL");
  if (!url)
    return createFileStore({ dir: env("SESSION_DIR") ?? ".sessions", retentionDays: settings.retentionDays });
  const { Redis } = await import("ioredis");
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 5_000,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  });
  client.on("error", () => undefined); // reported below, once
  try {
    await client.connect();
  } catch (error) {
    client.disconnect();
    fail(`REDIS_URL: Redis does not answer (${(error as Error).message})`, 1);
  }
  closeRedis = async () => void (await client.quit());
  return createRedisStore({ client, retentionDays: settings.retentionDays });
}

/** Which data/facts/<topic>.json holds each fact, for the hints. */
function topicIndex(): (id: string) => string | undefined {
  const topics = new Map<string, string>();
  const dir = join(PROJECT_ROOT, "data", "facts");
  for (const name of readdirSync(dir).filter((file) => file.endsWith(".json"))) {
    try {
      const facts = JSON.parse(readFileSync(join(dir, name), "utf8")) as { id?: unknown }[];
      for (const fact of facts) if (typeof fact.id === "string") topics.set(fact.id, basename(name, ".json"));
    } catch {
      // kb:check reports broken files; a hint less is all this costs.
    }
  }
  return (id) => topics.get(id);
}
