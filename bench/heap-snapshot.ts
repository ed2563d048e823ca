/**
 * `node --expose-gc --import tsx bench/heap-snapshot.ts [file]`: what the bot's JavaScript heap
 * holds once it has started and answered a question: a V8 heap snapshot (written to `file`, for
 * Chrome's DevTools, or to the temporary folder), summed by kind of object, largest first. This
 * is how the README's "What dominates: memory" figures were found.
 */
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeHeapSnapshot } from "node:v8";
import { encodeAction } from "../src/bot/callback-data.js";
import { createBot } from "../src/bot/index.js";
import { OFFLINE_BOT_INFO } from "../src/cli/offline-telegram.js";
import { loadKnowledgeBase } from "../src/kb/load.js";
import { createAnswerer } from "../src/search/index.js";
import { callbackUpdate, textUpdate } from "./updates.js";

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

const kb = loadKnowledgeBase();
const bot = createBot(
  { token: "offline", sessions: { kind: "memory" }, botInfo: OFFLINE_BOT_INFO },
  { kb, answerer: createAnswerer(kb), log: { warn: () => undefined, error: () => undefined } },
);
bot.api.config.use(() => Promise.resolve({ ok: true, result: true } as never));
await bot.handleUpdate(textUpdate("When was the Contact Group created?"));
await bot.handleUpdate(callbackUpdate(encodeAction({ kind: "language", lang: "be" })));
globalThis.gc?.();

const keep = process.argv[2];
const file = writeHeapSnapshot(keep ?? join(tmpdir(), `bot-${process.pid}.heapsnapshot`));
const snapshot = JSON.parse(readFileSync(file, "utf8")) as Snapshot;
if (!keep) rmSync(file);

const {
  node_fields: fields,
  node_types: [types],
} = snapshot.snapshot.meta;
const [typeAt, nameAt, sizeAt] = ["type", "name", "self_size"].map((field) => fields.indexOf(field));
const byKind = new Map<string, number>();
let total = 0;
for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
  const type = types[snapshot.nodes[i + typeAt!]!]!;
  const name =
    type === "object" || type === "closure" ? snapshot.strings[snapshot.nodes[i + nameAt!]!]! : `(${type})`;
  const size = snapshot.nodes[i + sizeAt!]!;
  total += size;
  byKind.set(name, (byKind.get(name) ?? 0) + size);
}
const MiB = 1024 * 1024;
console.log(`heap ${(total / MiB).toFixed(1)} MiB${keep ? `, snapshot in ${keep}` : ""}; largest kinds:`);
for (const [name, size] of [...byKind].sort((a, b) => b[1] - a[1]).slice(0, 15))
  console.log(`  ${(size / MiB).toFixed(2).padStart(6)} MiB  ${name.slice(0, 70) || "(anonymous)"}`);
