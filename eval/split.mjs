#!/usr/bin/env node
// Splits the blind corpus into a tune half (60%) and a held-out half (40%), stratified by
// language and kind, with a fixed seed: the same corpus always gives the same halves.
//   node eval/split.mjs   (reads eval/blind-corpus.jsonl, writes eval/blind-tune.jsonl and eval/blind-heldout.jsonl)
// Prints counts only: the held-out items are not to be read while search or data change.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SEED = 20261201;
const TUNE_SHARE = 0.6;
const here = dirname(fileURLToPath(import.meta.url));
const lines = readFileSync(join(here, "blind-corpus.jsonl"), "utf8").split("\n").filter(Boolean);

// mulberry32: a small, well-known PRNG, so the split does not depend on the platform.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A question written twice (two writers' "ok" or "weather in Minsk") would sit in both halves.
const seen = new Set();
const unique = lines.filter((line) => {
  const key = JSON.parse(line).q.trim().toLowerCase();
  return !seen.has(key) && seen.add(key);
});
const strata = new Map();
for (const line of unique) {
  const { lang, kind } = JSON.parse(line);
  const key = `${lang}/${kind}`;
  if (!strata.has(key)) strata.set(key, []);
  strata.get(key).push(line);
}
const random = prng(SEED);
const tune = [];
const heldOut = [];
for (const key of [...strata.keys()].sort()) {
  const group = strata.get(key);
  for (let i = group.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [group[i], group[j]] = [group[j], group[i]];
  }
  const cut = Math.round(group.length * TUNE_SHARE);
  tune.push(...group.slice(0, cut));
  heldOut.push(...group.slice(cut));
}
writeFileSync(join(here, "blind-tune.jsonl"), tune.join("\n") + "\n");
writeFileSync(join(here, "blind-heldout.jsonl"), heldOut.join("\n") + "\n");
console.log(
  `split: ${lines.length} questions, ${unique.length} distinct → tune ${tune.length}, held-out ${heldOut.length} (seed ${SEED})`,
);
