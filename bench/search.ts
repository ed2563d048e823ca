/**
 * Search-core benchmark: index build time, p50/p99 answer latency and heap, at the shipped
 * size and at 10 000 and 100 000 synthetic facts; and the same questions against a MiniSearch
 * with default options over the same texts, as a ratio (this bot's work per question vs the
 * library's bare minimum).
 */
import MiniSearch from "minisearch";
import type { Fact, KnowledgeBase } from "../src/kb/types.js";
import { LANGS } from "../src/langs.js";
import { createAnswerer } from "../src/search/index.js";
import { TYPED, SHORT, TYPOS, SPELLINGS, OUT_OF_SCOPE } from "../test/search/questions.js";
import { percentile, type Row } from "./report.js";

export const QUESTIONS = [...TYPED, ...SHORT, ...TYPOS, ...SPELLINGS, ...OUT_OF_SCOPE].map(([q]) => q);

/** Deterministic pseudo-random numbers, so every run measures the same synthetic facts. */
function random(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

/**
 * Synthetic facts made of the real knowledge base's words: each takes a real fact's structure and
 * swaps in words drawn from other facts, so term frequencies look like real text, not noise.
 */
export function syntheticFacts(real: readonly Fact[], count: number): Fact[] {
  const next = random(42);
  const vocabulary = Object.fromEntries(
    LANGS.map((lang) => [lang, real.flatMap((fact) => fact.text[lang].answer.split(/\s+/))]),
  );
  const pick = (words: string[]) => words[Math.floor(next() * words.length)]!;
  const sentence = (lang: (typeof LANGS)[number], length: number) =>
    Array.from({ length }, () => pick(vocabulary[lang]!)).join(" ");
  return Array.from({ length: count }, (_, i) => {
    const base = real[i % real.length]!;
    const text = Object.fromEntries(
      LANGS.map((lang) => [
        lang,
        {
          title: sentence(lang, 4),
          answer: sentence(lang, 40),
          keywords: Array.from({ length: 8 }, () => sentence(lang, 2)),
        },
      ]),
    ) as Fact["text"];
    return { ...base, id: `synthetic-${i}`, text, related: [] };
  });
}

function time<T>(fn: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const out = fn();
  return [out, Number(process.hrtime.bigint() - start) / 1e6];
}

function latencies(run: (question: string) => unknown, rounds: number): number[] {
  for (const q of QUESTIONS) run(q); // warm-up: JIT and caches
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const q of QUESTIONS) {
      const start = process.hrtime.bigint();
      run(q);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  return samples.sort((a, b) => a - b);
}

function heapMb(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

export function benchSearch(kb: KnowledgeBase): Row[] {
  const rows: Row[] = [];
  for (const size of [kb.facts.length, 10_000, 100_000]) {
    const facts = size === kb.facts.length ? kb.facts : syntheticFacts(kb.facts, size);
    const sized: KnowledgeBase = { ...kb, facts, byId: new Map(facts.map((f) => [f.id, f])) };
    const heapBefore = heapMb();
    const [answerer, buildMs] = time(() => createAnswerer(sized));
    const heap = heapMb() - heapBefore;
    const rounds = size > 10_000 ? 2 : size > 1000 ? 5 : 50;
    const ours = latencies((q) => answerer.answer(q, { fallbackLang: "en" }), rounds);

    // The baseline: MiniSearch's defaults over the same texts, one query per question.
    const fields = LANGS.flatMap((lang) => [`title_${lang}`, `keywords_${lang}`, `answer_${lang}`]);
    const [plain, plainBuildMs] = time(() => {
      const index = new MiniSearch({ fields });
      index.addAll(
        facts.map((fact, id) => ({
          id,
          ...Object.fromEntries(
            LANGS.flatMap((lang) => [
              [`title_${lang}`, fact.text[lang].title],
              [`keywords_${lang}`, fact.text[lang].keywords.join(", ")],
              [`answer_${lang}`, fact.text[lang].answer],
            ]),
          ),
        })),
      );
      return index;
    });
    const baseline = latencies((q) => plain.search(q), rounds);
    const label = size === kb.facts.length ? `${size} (shipped)` : String(size);
    rows.push({
      name: `search, ${label} facts`,
      figures: {
        "build ms": buildMs,
        "p50 µs": percentile(ours, 0.5) * 1000,
        "p99 µs": percentile(ours, 0.99) * 1000,
        "heap MB": heap,
        "default MiniSearch p50 µs": percentile(baseline, 0.5) * 1000,
        "p50 ratio ours/default": percentile(ours, 0.5) / percentile(baseline, 0.5),
        "build ratio ours/default": buildMs / plainBuildMs,
      },
    });
  }
  return rows;
}
