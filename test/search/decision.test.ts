import { describe, expect, it } from "vitest";
import { DECISION_MODEL, parseModel, probability } from "../../src/search/decision.js";
import { FEATURES, type Features } from "../../src/search/features.js";

const zero = Object.fromEntries(FEATURES.map((name) => [name, 0])) as Features;

describe("the decision model file", () => {
  it("ships coefficients for every signal, fitted by the documented command", () => {
    expect([...DECISION_MODEL.features].sort()).toEqual([...FEATURES].sort());
    expect(DECISION_MODEL.fitted.command).toBe("npm run fit");
    expect(DECISION_MODEL.fitted.questions).toBeGreaterThan(100);
    expect(DECISION_MODEL.threshold).toBeGreaterThan(0);
    expect(DECISION_MODEL.threshold).toBeLessThan(1);
  });

  it("names the file and the field of a broken model", () => {
    expect(() => parseModel({ ...DECISION_MODEL, threshold: 2 }, "model.json")).toThrow(
      /^model\.json: threshold: .*(?:<=|less than or equal)/,
    );
    expect(() => parseModel({ ...DECISION_MODEL, features: ["coverage", "nonsense"] }, "model.json")).toThrow(
      /^model\.json: features\.1: /,
    );
    expect(() => parseModel({ ...DECISION_MODEL, weights: [1] }, "model.json")).toThrow(
      `model.json: weights has 1 values for ${DECISION_MODEL.features.length} features`,
    );
  });
});

describe("the probability of an answer", () => {
  const model = parseModel({
    ...DECISION_MODEL,
    features: ["coverage", "unknownShare"],
    mean: [0.5, 0.2],
    scale: [0.25, 0.1],
    weights: [2, -1],
    bias: 0.5,
  });

  it("is the logistic of the standardized, weighted signals", () => {
    const p = probability({ ...zero, coverage: 0.75, unknownShare: 0.3 }, model);
    expect(p).toBeCloseTo(1 / (1 + Math.exp(-(0.5 + 2 * 1 - 1 * 1))), 12);
  });

  it("grows with a signal of positive weight and falls with one of negative weight", () => {
    const at = (coverage: number, unknownShare: number) =>
      probability({ ...zero, coverage, unknownShare }, model);
    expect(at(0.9, 0.2)).toBeGreaterThan(at(0.5, 0.2));
    expect(at(0.5, 0.6)).toBeLessThan(at(0.5, 0.2));
  });
});
