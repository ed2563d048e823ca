import { describe, expect, it } from "vitest";
import { foldCyrillic, foldLatin } from "../../src/search/fold.js";
import { normalizeText, tokenize } from "../../src/search/normalize.js";

describe("normalizeText", () => {
  it("lower-cases and reads ё as е", () => {
    expect(normalizeText("Приостановлён ЁЛКА")).toBe("приостановлен елка");
  });

  it("unifies apostrophe look-alikes inside Belarusian words", () => {
    for (const typed of ["з'яўляецца", "з’яўляецца", "зʼяўляецца", "з`яўляецца"])
      expect(normalizeText(typed)).toBe("з'яўляецца");
  });

  it("strips Telegram formatting, quotes and links", () => {
    expect(normalizeText("*Кантактная* _група_ «Вясна» ~x~ ||spoiler|| https://t.me/x")).toBe(
      "кантактная група вясна x spoiler",
    );
  });

  it("removes zero-width and bidi control characters", () => {
    expect(normalizeText("Бяля\u200Bцкі\u2068")).toBe("бяляцкі");
  });

  it("reads Belarusian Łacinka as Cyrillic", () => {
    expect(normalizeText("Biełaruś i Rada Eŭropy")).toBe("беларусь і рада еўропы");
  });

  it("leaves an English sentence with a Czech name alone", () => {
    expect(normalizeText("Štefan Füle on prisoners")).toBe("štefan füle on prisoners");
  });

  it("reads a Latin i typed inside a Cyrillic word as і", () => {
    expect(normalizeText("Калi стварылi")).toBe("калі стварылі");
  });
});

describe("tokenize", () => {
  it("keeps article numbers whole and reads a decimal comma as a point", () => {
    expect(tokenize("артыкул 193.1 і 193,1")).toEqual(["артыкул", "193.1", "і", "193.1"]);
  });

  it("reads an ordinal as its number, in each language's way of writing one", () => {
    expect(tokenize("5-ы кангрэс, 5-га кангрэса")).toEqual(["5", "кангрэс", "5", "кангрэса"]);
    expect(tokenize("5-й конгресс, 5-го конгресса")).toEqual(["5", "конгресс", "5", "конгресса"]);
    expect(tokenize("the 5th congress, 21st century")).toEqual(["the", "5", "congress", "21", "century"]);
    // A word after a hyphen is a word, and a number with letters of its own stays what it is.
    expect(tokenize("12-day event, 1990s")).toEqual(["12", "day", "event", "1990s"]);
  });

  it("keeps an apostrophe inside a word and splits on other punctuation", () => {
    expect(tokenize("з'яўляецца, пасля—ПАСЕ")).toEqual(["з'яўляецца", "пасля", "ПАСЕ"]);
  });
});

describe("folding for matching", () => {
  it("matches Belarusian typed on a Russian keyboard (у for ў, и for і)", () => {
    expect(foldCyrillic("з'яўляецца")).toBe(foldCyrillic("зяуляецца"));
    expect(foldCyrillic("палітвязні")).toBe("палитвязни");
  });

  it("matches Latin names however their diacritics are typed", () => {
    expect(foldLatin("pejčinović")).toBe("pejcinovic");
    expect(foldLatin("łukašenka")).toBe("lukasenka");
    expect(foldLatin("belarus's")).toBe("belarus");
  });
});
