/**
 * `npm run bench`: performance figures and ratios. Targets (checked by eye, not by tests):
 * search p99 under 1 ms at the shipped size; at 100 000 facts, build under 5 s and p99 under 20 ms.
 */
import { loadKnowledgeBase } from "../src/kb/load.js";
import { printRow } from "./report.js";
import { benchDetection } from "./detect.js";
import { benchSearch } from "./search.js";

const kb = loadKnowledgeBase();
console.log(`node ${process.version}, ${kb.facts.length} facts; run with --expose-gc for exact heap figures`);
console.log("\nLanguage detection on the labelled test questions");
benchDetection(kb, printRow);
console.log("\nSearch core (answer = normalize, detect language, search, decide)");
benchSearch(kb, printRow);
