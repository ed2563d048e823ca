import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../src/kb/load.js";
import { buildFactIndex, familyOf } from "../../src/search/fact-index.js";

const index = buildFactIndex(loadKnowledgeBase().facts);
const idsFor = (tokens: string[]) => index.search(tokens, "en").map((r) => index.facts[r.id as number]!.id);

describe("words of the same meaning", () => {
  it("look for each other, in each language", () => {
    expect(index.synonymsOf("froze").tokens).toContain("suspended");
    expect(index.synonymsOf("заморозил").tokens).toContain("приостановил");
    expect(index.synonymsOf("замарозіла").tokens).toContain("прыпыніла");
    expect(index.synonymsOf("convention")).toEqual({ tokens: [], forms: [] });
  });

  it("find the fact worded with the other word", () => {
    expect(idsFor(["froze", "cooperation"]).slice(0, 5)).toContain("suspension-2022");
  });
});

describe("word families", () => {
  it("join a noun and a verb that stemming cuts differently", () => {
    expect(familyOf("ratifi")).toBe("ratif");
    expect(familyOf("приостановлен")!.startsWith(familyOf("приостанов")!)).toBe(true);
    expect(familyOf("pace")).toBeUndefined();
  });
});
