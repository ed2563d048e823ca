/**
 * Stopping the webhook server: it stops accepting connections at once, yet the update in hand is
 * finished (its reply sent) and answered to Telegram before the server is gone.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/index.js";
import { loadKnowledgeBase } from "../../src/kb/load.js";
import { createLogger } from "../../src/log.js";
import { createAnswerer } from "../../src/search/index.js";
import { openSessionStore } from "../../src/server/storage.js";
import type { WebhookServer } from "../../src/server/webhook-server.js";
import { botWebhookServer } from "../../src/server/webhook.js";
import { BOT_USER, startFakeBotApi, type FakeBotApi } from "./fake-bot-api.js";
import { person, post, textMessage } from "./updates.js";

const SECRET = "shutdown-secret";
const kb = loadKnowledgeBase();
const log = createLogger("error", { write: () => undefined });

let api: FakeBotApi;
let server: WebhookServer;
let base: string;
let sessionDir: string;

beforeAll(async () => {
  api = await startFakeBotApi();
  sessionDir = mkdtempSync(join(tmpdir(), "bot-shutdown-sessions-"));
  const store = await openSessionStore({ sessionDir, log });
  const bot = createBot(
    { token: "123:shutdown", apiRoot: api.apiRoot, sessions: store.sessions, botInfo: BOT_USER },
    { kb, answerer: createAnswerer(kb), log },
  );
  server = botWebhookServer(bot, {
    webhook: { host: "127.0.0.1", port: 0, path: "/telegram", secret: SECRET },
    kb,
    store,
    log,
  });
  base = `http://127.0.0.1:${(await server.listen(0, "127.0.0.1")).port}`;
});

afterAll(async () => {
  await server?.close();
  await api?.stop();
  rmSync(sessionDir, { recursive: true, force: true });
});

describe("stopping the webhook server", () => {
  it("refuses new connections but finishes the update in hand", async () => {
    api.delay("sendMessage", 1_000);
    const inHand = post(`${base}/telegram`, textMessage(person(7001), "/help"), SECRET);
    await api.waitFor((call) => call.method === "sendMessage", 0, "the reply being sent");

    const closed = server.close();
    await expect(fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2_000) })).rejects.toThrow();
    expect((await inHand).status).toBe(200);
    await closed;
  });
});
