/**
 * One stream of updates.ts in a process of its own: `update-stream.ts <stream>`. Warms up, then
 * times five batches and prints the fastest as `{"perSecond": …}`, one line of JSON: on a shared
 * machine, noise only ever slows a batch down, so the fastest is the closest to the stream's own cost.
 */
import { loadKnowledgeBase } from "../src/kb/load.js";
import { createAnswerer } from "../src/search/index.js";
import { rate, stream, STREAMS, type StreamName } from "./updates.js";

const name = process.argv[2] as StreamName;
if (!STREAMS.includes(name)) throw new Error(`usage: update-stream.ts ${STREAMS.join("|")}`);
const kb = loadKnowledgeBase();
const { handle, make, count } = stream(name, kb, createAnswerer(kb));
for (let i = 0; i < 3; i++) await rate(handle, make, count); // warm-up: the JIT compiles the hot paths
let fastest = 0;
for (let batch = 0; batch < 5; batch++) fastest = Math.max(fastest, await rate(handle, make, count));
console.log(JSON.stringify({ perSecond: fastest }));
