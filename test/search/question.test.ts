import { describe, expect, it } from "vitest";
import { normalizeText } from "../../src/search/normalize.js";
import { intentOf, numbersIn, scriptOfQuestion } from "../../src/search/question.js";
import { isStopWord } from "../../src/search/stopwords.js";
import { tokenize } from "../../src/search/normalize.js";

describe("what a question asks for", () => {
  it.each([
    ["how many conventions did belarus ratify", "how-many"],
    ["колькі канвенцый ратыфікавала беларусь", "how-many"],
    ["сколько стран в пасе", "how-many"],
    ["who opened the first meeting", "who"],
    ["хто адкрыў першае пасяджэнне", "who"],
    ["кто такая тихановская", "who"],
    ["when was the contact group set up", "when"],
    ["калі была створана кантактная група", "when"],
    ["в каком году приостановили статус", "when"],
    ["в каком месяце создали контактную группу", "when"],
    ["у якім месяцы адбылася першая сустрэча", "when"],
    ["which month did the first meeting take place", "when"],
    ["where was the workshop held", "where"],
    ["дзе прайшоў семінар", "where"],
    ["what is the venice commission", "other"],
    ["the number of conventions belarus joined", "how-many"],
    ["what is the number of the resolution on exiles", "other"],
  ])("%s → %s", (question, intent) => expect(intentOf(normalizeText(question))).toBe(intent));

  it("does not read a question word in an indefinite form or in «калі ласка» (please)", () => {
    expect(intentOf("примут ли когда-нибудь беларусь")).toBe("other");
    // Small talk's split takes the hyphen off.
    expect(intentOf("примут ли когда нибудь беларусь")).toBe("other");
    expect(intentOf("скажыце калі ласка дзе прайшоў семінар")).toBe("where");
    expect(intentOf("кто-то говорил")).toBe("other");
  });

  it("does not read a question word inside another word", () => {
    expect(intentOf("whoever")).toBe("other");
    expect(intentOf("кали")).toBe("when");
    expect(intentOf("калина")).toBe("other");
  });
});

describe("the words a question is searched for", () => {
  it.each([
    ["Ці была Беларусь калі-небудзь членам Савета Еўропы?", "членам"],
    ["Беларусь когда-нибудь была членом Совета Европы?", "членом"],
    ["Кто-либо из членов ПАСЕ?", "членов"],
  ])("leave out an indefinite particle: %s", (question, member) => {
    const words = tokenize(normalizeText(question)).filter((token) => !isStopWord(token));
    expect(words).toContain(member);
    expect(words.filter((word) => /небудзь|нибудь|либо/.test(word))).toEqual([]);
  });
});

describe("the numbers a text names", () => {
  it("splits dates and article numbers into their parts, without leading zeros", () => {
    expect(numbersIn("17.03.2022")).toEqual(["17", "3", "2022"]);
    expect(numbersIn("article 193.1 and ETS No. 018")).toEqual(["193", "1", "18"]);
    expect(numbersIn("no numbers here")).toEqual([]);
  });
  it("reads a decade as no year, so that a fact of one of its years does not contradict it", () => {
    expect(numbersIn("applied in the early 1990s")).toEqual([]);
    expect(numbersIn("в 90-е годы, в 1990-х")).toEqual([]);
    expect(numbersIn("у 1990-я гады, у 1993 годзе")).toEqual(["1993"]);
  });
});

describe("the part of a mixed-script question that tells its language", () => {
  it("keeps the Cyrillic words when the question words are Cyrillic", () => {
    expect(scriptOfQuestion(normalizeText("Якая мэта ў EU-Russia Civil Society Forum?"))).toBe("якая мэта ў");
  });
  it("keeps the Latin words when the question words are English", () => {
    expect(
      scriptOfQuestion(normalizeText("who wrote the заява about Belarusians' rights in August 2020")),
    ).toBe("who wrote the about belarusians rights in august");
  });
  it("follows the question word it opens with, though most of its words are English", () => {
    expect(
      scriptOfQuestion(
        normalizeText("Кто написал the Concerted Position on the relations of international partners?"),
      ),
    ).toBe("кто написал");
    expect(scriptOfQuestion(normalizeText("What did the Кантактная група do in 2023?"))).toBe(
      "what did the do in",
    );
  });
  it("leaves a one-script question as it is", () => {
    const text = normalizeText("Когда создали Контактную группу?");
    expect(scriptOfQuestion(text)).toBe(text);
  });
});
