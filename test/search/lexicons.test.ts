import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../src/kb/load.js";
import { asksOrigin, attributeAskedBy, namesPlace } from "../../src/search/attributes.js";
import { normalizeText } from "../../src/search/normalize.js";
import { factWords } from "../../src/search/fact-signals.js";
import { buildFactIndex, familyOf } from "../../src/search/fact-index.js";

const kb = loadKnowledgeBase();
const index = buildFactIndex(kb.facts);
const idsFor = (tokens: string[]) =>
  index
    .search(tokens, "en", { synonyms: tokens.flatMap((token) => index.synonymsOf(token).tokens) })
    .map((r) => index.facts[r.id as number]!.id);
const words = (token: string) => index.synonymsOf(token).tokens.map((synonym) => synonym.token);

describe("words of the same meaning", () => {
  it("look for each other, in each language", () => {
    expect(index.synonymsOf("froze").tokens).toContainEqual({ token: "suspended", lang: "en" });
    expect(index.synonymsOf("заморозил").tokens).toContainEqual({ token: "приостановил", lang: "ru" });
    expect(words("замарозіла")).toContain("прыпыніла");
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

describe("words that ask for an attribute the sources rarely give", () => {
  it("are known in every form and language, and ordinary topic words are not", () => {
    for (const word of [
      "founded",
      "founder",
      "основали",
      "основан",
      "заснавалі",
      "бюджэт",
      "succeeded",
      "сменила",
      "arrested",
      "вызвалілі",
      "освобождена",
      "жителей",
      "sentenced",
      "приговорили",
      "прысудзілі",
    ])
      expect(attributeAskedBy(word), word).toBeDefined();
    for (const word of [
      "suspended",
      "convention",
      "приостановил",
      "рэзалюцыя",
      "elections",
      "created",
      "созданный",
    ])
      expect(attributeAskedBy(word), word).toBeUndefined();
  });
  it("tell a question about where someone comes from from one about countries that did something", () => {
    for (const question of [
      "Which country is the rapporteur from?",
      "What country does Marc Cools come from?",
      "Paleckis nationality",
      "Из какой страны этот депутат?",
      "З якой краіны старшыня Кангрэса?",
    ])
      expect(asksOrigin(normalizeText(question)), question).toBe(true);
    for (const question of [
      "Which country chaired the Committee of Ministers?",
      "Из каких стран поддержали Беляцкого?",
      "З якіх краін прыйшлі лісты?",
    ])
      expect(asksOrigin(normalizeText(question)), question).toBe(false);
  });

  it("tell a fact that says where something happened from one that does not", () => {
    const wordsOf = (id: string) => factWords(kb.facts.find((fact) => fact.id === id)!);
    expect(namesPlace(wordsOf("contact-group-first-meeting"))).toBe(true);
    expect(namesPlace(wordsOf("rabkova-2020"))).toBe(false);
  });
});
