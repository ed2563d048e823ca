/**
 * Scaling out: two webhook instances of the bot, each its own process, on one Redis, their
 * outgoing calls going to a fake Bot API on loopback. A /language choice made through one is
 * used by the other, and survives a restart of both. Also: the webhook registered at start, and
 * the start refused when Telegram refuses the webhook or the token.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { htmlToPlain } from "../../src/cli/render.js";
import { loadKnowledgeBase } from "../../src/kb/load.js";
import type { Lang } from "../../src/langs.js";
import { startMain, WAIT_MS } from "../support/main-process.js";
import { startFakeBotApi } from "./fake-bot-api.js";
import { redisAndBotApi, storedSession } from "./fixture.js";
import { describeWithRedis } from "../support/with-redis.js";
import { startWebhookInstance, webhookEnv, type Instance } from "./instances.js";
import { buttonPress, person, post, textMessage } from "./updates.js";

const TOKEN = "123456789:two-instances-token-abcdefghijklmnopq";
const SECRET = "scale-out-secret_0123456789";
const PUBLIC_URL = "http://127.0.0.1:1/telegram";
const USER = person(4711, "en");
const kb = loadKnowledgeBase();

const deploy = redisAndBotApi();
let a: Instance;
let b: Instance;

const start = (webhookUrl?: string) =>
  startWebhookInstance({
    token: TOKEN,
    secret: SECRET,
    apiRoot: deploy.api.apiRoot,
    redisUrl: deploy.redis.url,
    webhookUrl,
  });

beforeAll(async () => {
  [a, b] = await Promise.all([start(PUBLIC_URL), start()]);
}, 3 * WAIT_MS);

afterAll(async () => {
  await Promise.all([a?.process.stop(), b?.process.stop()]);
}, 3 * WAIT_MS);

/** Sends /help through `instance` and returns the language its help text is in. */
async function helpLanguage(instance: Instance): Promise<Lang | undefined> {
  const before = deploy.api.calls().length;
  expect((await post(instance.webhookUrl, textMessage(USER, "/help"), SECRET)).status).toBe(200);
  const reply = await deploy.api.waitFor(
    (call) => call.method === "sendMessage" && call.payload.chat_id === USER.id,
    before,
    "reply to /help",
  );
  const text = htmlToPlain(String(reply.payload.text));
  return (["be", "ru", "en"] as const).find((lang) => text.includes(htmlToPlain(kb.t(lang, "help-intro"))));
}

/** Stops both instances (SIGTERM, as a container runtime does), then starts them again. */
async function restartBoth(): Promise<void> {
  await Promise.all([a.process.stop(), b.process.stop()]);
  for (const { process } of [a, b]) {
    expect(process.stderr).toMatch(/SIGTERM: finishing the updates in hand/);
    expect(process.stderr).toMatch(/"msg":"Stopped"/);
    expect(process.stderr).not.toMatch(/Did not stop/);
  }
  [a, b] = await Promise.all([start(PUBLIC_URL), start()]);
}

describeWithRedis("two webhook instances on one Redis", () => {
  it("registers the webhook at start, with the secret and the updates the bot handles", async () => {
    const call = await deploy.api.waitFor((c) => c.method === "setWebhook", 0, "setWebhook");
    expect(deploy.api.calls("setWebhook"), "only instance A has WEBHOOK_URL").toHaveLength(1);
    expect(call.payload).toEqual({
      url: PUBLIC_URL,
      secret_token: SECRET,
      allowed_updates: ["message", "callback_query", "inline_query"],
    });
  });

  it(
    "share a /language choice, which survives a restart of both",
    async () => {
      expect(await helpLanguage(b), "before any choice: Telegram's language_code").toBe("en");

      const before = deploy.api.calls().length;
      expect((await post(a.webhookUrl, buttonPress(USER, "l:be"), SECRET)).status).toBe(200);
      await deploy.api.waitFor(
        (call) => call.method === "answerCallbackQuery",
        before,
        "the button press answered",
      );

      expect(await storedSession(deploy.redis.url, USER.id)).toBe('{"language":"be"}');

      expect(await helpLanguage(b), "instance B uses the choice made through A").toBe("be");

      await restartBoth();
      expect(await helpLanguage(a)).toBe("be");
      expect(await helpLanguage(b)).toBe("be");
    },
    6 * WAIT_MS,
  );
});

describeWithRedis("a webhook bot that Telegram refuses", () => {
  it.each([
    [
      "the webhook",
      "setWebhook",
      400,
      "Bad Request: bad webhook: HTTPS url must be provided for webhook",
      /Cannot start: setWebhook failed: .*HTTPS url must be provided/,
    ],
    [
      "the token",
      "getMe",
      401,
      "Unauthorized",
      /Cannot start: could not connect to .*Telegram did not accept BOT_TOKEN/,
    ],
  ])(
    "does not start when Telegram refuses %s: exit code 1, the reason, no token or secret printed",
    async (_, method, code, description, reason) => {
      const refusing = await startFakeBotApi();
      refusing.fail(method, description, code);
      try {
        const settings = {
          token: TOKEN,
          secret: SECRET,
          apiRoot: refusing.apiRoot,
          redisUrl: deploy.redis.url,
        };
        const bot = startMain(webhookEnv({ ...settings, webhookUrl: PUBLIC_URL }));
        expect((await bot.closed).code).toBe(1);
        const output = bot.stderr + bot.stdout;
        expect(output).toMatch(reason);
        expect(output).not.toContain(TOKEN);
        expect(output).not.toContain(SECRET);
      } finally {
        await refusing.stop();
      }
    },
    2 * WAIT_MS,
  );
});
