/**
 * The route table decides what grammY's own `route` decides: the same handler for the same
 * update, and `next` (what comes after) when no route names it or the handler passes it on.
 */
import { Composer, Context, type MiddlewareFn } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { describe, expect, it } from "vitest";
import { routeTable } from "../../src/bot/route-table.js";

const me = { id: 1, is_bot: true, first_name: "Bot", username: "the_bot" } as UserFromGetMe;

function message(text: string): Update {
  const chat = { id: 7, type: "private" as const, first_name: "U" };
  const from = { id: 7, is_bot: false, first_name: "U" };
  return { update_id: 1, message: { message_id: 1, date: 0, chat, from, text } };
}

async function ran(use: (composer: Composer<Context>, log: string[]) => void, update: Update) {
  const log: string[] = [];
  const composer = new Composer<Context>();
  use(composer, log);
  composer.use(() => void log.push("end"));
  await composer.middleware()(new Context(update, undefined as never, me), () => Promise.resolve());
  return log;
}

const handlers = (log: string[]): Record<string, MiddlewareFn<Context>> => ({
  a: (_ctx, next) => (log.push("route a"), next()),
  b: () => void log.push("route b"),
  // Not a route of its own: a key an object inherits must not be taken for one.
  constructor: () => void log.push("constructor"),
});
const routeOf = (ctx: Context) => ctx.message?.text;
type Key = "a" | "b";
const grammyRouteOf = (ctx: Context) => ctx.message?.text as Key | undefined;

describe("the route table", () => {
  it.each(["a", "b", "z"])("runs what grammY's route runs for %s", async (text) => {
    const expected = await ran((c, log) => {
      const { a, b } = handlers(log);
      c.route(grammyRouteOf, { a: a!, b: b! });
    }, message(text));
    const ours = await ran((c, log) => {
      const { a, b } = handlers(log);
      c.use(
        routeTable(
          routeOf,
          new Map([
            ["a", a!],
            ["b", b!],
          ]),
        ),
      );
    }, message(text));
    expect(ours).toEqual(expected);
  });

  it("goes on for an update no route names, whatever its key", async () => {
    for (const text of ["z", "constructor", "__proto__"])
      expect(
        await ran((c, log) => {
          const { a } = handlers(log);
          c.use(routeTable(routeOf, new Map([["a", a!]])));
        }, message(text)),
      ).toEqual(["end"]);
  });
});
