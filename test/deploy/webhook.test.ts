/**
 * The webhook server in-process, with a real Redis for sessions and the bot's outgoing calls going
 * to a fake Bot API on loopback: what it refuses (and that a refused update changes nothing),
 * what it answers, and readiness that follows Redis.
 */
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createBot } from "../../src/bot/index.js";
import { htmlToPlain } from "../../src/cli/render.js";
import { loadKnowledgeBase } from "../../src/kb/load.js";
import { createLogger } from "../../src/log.js";
import { createAnswerer } from "../../src/search/index.js";
import { openSessionStore, type SessionStore } from "../../src/server/storage.js";
import { MAX_BODY_BYTES, type WebhookServer } from "../../src/server/webhook-server.js";
import { botWebhookServer } from "../../src/server/webhook.js";
import { redisAndBotApi } from "./fixture.js";
import { describeWithRedis } from "../support/with-redis.js";
import { person, post, textMessage } from "./updates.js";

const TOKEN = "123456789:webhook-test-token";
const SECRET = "right-secret_0123456789";
const PATH = "/telegram";
const kb = loadKnowledgeBase();
const logLines: string[] = [];
const log = createLogger("debug", { write: (line) => logLines.push(line), secrets: [TOKEN, SECRET] });

const deploy = redisAndBotApi();
let store: SessionStore;
let server: WebhookServer;
let base: string;

beforeAll(async () => {
  store = await openSessionStore({ redisUrl: deploy.redis.url, sessionDir: "unused", log });
  const bot = createBot(
    { token: TOKEN, apiRoot: deploy.api.apiRoot, sessions: store.sessions },
    { kb, answerer: createAnswerer(kb), log },
  );
  await bot.init();
  server = botWebhookServer(bot, {
    webhook: { host: "127.0.0.1", port: 0, path: PATH, secret: SECRET },
    kb,
    store,
    log,
  });
  const address: AddressInfo = await server.listen(0, "127.0.0.1");
  base = `http://127.0.0.1:${address.port}`;
}, 30_000);

afterAll(async () => {
  await server?.close();
  await store?.close();
}, 30_000);

const sent = () => deploy.api.calls("sendMessage");
const get = async (path: string) => {
  const response = await fetch(base + path, { signal: AbortSignal.timeout(5_000) });
  return { status: response.status, json: (await response.json()) as unknown };
};

/**
 * Sends a POST with the secret and `declaredLength` as Content-Length, then body chunks of `chunkBytes`
 * until the server answers (or `totalBytes` are sent): what a client uploading too much sees.
 */
function upload(declaredLength: number | undefined, totalBytes: number, secret = SECRET): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(base + PATH, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-telegram-bot-api-secret-token": secret,
        ...(declaredLength === undefined ? {} : { "content-length": declaredLength }),
      },
      timeout: 10_000,
    });
    let answered = false;
    req.on("response", (res) => {
      answered = true;
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    // Once the server has answered and closed the connection, writing on fails: that is expected.
    req.on("error", (error) => (answered ? undefined : reject(error)));
    req.on("timeout", () => req.destroy(new Error("no answer within 10 s")));
    const chunk = Buffer.alloc(64 * 1024, "x");
    let written = 0;
    const writeMore = () => {
      while (!answered && written < totalBytes) {
        written += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", writeMore);
      }
      if (!answered && declaredLength === undefined) req.end();
    };
    writeMore();
  });
}

describeWithRedis("the webhook server", () => {
  it("answers /healthz, and /readyz with every check passing", async () => {
    expect(await get("/healthz")).toEqual({ status: 200, json: { status: "ok" } });
    expect(await get("/readyz")).toEqual({
      status: 200,
      json: { status: "ready", checks: { knowledgeBase: "ok", sessions: "ok" } },
    });
  });

  it("handles an update with the right secret: 200, and the bot replies", async () => {
    const before = deploy.api.calls().length;
    const response = await post(base + PATH, textMessage(person(9001), "/help"), SECRET);
    expect(response.status).toBe(200);
    const reply = await deploy.api.waitFor((call) => call.method === "sendMessage", before, "reply to /help");
    expect(reply.payload.chat_id).toBe(9001);
    expect(htmlToPlain(String(reply.payload.text))).toContain(htmlToPlain(kb.t("en", "help-intro")));
  });

  it.each([
    ["no secret header", undefined],
    ["a wrong secret", "wrong-secret"],
    ["a secret of the right length but wrong", SECRET.replace(/.$/, "X")],
  ])("refuses an update with %s: 401, and nothing is handled", async (_, secret) => {
    const before = sent().length;
    const response = await post(base + PATH, textMessage(person(9002), "/help"), secret);
    expect(response.status).toBe(401);
    expect(sent()).toHaveLength(before);
  });

  it("checks the secret before reading the body: a stranger's huge upload gets 401", async () => {
    expect(await upload(4 * MAX_BODY_BYTES, 4 * MAX_BODY_BYTES, "wrong-secret")).toBe(401);
  });

  it.each([
    ["malformed JSON", '{"update_id": 1, "message": '],
    ["a JSON array", "[1, 2]"],
    ["an object without update_id", '{"message": {}}'],
  ])("answers 400 to %s, and handles nothing", async (_, body) => {
    const before = sent().length;
    const response = await post(base + PATH, body, SECRET);
    expect(response.status).toBe(400);
    expect(response.body).toMatch(/not valid JSON|not a Telegram update/);
    expect(sent()).toHaveLength(before);
  });

  it("refuses a body declared over the limit with 413 before it is sent", async () => {
    // Only one chunk is sent: the answer must come without waiting for the rest.
    expect(await upload(MAX_BODY_BYTES + 1, 64 * 1024)).toBe(413);
  });

  it("refuses a chunked body once it passes the limit with 413, without reading it all", async () => {
    expect(await upload(undefined, 8 * MAX_BODY_BYTES)).toBe(413);
  });

  it("answers 405 to other methods on the webhook path and 404 elsewhere", async () => {
    const getWebhook = await fetch(base + PATH, { signal: AbortSignal.timeout(5_000) });
    expect(getWebhook.status).toBe(405);
    expect(getWebhook.headers.get("allow")).toBe("POST");
    expect((await post(`${base}/other`, textMessage(person(9003), "/help"), SECRET)).status).toBe(404);
    expect((await get("/")).status).toBe(404);
  });

  it("never writes the token or the secret to the log", () => {
    expect(logLines.length).toBeGreaterThan(0);
    const all = logLines.join("");
    expect(all).not.toContain(SECRET);
    expect(all).not.toContain(TOKEN);
  });

  it("reports not ready once Redis is gone, and leaves updates to Telegram to deliver again", async () => {
    await deploy.redis.stop();
    const ready = await get("/readyz");
    expect(ready.status).toBe(503);
    expect(ready.json).toMatchObject({ status: "not ready", checks: { knowledgeBase: "ok" } });
    expect((ready.json as { checks: { sessions: string } }).checks.sessions).toMatch(/Redis/);

    const before = sent().length;
    const response = await post(base + PATH, textMessage(person(9004), "/help"), SECRET);
    expect(response.status).toBe(503);
    expect(sent()).toHaveLength(before);
    expect((await get("/healthz")).status).toBe(200);
  });
});
