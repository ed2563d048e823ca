import { Composer, type Context, type Middleware, type MiddlewareFn } from "grammy";

type MaybeArray<T> = T | T[];
type MaybePromise<T> = T | Promise<T>;

/**
 * A grammY Composer whose filters (`command`, `on`, `filter` and the rest, which all branch)
 * cost what their predicate costs. grammY decides each through `lazy`, which builds and flattens
 * a new Composer for every update at every check: about a microsecond each, the largest part of
 * this bot's own work on a button press (`npm run bench`, stream 3). The semantics are grammY's:
 * the predicate runs for each update, and a composer's middleware is looked up when it runs, so
 * handlers added later to the composer a filter returned still count.
 */
export class BotComposer<C extends Context> extends Composer<C> {
  override branch(
    predicate: (ctx: C) => MaybePromise<boolean>,
    trueMiddleware: MaybeArray<Middleware<C>>,
    falseMiddleware: MaybeArray<Middleware<C>>,
  ): Composer<C> {
    const onTrue = asFunction(trueMiddleware);
    const onFalse = asFunction(falseMiddleware);
    return this.use((ctx, next) => {
      const decision = predicate(ctx);
      return decision instanceof Promise
        ? decision.then((yes) => (yes ? onTrue : onFalse)(ctx, next))
        : (decision ? onTrue : onFalse)(ctx, next);
    });
  }
}

/** grammY's `route` as a plain function (see `when`). */
export function routeTo<C extends Context, R extends Record<PropertyKey, Middleware<C>>>(
  router: (ctx: C) => MaybePromise<undefined | keyof R>,
  routeHandlers: R,
  fallback: Middleware<C> = pass,
): MiddlewareFn<C> {
  const handlers = new Map(Object.entries(routeHandlers).map(([key, handler]) => [key, asFunction(handler)]));
  const otherwise = asFunction(fallback);
  const dispatch = (key: undefined | keyof R) =>
    (key === undefined ? undefined : handlers.get(String(key))) ?? otherwise;
  return (ctx, next) => {
    const key = router(ctx);
    return key instanceof Promise ? key.then((k) => dispatch(k)(ctx, next)) : dispatch(key)(ctx, next);
  };
}

/**
 * Middleware that runs `middleware` for the updates `predicate` accepts and passes the others
 * on: a filter as a plain function, for a chain built in one go (`new Composer(a, b, c)`), where
 * each `composer.filter(…)` would add levels of grammY's middleware tree that every update climbs.
 */
export function when<C extends Context>(
  predicate: (ctx: C) => boolean,
  middleware: Middleware<C>,
): MiddlewareFn<C> {
  const run = asFunction(middleware);
  return (ctx, next) => (predicate(ctx) ? run(ctx, next) : next());
}

const pass = <C extends Context>(_ctx: C, next: () => Promise<void>) => next();

function asFunction<C extends Context>(middleware: MaybeArray<Middleware<C>>): MiddlewareFn<C> {
  if (Array.isArray(middleware)) return new Composer(...middleware).middleware();
  if (typeof middleware === "function") return middleware;
  return (ctx, next) => middleware.middleware()(ctx, next);
}
