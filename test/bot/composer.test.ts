/**
 * BotComposer and routeTo decide filters and routes without building a Composer per update; what
 * they decide must be what grammY's own Composer decides. Each case runs the same set-up both
 * ways and compares the handlers that ran, in order.
 */
import { Composer, Context, type Middleware } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { describe, expect, it } from "vitest";
import { BotComposer, routeTo, when } from "../../src/bot/composer.js";

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

type Route = (
  composer: Composer<Context>,
  router: (ctx: Context) => string | undefined | Promise<string | undefined>,
  routes: Record<string, Middleware<Context>>,
  fallback?: Middleware<Context>,
) => void;
/** grammY's route, and ours: what a set-up routes through. */
const GRAMMY_ROUTE: Route = (composer, router, routes, fallback) => composer.route(router, routes, fallback);
const OUR_ROUTE: Route = (composer, router, routes, fallback) =>
  composer.use(routeTo(router, routes, fallback));

type SetUp = (composer: Composer<Context>, log: string[], route: Route) => void;

async function ran(
  make: () => Composer<Context>,
  route: Route,
  setUp: SetUp,
  update: Update,
): Promise<string[]> {
  const log: string[] = [];
  const composer = make();
  setUp(composer, log, route);
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
  "a route, its fallback and what comes after it": (c, log, route) => {
    const routes: Record<string, Middleware<Context>> = {
      a: (_ctx, next) => (log.push("route a"), next()),
      b: () => void log.push("route b"),
    };
    route(
      c,
      (ctx) => ctx.message?.text ?? ctx.callbackQuery?.data,
      routes,
      (_ctx, next) => (log.push("fallback"), next()),
    );
  },
  "an asynchronous route": (c, log, route) => {
    const routes: Record<string, Middleware<Context>> = { a: () => void log.push("route a") };
    route(c, async (ctx) => Promise.resolve(ctx.message?.text), routes);
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

describe("BotComposer and routeTo", () => {
  for (const [name, setUp] of Object.entries(SET_UPS))
    it.each(Object.entries(UPDATES))(`runs what grammY runs: ${name}, %s`, async (_label, update) => {
      const expected = await ran(() => new Composer<Context>(), GRAMMY_ROUTE, setUp, update);
      expect(await ran(() => new BotComposer<Context>(), OUR_ROUTE, setUp, update)).toEqual(expected);
    });

  it.each(Object.entries(UPDATES))("when() passes on what filter() passes on: %s", async (_label, update) => {
    const isText = (ctx: Context) => ctx.message?.text !== undefined;
    const setUp =
      (filter: (c: Composer<Context>, handler: Middleware<Context>) => void): SetUp =>
      (c, log) =>
        filter(c, (_ctx, next) => (log.push("text"), next()));
    const expected = await ran(
      () => new Composer<Context>(),
      GRAMMY_ROUTE,
      setUp((c, h) => c.filter(isText, h)),
      update,
    );
    const ours = await ran(
      () => new Composer<Context>(),
      OUR_ROUTE,
      setUp((c, h) => c.use(when(isText, h))),
      update,
    );
    expect(ours).toEqual(expected);
  });

  it("runs the fallback for an update no route names, then goes on", async () => {
    expect(
      await ran(
        () => new BotComposer<Context>(),
        OUR_ROUTE,
        SET_UPS["a route, its fallback and what comes after it"]!,
        message("z"),
      ),
    ).toEqual(["fallback", "end"]);
  });
});
