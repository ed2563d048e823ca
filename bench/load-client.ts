/**
 * The load of webhook.ts, from a process of its own: posts updates to the webhook as Telegram
 * does (JSON, with the secret header), over `concurrency` keep-alive connections; first `warmUp`
 * untimed, then `requests` timed one by one. Prints a LoadResult as one line of JSON.
 * The updates: people (`people` of them) asking questions, asking for /help and choosing a language.
 */
import { Agent, request } from "node:http";
import { encodeAction } from "../src/bot/callback-data.js";
import { LANGS } from "../src/langs.js";
import { percentile } from "./report.js";
import { QUESTIONS } from "./search.js";
import { callbackUpdate, textUpdate } from "./updates.js";

export interface LoadOptions {
  url: string;
  secret: string;
  warmUp: number;
  requests: number;
  concurrency: number;
  people: number;
}

export interface LoadResult {
  /** Timed requests per second, from the first sent to the last answered. */
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Requests (warm-up included) not answered with 200, and what the first few got instead. */
  failures: number;
  firstFailures: string[];
}

const REQUEST_TIMEOUT_MS = 10_000;

/** Half of them questions, a quarter /help, a quarter language choices; people take turns. */
function updateFor(i: number, people: number) {
  const userId = 500_000 + (i % people);
  switch (i % 4) {
    case 2:
      return textUpdate("/help", userId);
    case 3:
      return callbackUpdate(encodeAction({ kind: "language", lang: LANGS[i % LANGS.length]! }), userId);
    default:
      return textUpdate(QUESTIONS[i % QUESTIONS.length]!, userId);
  }
}

const options = JSON.parse(process.argv[2] ?? "") as LoadOptions;
const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });

/** Resolves with the status of one POST, or rejects with why it got none. */
function post(body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      options.url,
      {
        method: "POST",
        agent,
        timeout: REQUEST_TIMEOUT_MS,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          "x-telegram-bot-api-secret-token": options.secret,
        },
      },
      (res) => {
        res.resume().once("end", () => resolve(res.statusCode ?? 0));
        res.once("error", reject);
      },
    );
    req.once("timeout", () => req.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)));
    req.once("error", reject);
    req.end(body);
  });
}

const failures: string[] = [];

/** Posts updates first … first + count − 1 over `concurrency` connections; the latency of each in ms. */
async function load(first: number, count: number): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  const connection = async () => {
    while (next < count) {
      const body = JSON.stringify(updateFor(first + next++, options.people));
      const start = process.hrtime.bigint();
      const failure = await post(body).then(
        (status) => (status === 200 ? undefined : `HTTP ${status}`),
        (error: Error) => error.message,
      );
      latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (failure) failures.push(failure);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, connection));
  return latencies;
}

await load(0, options.warmUp);
const start = process.hrtime.bigint();
const latencies = (await load(options.warmUp, options.requests)).sort((a, b) => a - b);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
agent.destroy();

const result: LoadResult = {
  perSecond: options.requests / seconds,
  p50Ms: percentile(latencies, 0.5),
  p99Ms: percentile(latencies, 0.99),
  failures: failures.length,
  firstFailures: [...new Set(failures)].slice(0, 3),
};
console.log(JSON.stringify(result));
