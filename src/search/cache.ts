/**
 * A bounded cache in front of the search core, for the bot: popular questions, shared answers
 * and inline queries typed letter by letter repeat a lot. Keyed by the normalized text and the
 * caller's language — everything an answer depends on — so every answer is identical to an
 * uncached one; the least recently used entry goes first.
 */
import { normalizeText } from "./normalize.js";
import type { Answer, QuestionAnswerer } from "./types.js";

export function withAnswerCache(answerer: QuestionAnswerer, size = 2000): QuestionAnswerer {
  const answers = new LruMap<Answer>(size);
  const lookups = new LruMap<ReturnType<QuestionAnswerer["lookup"]>>(size);
  return {
    answer(question, options) {
      if (options.explain) return answerer.answer(question, options);
      const key = `${options.fallbackLang}\u0000${normalizeText(question)}`;
      return answers.get(key) ?? answers.set(key, answerer.answer(question, options));
    },
    lookup(query, options) {
      const key = `${options.fallbackLang}\u0000${options.limit}\u0000${normalizeText(query)}`;
      return lookups.get(key) ?? lookups.set(key, answerer.lookup(query, options));
    },
  };
}

class LruMap<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly size: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    // Map keeps insertion order: re-inserting marks the entry most recently used.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: V): V {
    this.entries.set(key, value);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
