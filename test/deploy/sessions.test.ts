/**
 * Sessions in Redis through the bot itself (`handleUpdate`, outgoing calls to the fake Bot API):
 * a damaged value is ignored but kept, an unreadable session fails the update instead of
 * running with a blank one, and a Redis that never answers stops the start.
 */
import { Redis } from "ioredis";
import type { Bot } from "grammy";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createBot, type BotContext } from "../../src/bot/index.js";
import { htmlToPlain } from "../../src/cli/render.js";
import { loadKnowledgeBase } from "../../src/kb/load.js";
import { createAnswerer } from "../../src/search/index.js";
import { StartupError } from "../../src/server/startup-error.js";
import { openSessionStore, type SessionStore } from "../../src/server/storage.js";
import { freePort } from "../support/redis.js";
import { describeWithRedis } from "../support/with-redis.js";
import { BOT_USER } from "./fake-bot-api.js";
import { redisAndBotApi } from "./fixture.js";
import { buttonPress, person, textMessage } from "./updates.js";

const kb = loadKnowledgeBase();
const warnings: string[] = [];
const errors: string[] = [];
const log = {
  error: (...data: unknown[]) => void errors.push(data.map(String).join(" ")),
  warn: (...data: unknown[]) => void warnings.push(data.map(String).join(" ")),
  info: () => undefined,
  debug: () => undefined,
};

const deploy = redisAndBotApi();
let store: SessionStore;
let client: Redis;
let bot: Bot<BotContext>;

beforeAll(async () => {
  store = await openSessionStore({ redisUrl: deploy.redis.url, sessionDir: "unused", log });
  client = new Redis(deploy.redis.url, { lazyConnect: true, maxRetriesPerRequest: 0 });
  // This test stops Redis on purpose; the client's reconnect errors are expected then.
  client.on("error", () => undefined);
  await client.connect();
  bot = createBot(
    { token: "123:sessions", apiRoot: deploy.api.apiRoot, sessions: store.sessions, botInfo: BOT_USER },
    { kb, answerer: createAnswerer(kb), log },
  );
}, 20_000);

afterAll(async () => {
  client?.disconnect();
  await store?.close();
}, 20_000);

/** The text of the bot's last message (or edit) since call number `after`. */
const lastText = (after: number) =>
  htmlToPlain(
    String(
      deploy.api
        .calls()
        .slice(after)
        .filter((call) => call.method === "sendMessage" || call.method === "editMessageText")
        .at(-1)?.payload.text,
    ),
  );

describeWithRedis("sessions in Redis", () => {
  it("ignores a damaged session without overwriting it, until the person chooses again", async () => {
    const user = person(6001, "en");
    await client.set(`session:${user.id}`, "{not json");

    const before = deploy.api.calls().length;
    await bot.handleUpdate(textMessage(user, "/help"));
    expect(lastText(before)).toContain(htmlToPlain(kb.t("en", "help-intro")));
    expect(warnings.join("\n")).toMatch(/unreadable session in Redis/);
    expect(await client.get(`session:${user.id}`)).toBe("{not json");

    await bot.handleUpdate(buttonPress(user, "l:be"));
    expect(await client.get(`session:${user.id}`)).toBe('{"language":"be"}');
  });

  it("writes nothing for someone who never chose a language", async () => {
    const user = person(6002, "ru");
    await bot.handleUpdate(textMessage(user, "/help"));
    expect(await client.exists(`session:${user.id}`)).toBe(0);
  });

  it("fails an update whose session cannot be read, instead of running it with a blank one", async () => {
    const user = person(6003, "en");
    await client.set(`session:${user.id}`, '{"language":"ru"}');
    await deploy.redis.stop();

    const before = deploy.api.calls().length;
    await bot.handleUpdate(buttonPress(user, "l:be"));
    expect(deploy.api.calls("editMessageText").slice(before), "the choice was not confirmed").toEqual([]);
    expect(lastText(before)).toBe(htmlToPlain(kb.t("en", "error-internal")));
    expect(errors.join("\n")).toMatch(/failed/);
    expect(store.isConnected()).toBe(false);
  });

  it("stops the start when Redis does not answer, naming REDIS_URL but not its password", async () => {
    const port = await freePort();
    const opening = openSessionStore({
      redisUrl: `redis://:hunter2-password@127.0.0.1:${port}`,
      sessionDir: "unused",
      log,
      connectDeadlineMs: 300,
    });
    await expect(opening).rejects.toThrow(StartupError);
    await expect(opening).rejects.toThrow(
      new RegExp(`^REDIS_URL: Redis at 127\\.0\\.0\\.1:${port} did not answer`),
    );
    await opening.catch((error: Error) => expect(error.message).not.toContain("hunter2"));
    expect(warnings.join("\n")).not.toContain("hunter2");
  });
});
