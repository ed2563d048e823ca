import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../src/kb/load.js";
import { LANGS, type Lang } from "../../src/langs.js";
import { buildFactIndex } from "../../src/search/fact-index.js";
import { normalizeText, tokenize } from "../../src/search/normalize.js";
import { TUNING } from "../../src/search/tuning.js";

const index = buildFactIndex(loadKnowledgeBase().facts);

const QUERIES: [string, Lang][] = [
  ["Калі Беларусь ратыфікавала канвенцыю", "be"],
  ["Кто такой Беляцкий", "ru"],
  ["Bialatski Nobel prize", "en"],
  ["conventons ratified 1995", "en"],
  ["Тихоновская офис", "ru"],
];

describe("widening a search to more languages", () => {
  it.each(QUERIES)("gives %j the same results as searching every language at once", (text, detected) => {
    const tokens = tokenize(normalizeText(text));
    const others = LANGS.filter((lang) => lang !== detected);
    const atOnce = index.search(tokens, detected);
    const previous = index.search(tokens, detected, { langs: [detected] });
    const widened = index.search(tokens, detected, { langs: others, previous });
    expect(widened.length).toBeGreaterThan(0);
    expect(widened.map((r) => r.id as number)).toEqual(atOnce.map((r) => r.id as number));
    widened.forEach((result, i) => {
      expect(result.score).toBeCloseTo(atOnce[i]!.score, 9);
      expect(new Set(result.queryTerms)).toEqual(new Set(atOnce[i]!.queryTerms));
      // Every term MiniSearch reports as matched is there, in at least the fields it reports.
      for (const [term, fields] of Object.entries(atOnce[i]!.match))
        expect(result.match[term]).toEqual(expect.arrayContaining(fields));
    });
  });
});

describe("building the index", () => {
  it("leaves out terms in more than TUNING.genericCount facts, yet still counts them", () => {
    const [common, rare] = loadKnowledgeBase().facts;
    const copies = Array.from({ length: TUNING.genericCount + 1 }, (_, i) => ({
      ...common!,
      id: `copy-${i}`,
    }));
    const large = buildFactIndex([...copies, rare!]);
    const word = tokenize(normalizeText(common!.text.en.title)).find((token) => token.length > 4)!;
    expect(large.documentFrequency(word)).toBeGreaterThan(TUNING.genericCount);
    expect(large.search([word], "en", { langs: ["en"] })).toEqual([]);
    // A smaller index keeps the same word, and the large one keeps what is rare in it.
    expect(buildFactIndex(copies.slice(0, 10)).search([word], "en", { langs: ["en"] })).toHaveLength(10);
    const rareWord = tokenize(normalizeText(rare!.text.en.title)).find(
      (token) => token.length > 4 && large.documentFrequency(token) === 1,
    )!;
    expect(large.search([rareWord], "en", { langs: ["en"] }).map((r) => r.id as number)).toEqual([
      copies.length,
    ]);
  });
});

describe("the other languages' fields", () => {
  const [base, other] = loadKnowledgeBase().facts;
  // A word only one fact's Belarusian and English answers have.
  const fact = {
    ...base!,
    text: {
      ...base!.text,
      be: { ...base!.text.be, answer: `${base!.text.be.answer} Зубраня.` },
      en: { ...base!.text.en, answer: `${base!.text.en.answer} (Зубраня).` },
    },
  };
  const small = buildFactIndex([fact, other!]);
  const found = (token: string, detected: Lang, lang: Lang) =>
    small.search([token], detected, { langs: [lang] }).map((result) => result.id as number);

  it("are all searched for a word in their script: Belarusian in a Russian question", () => {
    expect(found("зубраня", "ru", "be")).toEqual([0]);
  });

  it("are searched by title and keywords only when the question has no word in their script", () => {
    expect(found("зубраня", "ru", "en")).toEqual([]);
  });
});
