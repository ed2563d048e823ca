/**
 * `npm run kb:check [folder]`: validates the knowledge base, and that the code and the locale
 * files agree on the interface strings (src/kb/key-usage.ts), and prints what it holds.
 * Exits 1 with every problem (file, fact id or key, what is wrong) when anything is off.
 */
import { resolve } from "node:path";
import { checkKeyUsage } from "../kb/key-usage.js";
import { formatProblem, inspectKnowledgeBase, PROJECT_ROOT } from "../kb/load.js";
import { kbStats } from "../kb/stats.js";

const root = process.argv[2] ? resolve(process.argv[2]) : PROJECT_ROOT;
const inspected = inspectKnowledgeBase(root);
const { kb } = inspected;
const problems = kb ? checkKeyUsage(root) : inspected.problems;

if (!kb || problems.length > 0) {
  console.error(`kb:check: ${problems.length} problem(s) in ${root}`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}

const stats = kbStats(kb);
const line = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([name, count]) => `${name} ${count}`)
    .join(", ");
console.log(`kb:check: ok — ${stats.facts} facts, ${stats.sources} sources`);
console.log(`  per language: ${line(stats.byLang)}`);
console.log(`  per kind:     ${line(stats.byKind)}`);
console.log(`  with a source: ${stats.withSource}/${stats.facts}, dated: ${stats.dated}/${stats.facts}`);
