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

/**
 * Deterministic pseudo-random numbers (mulberry32), so every run measures the same synthetic
 * facts. 32-bit integer arithmetic throughout: a textbook LCG computed in doubles loses bits and
 * falls into a cycle of a few thousand values, which made every large corpus a repetition.
 */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * Synthetic facts that keep real statistics at any size: each is a copy of a real fact in which
 * about half the words are swapped for words of a vocabulary that grows with the corpus (as
 * real vocabularies do), drawn Zipf-like so some are common and most are rare. Real questions
 * then still find their facts' copies, among many near neighbours, and no real word ends up in
 * every fact (which would make the benchmark measure nothing but stop-word handling).
 */
export function syntheticFacts(real: readonly Fact[], count: number): Fact[] {
  const next = random(42);
  const vocabularySize = Math.max(1000, count * 2);
  const syntheticWord = () => {
    const rank = Math.floor(vocabularySize ** next()); // log-uniform rank: Zipf-like frequencies
    return `w${rank.toString(36)}`;
  };
  const blend = (text: string) =>
    text
      .split(" ")
      .map((word) => (next() < 0.5 ? syntheticWord() : word))
      .join(" ");
  return Array.from({ length: count }, (_, i) => {
    const base = real[i % real.length]!;
    const text = Object.fromEntries(
      LANGS.map((lang) => {
        const { title, answer, keywords, questions } = base.text[lang];
        const text = { title: blend(title), answer: blend(answer), keywords: keywords.map(blend) };
        return [lang, { ...text, questions: questions.map(blend) }];
      }),
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

export function benchSearch(kb: KnowledgeBase, report: (row: Row) => void): void {
  for (const size of [kb.facts.length, 10_000, 100_000]) {
    const facts = size === kb.facts.length ? kb.facts : syntheticFacts(kb.facts, size);
    const sized: KnowledgeBase = { ...kb, facts, byId: new Map(facts.map((f) => [f.id, f])) };
    const heapBefore = heapMb();
    const [answerer, buildMs] = time(() => createAnswerer(sized));
    const heap = heapMb() - heapBefore;
    const rounds = size > 1000 ? 5 : 50;
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
    // Only its median is reported, and at 100 000 facts each of its queries takes ~0.1 s: one round.
    const baseline = latencies((q) => plain.search(q), size > 1000 ? 1 : rounds);
    const label = size === kb.facts.length ? `${size} (shipped)` : String(size);
    report({
      name: `search, ${label} facts`,
      figures: {
        "build ms": buildMs,
        "p50 µs": percentile(ours, 0.5) * 1000,
        "p99 µs": percentile(ours, 0.99) * 1000,
        "heap MB": heap,
        "default MiniSearch build ms": plainBuildMs,
        "default MiniSearch p50 µs": percentile(baseline, 0.5) * 1000,
        "p50 ratio ours/default": percentile(ours, 0.5) / percentile(baseline, 0.5),
        "build ratio ours/default": buildMs / plainBuildMs,
      },
    });
  }
}
