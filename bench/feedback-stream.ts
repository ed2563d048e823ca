/**
 * The feedback line of the bench, in a process of its own: what recording costs an answer. Three
 * bots answer the bench's free-text questions through `handleUpdate`: one with FEEDBACK=off, one
 * with it on (files in a fresh folder, as without REDIS_URL: masking, the record, 👍/👎 on the
 * answer, the writes), and a second one with it off, whose difference from the first is the
 * noise of the measure. They take turns, batch after batch, in one process, so that the machine's
 * slow moments weigh on all three alike; they run the same code, off being a part of on.
 *
 * Each batch yields to the event loop every 50 updates, as a bot waiting on the network does, so
 * that the recorder writes while the bot answers, and is timed in CPU time (the process's, the
 * threads that write to disk included): what the machine spends, not the time it waits. Each side
 * pays for its own work: the on side's batch ends with writing what it queued, and every batch
 * with a scavenge of the garbage it left (otherwise the batch after the on side's, mostly the
 * control's, pays for part of it, and recording looks cheaper than it is). The
 * figures are the medians over the batches; the costs, the medians of each round's ratio to the
 * off side's batch of the same round: paired, so that a slow moment of the machine, which weighs
 * on all three sides of a round alike, does not count as a cost.
 *
 * `cached`: the questions repeat, so the bot's answer cache answers them (the bench's stream (4),
 * where answering costs least and recording weighs most); `fresh`: each question is new to the
 * cache (a varying trailing punctuation mark, which changes the cache key and not the answer),
 * so the search core runs, as for a question nobody asked lately. With an API root after the
 * batch count, the cached questions are answered as in production: the replies go over HTTP to
 * a Bot API on 127.0.0.1 in another process (feedback.ts's), whose work is not counted here.
 * Prints one line of JSON.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createBot } from "../src/bot/index.js";
import { createFileStore } from "../src/feedback/file-store.js";
import { createRecorder, type FeedbackRecorder } from "../src/feedback/recorder.js";
import { loadKnowledgeBase } from "../src/kb/load.js";
import { createAnswerer } from "../src/search/index.js";
import { QUESTIONS } from "./search.js";
import { apiResult, BOT_INFO, textUpdate } from "./updates.js";

const BATCH = 1_000;
const YIELD_EVERY = 50;
const WARM_UP = 5;
const MODE = process.argv[2] === "fresh" ? "fresh" : "cached";
const BATCHES = Number(process.argv[3] ?? (MODE === "fresh" ? 30 : 100));
const API_ROOT = process.argv[4];
/** 196 questions × 12 endings: more keys than the answer cache's 2 000, met in turn, so none is cached. */
const ENDINGS = ["", "?", "??", "!", ".", "...", " ?", "?!", " !", "..", ";", " ."];
/** Questions each side has asked: each has its own answer cache to keep cold. */
const asked = { off: 0, on: 0, control: 0 };
const nextQuestion = (side: keyof typeof asked, i: number) => {
  if (MODE === "cached") return QUESTIONS[i % QUESTIONS.length]!;
  const n = asked[side]++;
  return `${QUESTIONS[n % QUESTIONS.length]!}${ENDINGS[Math.floor(n / QUESTIONS.length) % ENDINGS.length]!}`;
};

const kb = loadKnowledgeBase();
const answerer = createAnswerer(kb);
const dir = mkdtempSync(join(tmpdir(), "bench-feedback-"));

function botWith(feedback: FeedbackRecorder) {
  const bot = createBot(
    { token: "4242:bench", botInfo: BOT_INFO, sessions: { kind: "memory" }, apiRoot: API_ROOT },
    { kb, answerer, log: console, feedback },
  );
  if (!API_ROOT)
    bot.api.config.use((_prev, method, payload) =>
      Promise.resolve({
        ok: true as const,
        result: apiResult(method, payload as Record<string, unknown>) as never,
      }),
    );
  return { bot, feedback };
}

const off = () => createRecorder({ retentionDays: 90, log: console });
const sides = {
  off: botWith(off()),
  on: botWith(
    createRecorder({ store: createFileStore({ dir, retentionDays: 90 }), retentionDays: 90, log: console }),
  ),
  control: botWith(off()),
};
type SideName = keyof typeof sides;

/** V8's young-generation collection (npm run bench passes --expose-gc). */
const scavenge = (globalThis as { gc?: (options: { type: "minor" }) => void }).gc;

/** CPU microseconds per update over one batch. */
async function batch(name: SideName): Promise<number> {
  const { bot } = sides[name];
  const start = process.cpuUsage();
  for (let i = 0; i < BATCH; i++) {
    await bot.handleUpdate(textUpdate(nextQuestion(name, i)));
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
  }
  if (name === "on") await sides.on.feedback.flush();
  scavenge?.({ type: "minor" });
  const used = process.cpuUsage(start);
  return (used.user + used.system) / BATCH;
}

const samples: Record<SideName, number[]> = { off: [], on: [], control: [] };
const order: SideName[] = ["off", "on", "control"];
try {
  for (let round = 0; round < WARM_UP + BATCHES; round++) {
    // Each side goes first as often as the others.
    const turn = [...order.slice(round % 3), ...order.slice(0, round % 3)];
    for (const name of turn) {
      const cost = await batch(name);
      if (round >= WARM_UP) samples[name].push(cost);
    }
  }
  await sides.on.feedback.flush();
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const [offUs, onUs, controlUs] = [median(samples.off), median(samples.on), median(samples.control)];
  const ratioToOff = (name: SideName) => median(samples[name].map((us, round) => us / samples.off[round]!));
  const { written, dropped } = sides.on.feedback.stats();
  console.log(
    JSON.stringify({
      mode: API_ROOT ? "http" : MODE,
      offUs,
      onUs,
      controlUs,
      onRatio: ratioToOff("on"),
      controlRatio: ratioToOff("control"),
      written,
      dropped,
      updates: BATCH * BATCHES,
    }),
  );
} finally {
  await sides.on.feedback.close();
  rmSync(dir, { recursive: true, force: true });
}
