import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../src/kb/load.js";
import {
  accepted,
  DECISION_MODEL,
  parseModel,
  probability,
  type Decidable,
} from "../../src/search/decision.js";
import { buildFactIndex } from "../../src/search/fact-index.js";
import { factWords } from "../../src/search/fact-signals.js";
import { normalizeText } from "../../src/search/normalize.js";
import { parseQuestion, weigherFor } from "../../src/search/question.js";
import type { Candidate } from "../../src/search/rank.js";
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

describe("the rules above the model", () => {
  const kb = loadKnowledgeBase();
  const index = buildFactIndex(kb.facts);
  const weigher = weigherFor(index);
  const readingOf = (text: string, strengths: number[], fact = kb.facts[0]!): Decidable => {
    const question = parseQuestion(normalizeText(text), "en", index, weigher);
    const best = { fact, strengths, coverage: 1, phrasing: 0 } as unknown as Candidate;
    return { question, best, probability: 0.99, vetoed: false, nearMiss: 0, asked: 0 };
  };

  it("declines a known name asked about with words no fact has, however probable", () => {
    const reading = readingOf("Where was Tsikhanouskaya qwzxbornish?", [1, 0]);
    expect(reading.question.terms.map((term) => term.frequency > 0)).toEqual([true, false]);
    expect(accepted(reading)).toBe(false);
  });

  it("answers when the unknown word is matched (a typo the search explains) or two known words are", () => {
    expect(accepted(readingOf("Where was Tsikhanouskaya qwzxbornish?", [1, 0.5]))).toBe(true);
    expect(accepted(readingOf("Tsikhanouskaya Strasbourg", [1, 1]))).toBe(true);
  });

  it("declines a question about an attribute (founded, succeeded, budget) the fact does not name", () => {
    const text = "When was the Viasna centre founded?";
    const all = parseQuestion(normalizeText(text), "en", index, weigher).terms.map(() => 1);
    // The same matches, from a fact that never says "found…" and from one given a sentence that does.
    const silent = kb.facts.find((fact) => !factWords(fact).has("found"))!;
    const saying = {
      ...silent,
      text: {
        ...silent.text,
        en: { ...silent.text.en, answer: `${silent.text.en.answer} It was founded then.` },
      },
    };
    expect(accepted(readingOf(text, all, silent))).toBe(false);
    expect(accepted(readingOf(text, all, saying))).toBe(true);
    expect(accepted(readingOf("Кто сменил Тихановскую и Лукашенко?", [1, 1, 1], silent))).toBe(false);
  });

  it("takes a fact that says a body was created as naming when it was founded", () => {
    const text = "When was the Viasna centre founded?";
    const all = parseQuestion(normalizeText(text), "en", index, weigher).terms.map(() => 1);
    const silent = kb.facts.find((fact) => !factWords(fact).has("found") && !factWords(fact).has("creat"))!;
    const saying = (ru: string, en: string) => ({
      ...silent,
      text: {
        ...silent.text,
        en: { ...silent.text.en, answer: `${silent.text.en.answer} ${en}` },
        ru: { ...silent.text.ru, answer: `${silent.text.ru.answer} ${ru}` },
      },
    });
    expect(accepted(readingOf(text, all, saying("", "It was created then.")))).toBe(true);
    const russian = "Когда основали правозащитный центр Вясна?";
    const some = parseQuestion(normalizeText(russian), "ru", index, weigher).terms.map(() => 1);
    expect(accepted(readingOf(russian, some, silent))).toBe(false);
    expect(accepted(readingOf(russian, some, saying("Его создали тогда.", "")))).toBe(true);
  });

  it("never answers with a fact that contradicts the question's year", () => {
    expect(accepted({ ...readingOf("Tsikhanouskaya Strasbourg", [1, 1]), vetoed: true })).toBe(false);
  });
});
