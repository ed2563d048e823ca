/**
 * Webhook mode under load: the bot started as `npm start` starts it (`npx tsx src/main.ts`,
 * BOT_MODE=webhook on a free port of 127.0.0.1, sessions in Redis), answering to a small Bot API
 * in this process that replies at once as Telegram would; the updates come from another process
 * (load-client.ts) over several keep-alive connections. Requests per second, p50/p99 latency,
 * and errors: failed requests plus warnings and errors the bot logged (there should be none).
 * Everything is stopped at the end, also when something fails or the bench is interrupted.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { webhookEnv } from "../test/deploy/instances.js";
import { startMain } from "../test/support/main-process.js";
import { runScript } from "./child.js";
import type { LoadOptions, LoadResult } from "./load-client.js";
import { NO_REDIS } from "./redis.js";
import type { Row } from "./report.js";
import { apiResult } from "./updates.js";

const LOAD = { warmUp: 300, requests: 3_000, concurrency: 16, people: 1_000 };
const TOKEN = "4242:bench-token-for-the-bot-api-in-this-process";
const SECRET = "bench-webhook-secret";

/** A Bot API on 127.0.0.1 answering every call at once (as updates.ts answers in process), counting them. */
export async function startBotApi() {
  const calls = new Map<string, number>();
  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const method = /\/(\w+)$/.exec(req.url ?? "")?.[1] ?? "";
      calls.set(method, (calls.get(method) ?? 0) + 1);
      let payload: Record<string, unknown> = {};
      try {
        payload = JSON.parse(body || "{}") as Record<string, unknown>;
      } catch {
        // grammY sends JSON; anything else is answered like an empty payload.
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: true, result: apiResult(method, payload) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    root: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls: (method: string) => calls.get(method) ?? 0,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of req) body += String(chunk);
  return body;
}

export async function benchWebhook(redisUrl: string | undefined, report: (row: Row) => void): Promise<void> {
  const name = `${LOAD.requests} updates, ${LOAD.concurrency} connections`;
  if (redisUrl === undefined) return report({ name, figures: {}, note: NO_REDIS });
  const api = await startBotApi();
  // Started here rather than with startWebhookInstance, so that a start that times out is stopped too.
  const bot = startMain(webhookEnv({ token: TOKEN, secret: SECRET, apiRoot: api.root, redisUrl }));
  // The bot runs in a process group of its own, which an interrupted bench would leave behind.
  const stopBot = () => void bot.stop();
  process.once("exit", stopBot);
  try {
    const [, port] = await bot.waitFor("stderr", /listening on http:\/\/127\.0\.0\.1:(\d+)\/telegram/);
    const options: LoadOptions = { url: `http://127.0.0.1:${port}/telegram`, secret: SECRET, ...LOAD };
    const result = (await runScript("./load-client.ts", [JSON.stringify(options)], {
      timeoutMs: 120_000,
    })) as LoadResult;
    const logged = bot.stderr.split("\n").filter((line) => /"level":"(warn|error)"/.test(line));
    const replies = api.calls("sendMessage") + api.calls("editMessageText");
    report({
      name,
      figures: {
        "requests/s": result.perSecond,
        "p50 ms": result.p50Ms,
        "p99 ms": result.p99Ms,
        errors: result.failures + logged.length,
        "replies/update": replies / (LOAD.warmUp + LOAD.requests),
      },
      note: [...result.firstFailures, ...logged.slice(0, 3)].join(" | ") || undefined,
    });
  } finally {
    await bot.stop();
    process.off("exit", stopBot);
    await api.stop();
  }
}
