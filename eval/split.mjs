#!/usr/bin/env node
// Splits a blind corpus into a tune half (60%) and a held-out half (40%), stratified by
// language and kind, with a fixed seed: the same corpus always gives the same halves.
//   node eval/split.mjs [NAME]   (NAME "blind" by default: reads eval/NAME-corpus.jsonl, writes
//                                 eval/NAME-tune.jsonl and eval/NAME-heldout.jsonl)
// Ten corpora were written, by different people at different times: blind, blind2 … blind11.
// Prints counts only: the held-out items are not to be read while search or data change.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SEED = 20261201;
const TUNE_SHARE = 0.6;
const here = dirname(fileURLToPath(import.meta.url));
const CORPORA = [
  "blind",
  "blind2",
  "blind3",
  "blind4",
  "blind5",
  "blind6",
  "blind7",
  "blind8",
  "blind9",
  "blind10",
  "blind11",
];
const name = process.argv[2] ?? "blind";
if (!CORPORA.includes(name)) throw new Error(`split.mjs: no corpus "${name}" (one of ${CORPORA.join(", ")})`);
const read = (corpus) =>
  readFileSync(join(here, `${corpus}-corpus.jsonl`), "utf8")
    .split("\n")
    .filter(Boolean);
const keyOf = (line) => JSON.parse(line).q.trim().toLowerCase();
const lines = read(name);

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

// A question written twice (two writers' "ok" or "weather in Minsk") would sit in both halves;
// one an earlier corpus has already is in its tune or held-out half, and was tuned on or seen.
const seen = new Set(CORPORA.slice(0, CORPORA.indexOf(name)).flatMap(read).map(keyOf));
const unique = lines.filter((line) => {
  const key = keyOf(line);
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
writeFileSync(join(here, `${name}-tune.jsonl`), tune.join("\n") + "\n");
writeFileSync(join(here, `${name}-heldout.jsonl`), heldOut.join("\n") + "\n");
console.log(
  `split ${name}: ${lines.length} questions, ${unique.length} distinct → tune ${tune.length}, held-out ${heldOut.length} (seed ${SEED})`,
);
