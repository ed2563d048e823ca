/**
 * Fits the decision model (src/search/decision-model.json) on a question set: a logistic
 * regression over the signals of src/search/features.ts, labelled by whether the best-ranked
 * fact holds the answer in the question's language, then the answer threshold that the set
 * rewards most when a wrong answer costs WRONG_COST right ones ("never bluff"). Deterministic:
 * the same knowledge base and set give the same coefficients.
 */
import type { KnowledgeBase } from "../kb/types.js";
import { createAnswerer } from "../search/answerer.js";
import type { DecisionModel } from "../search/decision.js";
import { FEATURES, type FeatureName } from "../search/features.js";
import { factHolds } from "./judge.js";
import { inScope, type QuestionItem } from "./question-set.js";

/** An answer with the wrong fact, or to an out-of-scope question, weighs as much as this many right ones. */
export const WRONG_COST = 1.5;
const L2 = 0.01;
const STEPS = 4000;
const LEARNING_RATE = 0.5;
/** The readings a question gets depend on the model; a few rounds settle them. */
const ROUNDS = 3;

interface Example {
  x: number[];
  y: 0 | 1;
}

/** The best candidate's signals for each question the model decides (not small talk, not vetoed). */
function examplesOf(items: readonly QuestionItem[], kb: KnowledgeBase, model: DecisionModel): Example[] {
  const answerer = createAnswerer(kb, model);
  return items.flatMap((item) => {
    const answer = answerer.answer(item.q, { fallbackLang: "en", explain: true });
    const explain = answer.explain;
    if (!explain?.features || explain.vetoed) return [];
    const top = kb.byId.get(explain.candidates[0]?.id ?? "");
    const right = inScope(item) && answer.lang === item.lang && factHolds(top, item.lang, item.expect_any);
    return [{ x: FEATURES.map((name) => explain.features![name]!), y: right ? 1 : 0 }];
  });
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function logisticRegression(examples: readonly Example[]) {
  const n = FEATURES.length;
  const mean = FEATURES.map((_, j) => examples.reduce((s, e) => s + e.x[j]!, 0) / examples.length);
  const scale = FEATURES.map((_, j) => {
    const variance = examples.reduce((s, e) => s + (e.x[j]! - mean[j]!) ** 2, 0) / examples.length;
    return Math.sqrt(variance) || 1;
  });
  const xs = examples.map((e) => e.x.map((v, j) => (v - mean[j]!) / scale[j]!));
  const weights = new Array<number>(n).fill(0);
  let bias = 0;
  for (let step = 0; step < STEPS; step++) {
    const gradient = new Array<number>(n).fill(0);
    let gradientBias = 0;
    xs.forEach((x, i) => {
      const error = sigmoid(bias + x.reduce((s, v, j) => s + v * weights[j]!, 0)) - examples[i]!.y;
      x.forEach((v, j) => (gradient[j]! += error * v));
      gradientBias += error;
    });
    for (let j = 0; j < n; j++) weights[j]! -= LEARNING_RATE * (gradient[j]! / xs.length + L2 * weights[j]!);
    bias -= (LEARNING_RATE * gradientBias) / xs.length;
  }
  return { mean, scale, weights, bias };
}

function bestThreshold(examples: readonly Example[], p: (x: number[]) => number): number {
  const scored = examples.map((e) => ({ p: p(e.x), y: e.y })).sort((a, b) => b.p - a.p);
  let best = { gain: 0, threshold: 1 };
  let gain = 0;
  scored.forEach((e, i) => {
    gain += e.y ? 1 : -WRONG_COST;
    const next = scored[i + 1]?.p ?? 0;
    // Halfway between neighbours, so that a question on the line is not decided by rounding.
    if (gain > best.gain && next < e.p) best = { gain, threshold: (e.p + next) / 2 };
  });
  return best.threshold;
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;

export function fitDecisionModel(
  items: readonly QuestionItem[],
  kb: KnowledgeBase,
  start: DecisionModel,
  on: string,
): DecisionModel {
  let model = start;
  for (let round_ = 0; round_ < ROUNDS; round_++) {
    const examples = examplesOf(items, kb, model);
    const { mean, scale, weights, bias } = logisticRegression(examples);
    const p = (x: number[]) =>
      sigmoid(bias + x.reduce((s, v, j) => s + (weights[j]! * (v - mean[j]!)) / scale[j]!, 0));
    const threshold = bestThreshold(examples, p);
    model = {
      features: [...FEATURES] as FeatureName[],
      mean: mean.map(round),
      scale: scale.map(round),
      weights: weights.map(round),
      bias: round(bias),
      threshold: round(threshold),
      lookupThreshold: round(threshold / 2),
      fitted: { on, questions: examples.length, command: "npm run fit" },
    };
  }
  return model;
}
