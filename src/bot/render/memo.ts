import type { View } from "./view.js";

/**
 * A rendered message depends only on the reply language, the bot's username and its own
 * arguments, and the knowledge base does not change while the bot runs: build each once.
 * Bounded by what exists to render (languages × facts or pages), so it needs no eviction.
 */
export function memoized<A extends (string | number)[], R>(
  render: (view: View, ...args: A) => R,
): (view: View, ...args: A) => R {
  const cache = new Map<string, R>();
  return (view, ...args) => {
    const key = [view.lang, view.botUsername, ...args].join("\u0000");
    let out = cache.get(key);
    if (out === undefined) cache.set(key, (out = render(view, ...args)));
    return out;
  };
}
