/**
 * be, ru and en say the same thing: the numbers and years of a fact's three answers are the same
 * multiset. Only digits count ("ETS 173", "2016–2017", "104 731", "1,5 млн"), so a number must be
 * written in digits in all three languages or in none ("two months", «чатыры з паловай»).
 */
import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../src/kb/load.js";
import { LANGS } from "../../src/langs.js";

/** A run of digits, with thousands groups (104 731, 104,731) and a decimal part (1,5; 2.5). */
const NUMBER = /\d+(?:[ \u00a0\u202f,]\d{3}(?!\d))*(?:[.,]\d+)?/gu;

function numbersOf(text: string): string[] {
  return (text.match(NUMBER) ?? [])
    .map((n) =>
      n
        .replace(/[ \u00a0\u202f]/gu, "")
        .replace(/,(\d{3})(?!\d)/gu, "$1")
        .replace(",", "."),
    )
    .sort();
}

describe("numbers in the be, ru and en answers", () => {
  it("reads thousands and decimals the same way in every language", () => {
    expect(numbersOf("104 731 акцыю, ETS 173, 174 і 191")).toEqual(["104731", "173", "174", "191"]);
    expect(numbersOf("104,731 actions, 2016–2017")).toEqual(["104731", "2016", "2017"]);
    expect(numbersOf("на 1,5 млн рублей; 1.5 million; CM/Del/Dec(2022)1429/2.5")).toEqual(
      ["1.5", "1.5", "1429", "2.5", "2022"].sort(),
    );
  });

  it("are the same in the three texts of every fact", () => {
    const kb = loadKnowledgeBase();
    const differ: string[] = [];
    for (const fact of kb.facts) {
      const [first, ...rest] = LANGS.map((lang) => ({ lang, numbers: numbersOf(fact.text[lang].answer) }));
      for (const other of rest)
        if (other.numbers.join(" ") !== first!.numbers.join(" "))
          differ.push(
            `${fact.id}: ${first!.lang} [${first!.numbers.join(" ")}] ≠ ${other.lang} [${other.numbers.join(" ")}]`,
          );
    }
    expect(differ).toEqual([]);
  });
});
