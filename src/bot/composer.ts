import { Composer, type Context, type Middleware, type MiddlewareFn } from "grammy";

type MaybeArray<T> = T | T[];
type MaybePromise<T> = T | Promise<T>;

/**
 * A grammY Composer whose filters (`command`, `on`, `filter` and the rest, which all branch)
 * and routes cost what their predicate costs. grammY decides each through `lazy`, which builds
 * and flattens a new Composer for every update at every check: about a microsecond each, the
 * largest part of this bot's own work on a button press (`npm run bench`, stream 3). The semantics are grammY's:
 * the predicate runs for each update, and a composer's middleware is looked up when it runs, so
 * handlers added later to the composer a filter returned still count.
 */
export class BotComposer<C extends Context> extends Composer<C> {
  override route<R extends Record<PropertyKey, Middleware<C>>>(
    router: (ctx: C) => MaybePromise<undefined | keyof R>,
    routeHandlers: R,
    fallback: Middleware<C> = pass,
  ): Composer<C> {
    const handlers = new Map(
      Object.entries(routeHandlers).map(([key, handler]) => [key, asFunction(handler)]),
    );
    const otherwise = asFunction(fallback);
    const dispatch = (key: undefined | keyof R) =>
      (key === undefined ? undefined : handlers.get(String(key))) ?? otherwise;
    return this.use((ctx, next) => {
      const key = router(ctx);
      return key instanceof Promise ? key.then((k) => dispatch(k)(ctx, next)) : dispatch(key)(ctx, next);
    });
  }

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

const pass = <C extends Context>(_ctx: C, next: () => Promise<void>) => next();

function asFunction<C extends Context>(middleware: MaybeArray<Middleware<C>>): MiddlewareFn<C> {
  if (Array.isArray(middleware)) return new Composer(...middleware).middleware();
  if (typeof middleware === "function") return middleware;
  return (ctx, next) => middleware.middleware()(ctx, next);
}
