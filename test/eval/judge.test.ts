import { describe, expect, it } from "vitest";
import { judge } from "../../src/eval/judge.js";
import { readQuestionSet, QuestionSetError } from "../../src/eval/question-set.js";
import { formatSummary, summarize } from "../../src/eval/report.js";
import { loadKnowledgeBase } from "../../src/kb/load.js";
import type { Answer } from "../../src/search/types.js";
import { writeFixture } from "../support/kb-fixture.js";

const kb = loadKnowledgeBase();
const fact = kb.byId.get("application-1993")!;
const other = kb.byId.get("guest-status-1992")!;
const asked = {
  topic: "t",
  lang: "en" as const,
  q: "When did Belarus apply?",
  kind: "typed",
  expect_any: ["1993"],
};
const refuse = { topic: "t", lang: "en" as const, q: "Weather?", kind: "oos", expect: "refuse" as const };
const answered = (f = fact, lang: Answer["lang"] = "en"): Answer => ({
  kind: "fact",
  lang,
  fact: f,
  confidence: 0.9,
  suggestions: [],
});
const declined: Answer = { kind: "decline", lang: "en", confidence: 0.2, suggestions: [] };

describe("judging one question as the shared scorer does", () => {
  it("tells a right answer, a wrong one, and a decline of a right best-ranked fact apart", () => {
    expect(judge(asked, answered(), fact, kb).outcome).toBe("right");
    expect(judge(asked, answered(other), other, kb).outcome).toBe("wrong");
    expect(judge(asked, answered(fact, "ru"), fact, kb).outcome).toBe("wrong");
    expect(judge(asked, declined, fact, kb).outcome).toBe("declined-ranked-first");
    expect(judge(asked, declined, other, kb).outcome).toBe("declined");
  });

  it("passes an out-of-scope question only when it is declined", () => {
    expect(judge(refuse, declined, fact, kb)).toMatchObject({ outcome: "refused", passed: true });
    expect(judge(refuse, answered(), fact, kb)).toMatchObject({ outcome: "oos-answered", passed: false });
  });
});

describe("a summary", () => {
  it("counts per language and kind, and buckets answered confidence", () => {
    const summary = summarize([
      judge(asked, answered(), fact, kb),
      judge(asked, declined, fact, kb),
      judge(refuse, declined, fact, kb),
    ]);
    expect(summary).toMatchObject({ total: 3, passed: 2, inScope: 2, outOfScope: 1, rankedFirst: 2 });
    expect(summary.byKind).toEqual({ typed: [1, 2], oos: [1, 1] });
    expect(summary.reliability.find((b) => b.answered)).toMatchObject({ from: 0.9, answered: 1, right: 1 });
    expect(formatSummary("set", summary)).toContain("declined though ranked first 1");
  });
});

describe("reading a question set", () => {
  it("names the file and line of each malformed item", () => {
    const root = writeFixture({
      "set.jsonl": [
        JSON.stringify(asked),
        "{not json",
        JSON.stringify({ ...asked, lang: "de" }),
        JSON.stringify({ ...asked, expect_any: [] }),
      ].join("\n"),
    });
    const path = `${root}/set.jsonl`;
    expect(() => readQuestionSet(path)).toThrow(QuestionSetError);
    try {
      readQuestionSet(path);
    } catch (error) {
      const lines = (error as Error).message.split("\n");
      expect(lines).toHaveLength(3);
      expect(lines[0]).toBe(`${path}:2: not JSON`);
      expect(lines[1]).toMatch(new RegExp(`^${path}:3: `));
      expect(lines[2]).toMatch(new RegExp(`^${path}:4: `));
    }
  });
});
