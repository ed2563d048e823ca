/**
 * Polling mode as `npm start` runs it (grammY runner), with Redis sessions, against the fake Bot
 * API: what it asks Telegram for, a setting kept in Redis, and a clean stop that confirms the
 * last update so that a restart does not answer it again.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { htmlToPlain } from "../../src/cli/render.js";
import { loadKnowledgeBase } from "../../src/kb/load.js";
import { startMain, WAIT_MS, type MainProcess } from "../support/main-process.js";
import { redisAndBotApi, storedSession } from "./fixture.js";
import { describeWithRedis } from "../support/with-redis.js";
import { buttonPress, person, textMessage } from "./updates.js";

const TOKEN = "123456789:polling-test-token-abcdefghijklmnopq";
const USER = person(5150, "en");
const kb = loadKnowledgeBase();

const deploy = redisAndBotApi();
let bot: MainProcess;

beforeAll(async () => {
  bot = startMain({
    BOT_TOKEN: TOKEN,
    BOT_MODE: "polling",
    TELEGRAM_API_ROOT: deploy.api.apiRoot,
    HOST: "",
    PORT: "",
    WEBHOOK_PATH: "",
    WEBHOOK_SECRET: "",
    WEBHOOK_URL: "",
    REDIS_URL: deploy.redis.url,
    SESSION_DIR: "",
    LOG_LEVEL: "info",
    DEFAULT_LANG: "",
  });
  await bot.waitFor("stderr", /Polling as @deploy_test_bot/);
}, 2 * WAIT_MS);

afterAll(() => bot?.stop(), 2 * WAIT_MS);

describeWithRedis("polling with the runner", () => {
  it("removes a webhook left behind, then asks only for the updates the bot handles", async () => {
    await deploy.api.waitFor((call) => call.method === "getUpdates", 0, "a getUpdates call");
    const methods = deploy.api.calls().map((call) => call.method);
    expect(methods.indexOf("deleteWebhook")).toBeGreaterThan(-1);
    expect(methods.indexOf("deleteWebhook")).toBeLessThan(methods.indexOf("getUpdates"));
    expect(deploy.api.calls("getUpdates")[0]?.payload.allowed_updates).toEqual([
      "message",
      "callback_query",
      "inline_query",
    ]);
  });

  it("keeps a /language choice in Redis and answers by it", async () => {
    let before = deploy.api.calls().length;
    deploy.api.queueUpdate(buttonPress(USER, "l:ru"));
    await deploy.api.waitFor(
      (call) => call.method === "answerCallbackQuery",
      before,
      "the button press answered",
    );

    expect(await storedSession(deploy.redis.url, USER.id)).toBe('{"language":"ru"}');

    before = deploy.api.calls().length;
    deploy.api.queueUpdate(textMessage(USER, "/help"));
    const reply = await deploy.api.waitFor((call) => call.method === "sendMessage", before, "reply to /help");
    expect(htmlToPlain(String(reply.payload.text))).toContain(htmlToPlain(kb.t("ru", "help-intro")));
  });

  it("stops on SIGTERM, confirming the last update to Telegram first", async () => {
    const last = textMessage(USER, "/about");
    const before = deploy.api.calls().length;
    deploy.api.queueUpdate(last);
    await deploy.api.waitFor((call) => call.method === "sendMessage", before, "reply to /about");

    await bot.stop();
    expect(bot.stderr).toMatch(/SIGTERM: finishing the updates in hand/);
    expect(bot.stderr).toMatch(/"msg":"Stopped"/);
    expect(bot.stderr).not.toMatch(/Did not stop|Polling failed/);
    expect(deploy.api.calls("getUpdates").at(-1)?.payload).toEqual({
      offset: last.update_id + 1,
      limit: 1,
      timeout: 0,
    });
  });
});
