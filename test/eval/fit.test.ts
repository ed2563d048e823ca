import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fitDecisionModel } from "../../src/eval/fit.js";
import { readQuestionSet } from "../../src/eval/question-set.js";
import { QUESTION_SETS } from "../../src/eval/sets.js";
import { loadKnowledgeBase, PROJECT_ROOT } from "../../src/kb/load.js";
import { DECISION_MODEL, parseModel } from "../../src/search/decision.js";

const kb = loadKnowledgeBase();
const items = readQuestionSet(join(PROJECT_ROOT, QUESTION_SETS.tune)).slice(0, 120);

describe("refitting the decision model", () => {
  it("is reproducible and gives a valid model", () => {
    const first = fitDecisionModel(items, kb, DECISION_MODEL, "sample");
    const second = fitDecisionModel(items, kb, DECISION_MODEL, "sample");
    expect(second).toEqual(first);
    expect(parseModel(first)).toEqual(first);
    expect(first.fitted).toMatchObject({ on: "sample", command: "npm run fit" });
    expect(first.fitted.questions).toBeGreaterThan(100);
    expect(first.threshold).toBeGreaterThan(0);
    expect(first.threshold).toBeLessThan(1);
  });

  it("learns that covering more of the question makes an answer more likely right", () => {
    const model = fitDecisionModel(items, kb, DECISION_MODEL, "sample");
    expect(model.weights[model.features.indexOf("countShare")]).toBeGreaterThan(0);
  });
});
