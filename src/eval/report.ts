/**
 * Totals of a judged question set: the score per language and kind, the split that tells
 * ranking from decision, and a reliability table (does a confidence of 0.8 mean right 8 times
 * in 10?). Only totals: no item is printed, so a held-out set can be reported without being read.
 */
import { LANGS } from "../langs.js";
import type { Judged, Outcome } from "./judge.js";
import { inScope } from "./question-set.js";

export interface Summary {
  total: number;
  passed: number;
  inScope: number;
  outOfScope: number;
  counts: Record<Outcome, number>;
  rankedFirst: number;
  byLang: Record<string, [passed: number, total: number]>;
  byKind: Record<string, [passed: number, total: number]>;
  reliability: { from: number; to: number; answered: number; right: number }[];
}

const BUCKETS = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];

export function summarize(judged: readonly Judged[]): Summary {
  const counts: Record<Outcome, number> = {
    right: 0,
    "declined-ranked-first": 0,
    declined: 0,
    wrong: 0,
    refused: 0,
    "oos-answered": 0,
  };
  const byLang: Summary["byLang"] = {};
  const byKind: Summary["byKind"] = {};
  const add = (table: Summary["byLang"], key: string, passed: boolean) => {
    const row = (table[key] ??= [0, 0]);
    row[1]++;
    if (passed) row[0]++;
  };
  for (const j of judged) {
    counts[j.outcome]++;
    add(byLang, j.item.lang, j.passed);
    add(byKind, j.item.kind, j.passed);
  }
  const reliability = BUCKETS.slice(0, -1).map((from, i) => {
    const to = BUCKETS[i + 1]!;
    const inBucket = judged.filter(
      (j) => j.answer.kind === "fact" && j.answer.confidence >= from && j.answer.confidence < to,
    );
    return {
      from,
      to: Math.min(to, 1),
      answered: inBucket.length,
      right: inBucket.filter((j) => j.passed).length,
    };
  });
  const scoped = judged.filter((j) => inScope(j.item)).length;
  return {
    total: judged.length,
    passed: judged.filter((j) => j.passed).length,
    inScope: scoped,
    outOfScope: judged.length - scoped,
    counts,
    rankedFirst: judged.filter((j) => j.rankedFirst).length,
    byLang,
    byKind,
    reliability,
  };
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : "—");
const cell = ([p, n]: [number, number]) => `${p}/${n} ${pct(p, n)}`.padEnd(16);

export function formatSummary(name: string, s: Summary): string {
  const lines = [`${name}: ${s.passed}/${s.total} right (${pct(s.passed, s.total)})`];
  const langs = LANGS.filter((lang) => s.byLang[lang]);
  lines.push(`  per language  ${langs.map((lang) => `${lang} ${cell(s.byLang[lang]!)}`).join("")}`);
  const kinds = Object.keys(s.byKind).sort();
  for (let i = 0; i < kinds.length; i += 4)
    lines.push(
      `  ${i === 0 ? "per kind     " : "             "} ${kinds
        .slice(i, i + 4)
        .map((kind) => `${kind.padEnd(10)} ${cell(s.byKind[kind]!)}`)
        .join("")}`,
    );
  const c = s.counts;
  lines.push(
    `  in scope ${s.inScope}: right fact ranked first ${s.rankedFirst} (${pct(s.rankedFirst, s.inScope)}), ` +
      `answered right ${c.right} (${pct(c.right, s.inScope)}), declined though ranked first ${c["declined-ranked-first"]} ` +
      `(${pct(c["declined-ranked-first"], s.inScope)}), declined ${c.declined}, answered wrong ${c.wrong} (${pct(c.wrong, s.inScope)})`,
  );
  lines.push(
    `  out of scope ${s.outOfScope}: declined ${c.refused} (${pct(c.refused, s.outOfScope)}), answered ${c["oos-answered"]}`,
  );
  lines.push(
    `  reliability  ${s.reliability
      .filter((b) => b.answered)
      .map((b) => `[${b.from.toFixed(1)},${b.to.toFixed(1)}) ${b.right}/${b.answered}`)
      .join("  ")}`,
  );
  return lines.join("\n");
}
