import { describe, expect, it } from "vitest";
import { lacinkaAroundNames, lacinkaToCyrillic, looksLikeLacinka } from "../../src/search/lacinka.js";

describe("looksLikeLacinka", () => {
  it.each(["Biełaruś", "Cichanoŭskaja", "ŁUKAŠENKA", "palitviaźni", "pakarańnie", "čas", "Źmicier", "ŭ"])(
    "recognises %s by its Łacinka letters",
    (text) => {
      expect(looksLikeLacinka(text)).toBe(true);
    },
  );

  it("recognises a Łacinka letter written as a base letter plus a combining mark", () => {
    expect(looksLikeLacinka("Eu\u0306ropa")).toBe(true);
  });

  it.each([
    "Belarus Council of Europe 1993",
    "Who is Lukashenko?",
    "Viasna",
    "",
    "Беларусь",
    "1993",
    "Štefan Füle on political prisoners",
    "Lech Wałęsa",
    "Pejčinović Burić and the Contact Group",
  ])("does not take %j for Łacinka", (text) => {
    expect(looksLikeLacinka(text)).toBe(false);
  });
});

describe("lacinkaToCyrillic", () => {
  it.each([
    ["Biełaruś", "Беларусь"],
    ["Cichanoŭskaja", "Ціханоўская"],
    ["Alaksandr Łukašenka", "Аляксандр Лукашэнка"],
    ["Aleś Bialacki", "Алесь Бяляцкі"],
    ["Rada Eŭropy", "Рада Еўропы"],
    ["Kantaktnaja hrupa", "Кантактная група"],
    ["palitviaźni", "палітвязні"],
    ["Viasna", "Вясна"],
    ["Źmicier", "Зміцер"],
    ["Śviatłana Cichanoŭskaja", "Святлана Ціханоўская"],
    ["Janka Kupała", "Янка Купала"],
    ["Ihar Łosik", "Ігар Лосік"],
    ["Siarhiej", "Сяргей"],
  ])("writes %s as %s", (lacinka, cyrillic) => {
    expect(lacinkaToCyrillic(lacinka)).toBe(cyrillic);
  });

  it.each([
    ["czyja", "чыя"],
    ["szto", "што"],
    ["Mikhail", "Міхаіль"],
    ["Kastuś Kalinoŭski", "Кастусь Каліноўскі"],
  ])(
    "reads the Polish and English digraphs of people without Łacinka letters: %s as %s",
    (latin, cyrillic) => {
      expect(lacinkaToCyrillic(latin)).toBe(cyrillic);
    },
  );

  it("uses the official spelling where the classical one marks assimilative softness", () => {
    // Classical Cyrillic would be "сьмяротнае пакараньне"; the knowledge base is in the official spelling.
    expect(lacinkaToCyrillic("śmiarotnaje pakarańnie")).toBe("смяротнае пакаранне");
    expect(lacinkaToCyrillic("radaść")).toBe("радасць");
  });

  it("keeps the soft sign where the next consonant is hard, and always after л", () => {
    expect(lacinkaToCyrillic("piśmo")).toBe("пісьмо");
    expect(lacinkaToCyrillic("Homielščyna")).toBe("Гомельшчына");
    expect(lacinkaToCyrillic("vielmi")).toBe("вельмі");
  });

  it("treats l as soft and ł as hard", () => {
    expect(lacinkaToCyrillic("Lavon")).toBe("Лявон");
    expect(lacinkaToCyrillic("Mikoła")).toBe("Мікола");
    expect(lacinkaToCyrillic("Bialiacki")).toBe("Бяляцкі");
  });

  it("writes iotated vowels at word start, after vowels and after consonants", () => {
    expect(lacinkaToCyrillic("jany jeduć")).toBe("яны едуць");
    expect(lacinkaToCyrillic("Krajina")).toBe("Краіна");
    expect(lacinkaToCyrillic("zjezd")).toBe("з’езд");
    expect(lacinkaToCyrillic("Andrej")).toBe("Андрэй");
  });

  it("writes e as э after hard consonants and at word start, but Eŭ- as Еў-", () => {
    expect(lacinkaToCyrillic("ekanomika")).toBe("эканоміка");
    expect(lacinkaToCyrillic("Estonija")).toBe("Эстонія");
    expect(lacinkaToCyrillic("eŭra")).toBe("еўра");
  });

  it("maps ch, dz, dź, dž, h and g to their Cyrillic letters", () => {
    expect(lacinkaToCyrillic("chata dzied dźviery džem hora ganak")).toBe("хата дзед дзверы джэм гора ґанак");
  });

  it("keeps punctuation, numbers and spacing in mixed text", () => {
    expect(lacinkaToCyrillic("Biełaruś uvajšła ŭ Radu Eŭropy? Nie, u 1993 hodzie…")).toBe(
      "Беларусь увайшла ў Раду Еўропы? Не, у 1993 годзе…",
    );
    expect(lacinkaToCyrillic("(Viasna, 2024) — «palitviaźni»: 1 200+")).toBe(
      "(Вясна, 2024) — «палітвязні»: 1 200+",
    );
  });

  it("keeps the case of first letters and of words in capitals", () => {
    expect(lacinkaToCyrillic("BIEŁARUŚ")).toBe("БЕЛАРУСЬ");
    expect(lacinkaToCyrillic("Ŭ Minsku")).toBe("Ў Мінску");
    expect(lacinkaToCyrillic("CICHANOŬSKAJA")).toBe("ЦІХАНОЎСКАЯ");
  });

  it("leaves Cyrillic text and empty input unchanged", () => {
    expect(lacinkaToCyrillic("Беларусь, 1993")).toBe("Беларусь, 1993");
    expect(lacinkaToCyrillic("")).toBe("");
  });

  it("accepts a letter written as a base letter plus a combining mark", () => {
    expect(lacinkaToCyrillic("Eu\u0306ropa")).toBe("Еўропа");
  });
});

describe("Łacinka with a word that holds an English one", () => {
  it("reads «što» as Belarusian, not as the English «to»", () => {
    expect(looksLikeLacinka("Ci praŭda, što PASIE patrabavała trybunała?")).toBe(true);
  });
});

describe("Łacinka around names written in English", () => {
  const names = new Set(["luxembourg", "solutions"]);
  const isName = (word: string) => names.has(word.toLowerCase());

  it("transliterates the other words and keeps the names", () => {
    // Typed without ł, "la" reads as ля: the search matches it loosely.
    expect(lacinkaAroundNames("Kali prajšla kanferencyja Luxembourg solutions?", isName)).toBe(
      "Калі прайшля канфэрэнцыя Luxembourg solutions?",
    );
  });

  it("leaves an English question alone", () => {
    expect(lacinkaAroundNames("When was the Luxembourg solutions conference?", isName)).toBeUndefined();
    expect(lacinkaAroundNames("Luxembourg solutions", isName)).toBeUndefined();
  });
});
