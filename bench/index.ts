/**
 * `npm run bench`: performance figures and ratios, printed as they are measured. Targets, read
 * by people, not asserted by tests:
 * - search: p99 under 1 ms at the shipped size; at 100 000 facts, build under 5 s, p99 under 20 ms;
 * - updates/s: (3) at least 0.8 × (2), and (4) at least 0.8 × (5).
 */
import { loadKnowledgeBase } from "../src/kb/load.js";
import { createAnswerer } from "../src/search/index.js";
import { benchDetection } from "./detect.js";
import { printRow } from "./report.js";
import { benchSearch, QUESTIONS } from "./search.js";
import { benchUpdates } from "./updates.js";

const kb = loadKnowledgeBase();
console.log(
  `node ${process.version}, ${kb.facts.length} facts; heap figures need --expose-gc (npm run bench passes it)`,
);

console.log("\nUpdates per second through handleUpdate, Bot API answered in process");
await benchUpdates(kb, createAnswerer(kb), QUESTIONS, printRow);

console.log("\nLanguage detection on the labelled test questions");
benchDetection(kb, printRow);

console.log("\nSearch core (answer = normalize, detect language, search, decide)");
benchSearch(kb, printRow);
