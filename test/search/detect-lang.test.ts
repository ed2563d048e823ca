import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/search/detect-lang.js";
import { normalizeText } from "../../src/search/normalize.js";

const detect = (text: string, fallback?: "be" | "ru" | "en") => detectLanguage(normalizeText(text), fallback);

describe("detectLanguage", () => {
  it.each([
    ["Калі стварылі Кантактную групу?", "be"],
    ["Платформа бяспекі журналістаў", "be"],
    ["з'яўляецца", "be"],
    ["Что такое статья 193.1?", "ru"],
    ["Сколько договоров ратифицировано?", "ru"],
    ["When was the Contact Group created?", "en"],
    ["Biełaruś i Rada Eŭropy", "be"],
    ["Вясна", "be"],
  ] as const)("reads %s as %s from letters only one language has", (text, lang) => {
    expect(detect(text)).toBe(lang);
  });

  it("recognises Belarusian typed on a Russian keyboard by its spellings", () => {
    expect(detect("Кали была створана Кантактная група")).toBe("be");
    expect(detect("Кали Беларусь падала заяуку")).toBe("be");
  });

  it("does not let a Latin name make a Cyrillic question English", () => {
    expect(detect("Что сказал Kimmo Kiljunen о Беларуси?")).toBe("ru");
  });

  it("reads a Russian question as Russian though it spells the names the Belarusian way", () => {
    expect(detect("Что известно о правозащитниках Алесь Бяляцкі и Уладзімір Лабковіч?")).toBe("ru");
    // The question word it opens with frames it, whatever spellings the names have.
    expect(detect("Кто такая Святлана Ціханоўская?")).toBe("ru");
    expect(detect("Где сейчас Марыя Калеснікава?")).toBe("ru");
    // …and a Belarusian one as Belarusian when it spells them the Russian way.
    expect(detect("Што вядома пра Алеся Беляцкого і Владимира Лабковича?")).toBe("be");
  });

  it("leaves a word both languages spell alike undecided, for the caller's language to settle", () => {
    expect(detect("Марфа Рабкова", "be")).toBeUndefined();
    expect(detect("Марфа Рабкова", "ru")).toBeUndefined();
  });

  it("does not answer a Cyrillic question in English even when English is the caller's language", () => {
    expect(detect("Марфа Рабкова", "en")).toMatch(/^(be|ru)$/);
  });

  it("has nothing to say about digits and emoji", () => {
    expect(detect("1993 🙂")).toBeUndefined();
  });
});
