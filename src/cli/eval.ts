/**
 * `npm run eval`: scores the question sets under eval/ in one run — the visible dev set, the
 * project's own set, and the eleven blind corpora's tune and held-out halves (src/eval/sets.ts) —
 * with totals per language and kind, the ranking/decision split and a reliability table.
 *   --failures SET                also list that set's failed questions: dev, project, tune … tune11,
 *                                  never a held-out set (it stays unread, so that its figures keep meaning something)
 *   --kb DIR                      read data/ and locales/ from DIR instead of this checkout
 *   --sets dev,tune               score only these sets (default: all)
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { judgeSet } from "../eval/judge.js";
import { readQuestionSet, QuestionSetError } from "../eval/question-set.js";
import { formatSummary, summarize } from "../eval/report.js";
import { QUESTION_SETS } from "../eval/sets.js";
import { loadKnowledgeBase, PROJECT_ROOT } from "../kb/load.js";
import { createAnswerer } from "../search/index.js";

const { values } = parseArgs({
  options: { failures: { type: "string" }, kb: { type: "string" }, sets: { type: "string" } },
});
const listed = values.failures;
if (listed?.startsWith("held-out")) {
  console.error("eval: a held-out set's items are never listed; only its totals are printed.");
  process.exit(2);
}

const kb = loadKnowledgeBase(values.kb ?? PROJECT_ROOT);
const answerer = createAnswerer(kb);
const chosen = values.sets?.split(",");
for (const [name, file] of Object.entries(QUESTION_SETS)) {
  if (chosen && !chosen.includes(name)) continue;
  const path = join(PROJECT_ROOT, file);
  if (!existsSync(path)) {
    console.log(`${name}: ${file} is missing`);
    continue;
  }
  const judged = judgeSet(readSetOrExit(path), answerer, kb);
  console.log(formatSummary(`${name} (${file})`, summarize(judged)));
  if (listed === name)
    for (const j of judged.filter((j) => !j.passed))
      console.log(
        `    ✗ ${j.outcome.padEnd(21)} ${j.item.lang} ${j.item.kind.padEnd(10)} ${j.item.q}  → ${j.answer.fact?.id ?? "-"} (${j.answer.confidence.toFixed(2)}) top ${j.answer.explain?.candidates[0]?.id ?? "-"}`,
      );
  console.log();
}

function readSetOrExit(path: string) {
  try {
    return readQuestionSet(path);
  } catch (error) {
    if (!(error instanceof QuestionSetError)) throw error;
    console.error(`eval: the question set has problems:\n${error.message}`);
    process.exit(2);
  }
}
