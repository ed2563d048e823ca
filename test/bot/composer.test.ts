/**
 * BotComposer decides filters and routes without building a Composer per update; what it decides
 * must be what grammY's own Composer decides. Each case runs the same set-up on both and compares
 * the handlers that ran, in order.
 */
import { Composer, Context, type Middleware } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { describe, expect, it } from "vitest";
import { BotComposer } from "../../src/bot/composer.js";

const me = { id: 1, is_bot: true, first_name: "Bot", username: "the_bot" } as UserFromGetMe;

function message(text: string, entities?: NonNullable<Update["message"]>["entities"]): Update {
  const chat = { id: 7, type: "private" as const, first_name: "U" };
  const from = { id: 7, is_bot: false, first_name: "U" };
  return { update_id: 1, message: { message_id: 1, date: 0, chat, from, text, entities } };
}
const command = (text: string) =>
  message(text, [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }]);
const button = (data: string): Update => ({
  update_id: 2,
  callback_query: { id: "q", from: { id: 7, is_bot: false, first_name: "U" }, chat_instance: "c", data },
});

type SetUp = (composer: Composer<Context>, log: string[]) => void;

async function ran(make: () => Composer<Context>, setUp: SetUp, update: Update): Promise<string[]> {
  const log: string[] = [];
  const composer = make();
  setUp(composer, log);
  composer.use(() => void log.push("end"));
  await composer.middleware()(new Context(update, undefined as never, me), () => Promise.resolve());
  return log;
}

const SET_UPS: Record<string, SetUp> = {
  "commands and filter queries": (c, log) => {
    c.command("help", (_ctx, next) => (log.push("help"), next()));
    c.command("start", () => void log.push("start"));
    c.on("message:text", (_ctx, next) => (log.push("text"), next()));
    c.on("callback_query:data", () => void log.push("button"));
  },
  "a synchronous and an asynchronous predicate": (c, log) => {
    c.filter(
      (ctx) => ctx.message?.text === "a",
      () => void log.push("sync"),
    );
    c.filter(
      async (ctx) => Promise.resolve(ctx.message?.text === "b"),
      () => void log.push("async"),
    );
  },
  "handlers added later to the composer a filter returned": (c, log) => {
    const texts = c.on("message:text");
    texts.use((_ctx, next) => (log.push("first"), next()));
    texts.use(() => void log.push("second"));
  },
  "a route, its fallback and what comes after it": (c, log) => {
    const routes: Record<string, Middleware<Context>> = {
      a: (_ctx, next) => (log.push("route a"), next()),
      b: () => void log.push("route b"),
    };
    c.route(
      (ctx) => ctx.message?.text ?? ctx.callbackQuery?.data,
      routes,
      (_ctx, next) => (log.push("fallback"), next()),
    );
  },
  "an asynchronous route": (c, log) => {
    const routes: Record<string, Middleware<Context>> = { a: () => void log.push("route a") };
    c.route(async (ctx) => Promise.resolve(ctx.message?.text), routes);
  },
};

const UPDATES: Record<string, Update> = {
  "/help": command("/help"),
  "/start x": command("/start x"),
  "/help@other_bot": command("/help@other_bot"),
  a: message("a"),
  b: message("b"),
  c: message("c"),
  "a button": button("b"),
};

describe("BotComposer", () => {
  for (const [name, setUp] of Object.entries(SET_UPS))
    it.each(Object.entries(UPDATES))(`runs what grammY runs: ${name}, %s`, async (_label, update) => {
      const expected = await ran(() => new Composer<Context>(), setUp, update);
      expect(await ran(() => new BotComposer<Context>(), setUp, update)).toEqual(expected);
    });

  it("runs the fallback for an update no route names, then goes on", async () => {
    expect(
      await ran(
        () => new BotComposer<Context>(),
        SET_UPS["a route, its fallback and what comes after it"]!,
        message("z"),
      ),
    ).toEqual(["fallback", "end"]);
  });
});
