import type { RenderContext } from "./context.js";

/**
 * `compute`, remembering each result under `keyOf(...args)` for as long as `scopeOf(...args)`
 * lives (by default, for as long as the process). The bot's one memo (its other cache, of
 * answers, is the bounded LRU of src/search/cache.ts): what it remembers is bounded by what
 * exists to compute (facts × languages, pages, dates), and the knowledge base does not change
 * while the bot runs, so nothing needs evicting.
 */
export function memoize<A extends unknown[], R>(
  compute: (...args: A) => R,
  keyOf: (...args: A) => string,
  scopeOf: (...args: A) => object = () => PROCESS,
): (...args: A) => R {
  const caches = new WeakMap<object, Map<string, R>>();
  return (...args) => {
    const scope = scopeOf(...args);
    let cache = caches.get(scope);
    if (!cache) caches.set(scope, (cache = new Map<string, R>()));
    const key = keyOf(...args);
    let out = cache.get(key);
    if (out === undefined && !cache.has(key)) cache.set(key, (out = compute(...args)));
    return out as R;
  };
}

const PROCESS = {};

/**
 * A message that depends only on the knowledge base, the reply language, the bot's username
 * and its own arguments: rendered once for each, per knowledge base (tests load several).
 */
export function memoizeMessage<A extends (string | number)[], R>(
  render: (rc: RenderContext, ...args: A) => R,
): (rc: RenderContext, ...args: A) => R {
  return memoize<[RenderContext, ...A], R>(
    render,
    (rc, ...args) => [rc.lang, rc.botUsername, ...args].join("\u0000"),
    (...[rc]) => rc.kb,
  );
}
