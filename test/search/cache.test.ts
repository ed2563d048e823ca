import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../src/kb/load.js";
import { createAnswerer, withAnswerCache } from "../../src/search/index.js";
import type { QuestionAnswerer } from "../../src/search/types.js";

const answerer = createAnswerer(loadKnowledgeBase());

function counting(inner: QuestionAnswerer) {
  const calls = { answer: 0, lookup: 0 };
  const counted: QuestionAnswerer = {
    answer: (q, o) => (calls.answer++, inner.answer(q, o)),
    lookup: (q, o) => (calls.lookup++, inner.lookup(q, o)),
  };
  return { calls, counted };
}

describe("the answer cache", () => {
  it("gives exactly the uncached answer, and asks the core once per normalized question and language", () => {
    const { calls, counted } = counting(answerer);
    const cached = withAnswerCache(counted);
    const first = cached.answer("Калі стварылі Кантактную групу?", { fallbackLang: "ru" });
    const again = cached.answer("  калі стварылі *Кантактную*  групу?", { fallbackLang: "ru" });
    expect(again).toEqual(answerer.answer("Калі стварылі Кантактную групу?", { fallbackLang: "ru" }));
    expect(again).toBe(first);
    expect(calls.answer).toBe(1);
    cached.answer("Калі стварылі Кантактную групу?", { fallbackLang: "en" });
    expect(calls.answer).toBe(2);
  });

  it("forgets the least recently used question when full", () => {
    const { calls, counted } = counting(answerer);
    const cached = withAnswerCache(counted, 2);
    for (const q of ["GRECO", "EPAS", "GRECO", "Viasna", "GRECO", "EPAS"])
      cached.answer(q, { fallbackLang: "en" });
    // GRECO stayed in use; EPAS was evicted by Viasna and asked again.
    expect(calls.answer).toBe(4);
  });

  it("never caches an explained answer, and keys inline lookups by their limit", () => {
    const { calls, counted } = counting(answerer);
    const cached = withAnswerCache(counted);
    cached.answer("GRECO", { fallbackLang: "en", explain: true });
    cached.answer("GRECO", { fallbackLang: "en", explain: true });
    expect(calls.answer).toBe(2);
    cached.lookup("PACE", { fallbackLang: "en", limit: 5 });
    cached.lookup("PACE", { fallbackLang: "en", limit: 50 });
    cached.lookup("PACE", { fallbackLang: "en", limit: 5 });
    expect(calls.lookup).toBe(2);
  });
});
