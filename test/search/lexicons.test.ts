import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../src/kb/load.js";
import {
  asksOrigin,
  asksRelease,
  attributeAskedBy,
  namesPlace,
  reportsRelease,
  successionAsked,
} from "../../src/search/attributes.js";
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

  it("ask when something was founded with a word of creation only in a question that asks when", () => {
    for (const word of ["created", "создан", "створаны"]) {
      expect(attributeAskedBy(word, true), word).toEqual(attributeAskedBy("founded"));
      expect(attributeAskedBy(word), word).toBeUndefined();
    }
  });

  it("tell a question about who came after someone", () => {
    for (const question of [
      "Who became Secretary General after Marija Pejčinović Burić?",
      "Кто стал Генеральным секретарём после Пейчинович-Бурич?",
      "Хто ўзначаліў асацыяцыю пасля Жанны Літвінай?",
    ])
      expect(successionAsked(normalizeText(question)), question).toBeDefined();
    for (const question of [
      "Who headed the Contact Group?",
      "Who spoke after the vote?",
      "Кто выступил после голосования?",
    ])
      expect(successionAsked(normalizeText(question)), question).toBeUndefined();
  });

  it("tell a question about a release from one about a demand for it", () => {
    for (const question of [
      "When was Marfa Rabkova freed?",
      "Когда освободили Беляцкого?",
      "Калі вызвалілі Марфу Рабкову?",
    ])
      expect(asksRelease(normalizeText(question)), question).toBe(true);
    for (const question of [
      "Whom did the rights groups demand be released?",
      "Кого правозащитники потребовали освободить?",
      "Каго праваабаронцы заклікалі вызваліць?",
      "What did the statement say about the release of protesters?",
    ])
      expect(asksRelease(normalizeText(question)), question).toBe(false);
  });

  it("tell a release that happened from one demanded", () => {
    expect(reportsRelease(["Marc Cools welcomed the release of prisoners of conscience."])).toBe(true);
    expect(reportsRelease(["The statement demanded the immediate release of Marfa Rabkova."])).toBe(false);
    expect(reportsRelease(["Правозащитники потребовали освободить Марфу Рабкову."])).toBe(false);
    expect(reportsRelease(["Праваабаронцы заклікалі дамагчыся вызвалення палітвязняў."])).toBe(false);
  });

  it("tell a fact that says where something happened from one that does not", () => {
    const wordsOf = (id: string) => factWords(kb.facts.find((fact) => fact.id === id)!);
    expect(namesPlace(wordsOf("contact-group-first-meeting"))).toBe(true);
    expect(namesPlace(wordsOf("rabkova-2020"))).toBe(false);
  });
});
