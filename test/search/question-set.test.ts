/**
 * eval/questions.jsonl: 158 questions in be/ru/en (typed, short, typos, transliterations, mixed,
 * out of scope) written separately from the code, in the format of ../shared/eval and judged
 * the same way: answered, in the question's language, with one of the expected strings and a
 * source link — or declined. A floor, so that a tuning change that loses answers is noticed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { answerJson } from "../../src/cli/answer-text.js";
import { loadKnowledgeBase, PROJECT_ROOT } from "../../src/kb/load.js";
import { createAnswerer } from "../../src/search/index.js";

interface Item {
  q: string;
  lang: string;
  expect?: "refuse";
  expect_any?: string[];
}

const items = readFileSync(join(PROJECT_ROOT, "eval/questions.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Item);
const kb = loadKnowledgeBase();
const answerer = createAnswerer(kb);

function passes(item: Item): boolean {
  const out = answerJson(item.q, answerer.answer(item.q, { fallbackLang: "en" }), kb);
  if (item.expect === "refuse") return !out.answered;
  const text = out.text.toLowerCase();
  return (
    out.answered &&
    out.lang === item.lang &&
    (item.expect_any ?? []).some((e) => text.includes(e.toLowerCase())) &&
    out.sources.some((s) => /^https:\/\//.test(s.url))
  );
}

describe("the project's own question set", () => {
  it("answers at least 90% correctly, and declines at least 28 of its 30 out-of-scope questions", () => {
    const failed = items.filter((item) => !passes(item)).map((item) => item.q);
    const refused = items.filter((item) => item.expect === "refuse");
    expect(refused).toHaveLength(30);
    expect(refused.filter(passes).length).toBeGreaterThanOrEqual(28);
    expect(1 - failed.length / items.length, failed.join("\n")).toBeGreaterThanOrEqual(0.9);
  });
});
