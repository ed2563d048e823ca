/**
 * `npm run fit`: refits the answer-or-decline model on the blind corpus's tune half and writes
 * src/search/decision-model.json. Run `npm run eval` afterwards: keep the new coefficients only
 * if the held-out totals hold or improve.
 *   --kb DIR   read data/ and locales/ from DIR instead of this checkout
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { fitDecisionModel } from "../eval/fit.js";
import { readQuestionSet, QuestionSetError } from "../eval/question-set.js";
import { QUESTION_SETS } from "../eval/sets.js";
import { loadKnowledgeBase, PROJECT_ROOT } from "../kb/load.js";
import { DECISION_MODEL } from "../search/decision.js";

const TUNE_SET = QUESTION_SETS.tune;
const MODEL_FILE = "src/search/decision-model.json";

const { values } = parseArgs({ options: { kb: { type: "string" } } });
const kb = loadKnowledgeBase(values.kb ?? PROJECT_ROOT);
const items = (() => {
  try {
    return readQuestionSet(join(PROJECT_ROOT, TUNE_SET));
  } catch (error) {
    if (!(error instanceof QuestionSetError)) throw error;
    console.error(`fit: the tune set has problems:\n${error.message}`);
    process.exit(2);
  }
})();
const model = fitDecisionModel(items, kb, DECISION_MODEL, TUNE_SET);
writeFileSync(join(PROJECT_ROOT, MODEL_FILE), JSON.stringify(model, null, 2) + "\n");
console.log(
  `fit: ${MODEL_FILE} from ${model.fitted.questions} questions of ${TUNE_SET}; threshold ${model.threshold}`,
);
model.features.forEach((name, i) => console.log(`  ${name.padEnd(16)} ${model.weights[i]!.toFixed(3)}`));
