import type { Context, MiddlewareFn } from "grammy";

/**
 * The typed route table: each update goes straight to the one handler its route names, or on
 * to `next` when none does. The bot's one departure from composing with grammY's filters, which
 * every update would otherwise walk past, feature after feature (`npm run bench`, stream 3).
 */
export function routeTable<C extends Context, R extends string>(
  routeOf: (ctx: C) => R | undefined,
  routes: ReadonlyMap<R, MiddlewareFn<C>>,
): MiddlewareFn<C> {
  return (ctx, next) => {
    const route = routeOf(ctx);
    const handler = route === undefined ? undefined : routes.get(route);
    return handler ? handler(ctx, next) : next();
  };
}
