import { describe, expect, it } from "vitest";
import { stemBelarusian } from "../../src/search/stem-be.js";

/** What the normalizer hands the stemmer: lower case, ё→е, ў→у, і→и, no apostrophes or ъ. */
function fold(word: string): string {
  return word
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/ў/g, "у")
    .replace(/і/g, "и")
    .replace(/['’ʼъ]/g, "");
}

const stem = (word: string): string => stemBelarusian(fold(word));

interface Family {
  lemma: string;
  forms: string[];
}

const NOUNS: Family[] = [
  {
    lemma: "палітвязень",
    forms: [
      "палітвязня",
      "палітвязню",
      "палітвязнем",
      "палітвязні",
      "палітвязняў",
      "палітвязнямі",
      "палітвязнях",
    ],
  },
  {
    lemma: "канвенцыя",
    forms: ["канвенцыі", "канвенцый", "канвенцыю", "канвенцыяй", "канвенцыям", "канвенцыямі", "канвенцыях"],
  },
  { lemma: "рэзалюцыя", forms: ["рэзалюцыі", "рэзалюцыю", "рэзалюцый", "рэзалюцыяй", "рэзалюцыях"] },
  {
    lemma: "праваабаронца",
    forms: [
      "праваабаронцы",
      "праваабаронцу",
      "праваабаронцаў",
      "праваабаронцам",
      "праваабаронцамі",
      "праваабаронцай",
    ],
  },
  {
    lemma: "журналіст",
    forms: [
      "журналіста",
      "журналісту",
      "журналістам",
      "журналісце",
      "журналісты",
      "журналістаў",
      "журналістамі",
    ],
  },
  {
    lemma: "Беларусь",
    forms: ["Беларусі", "Беларуссю", "беларус", "беларуса", "беларусы", "беларусаў", "беларусамі"],
  },
  { lemma: "ноч", forms: ["ночы", "ноччу", "ночам"] },
  { lemma: "моладзь", forms: ["моладзі", "моладдзю"] },
  { lemma: "пакаранне", forms: ["пакарання", "пакаранню", "пакараннем", "пакаранні", "пакараньне"] },
  { lemma: "прыпыненне", forms: ["прыпынення", "прыпыненні", "прыпыненнем", "прыпыненню"] },
  { lemma: "выгнанне", forms: ["выгнання", "выгнанні", "выгнаннем", "выгнанню"] },
  { lemma: "рэжым", forms: ["рэжыму", "рэжыма", "рэжымам", "рэжымы", "рэжымаў", "рэжыме", "рэжымамі"] },
  { lemma: "сустрэча", forms: ["сустрэчы", "сустрэчу", "сустрэчай", "сустрэч", "сустрэчах", "сустрэчамі"] },
  { lemma: "салідарнасць", forms: ["салідарнасці", "салідарнасцю", "салідарнасцей"] },
  { lemma: "прэмія", forms: ["прэміі", "прэмію", "прэмій", "прэміяй", "прэміямі"] },
  { lemma: "камітэт", forms: ["камітэта", "камітэту", "камітэце", "камітэтам", "камітэты", "камітэтаў"] },
  { lemma: "група", forms: ["групы", "групу", "групе", "групай", "групаю", "груп", "групамі", "групах"] },
  { lemma: "Савет", forms: ["Савета", "Савету", "Савеце", "Саветам", "Саветы"] },
  { lemma: "Еўропа", forms: ["Еўропы", "Еўропе", "Еўропу", "Еўропай"] },
  { lemma: "Рада", forms: ["Рады", "Радзе", "Раду", "Радай"] },
  { lemma: "права", forms: ["правоў", "правы", "правам", "правамі", "правах"] },
  { lemma: "агонь", forms: ["агню", "агнём", "агні"] },
  { lemma: "пасол", forms: ["пасла", "паслу", "паслы", "паслоў"] },
  { lemma: "пачатак", forms: ["пачатку", "пачаткам", "пачаткі"] },
  { lemma: "сябар", forms: ["сябра", "сябру", "сябры", "сябраў"] },
  { lemma: "выбары", forms: ["выбараў", "выбарах", "выбарам"] },
  { lemma: "свабода", forms: ["свабоды", "свабодзе", "свабоду", "свабодай"] },
  { lemma: "краіна", forms: ["краіны", "краіне", "краіну", "краінай", "краін", "краінамі"] },
  { lemma: "міністр", forms: ["міністра", "міністры", "міністраў", "міністрам"] },
  { lemma: "горад", forms: ["горада", "гораду", "горадзе"] },
  { lemma: "сям'я", forms: ["сям'і", "сям'ю", "сям'ёй"] },
];

const ADJECTIVES: Family[] = [
  {
    lemma: "беларускі",
    forms: [
      "беларускага",
      "беларускаму",
      "беларускім",
      "беларуская",
      "беларускай",
      "беларускую",
      "беларускае",
      "беларускія",
      "беларускіх",
      "беларускімі",
    ],
  },
  { lemma: "смяротны", forms: ["смяротнае", "смяротная", "смяротнага", "смяротным", "смяротнай"] },
  { lemma: "кантактны", forms: ["кантактная", "кантактнай", "кантактную", "кантактнага", "кантактных"] },
  { lemma: "палітычны", forms: ["палітычнага", "палітычныя", "палітычных", "палітычнымі", "палітычнай"] },
];

const VERBS: Family[] = [
  {
    lemma: "з'яўляцца",
    forms: ["з'яўляецца", "з'яўляюцца", "з'яўлялася", "з'яўляўся", "з'яўляліся", "з'яўляючыся"],
  },
  { lemma: "уступіць", forms: ["уступіла", "уступілі", "уступіў", "уступіўшы", "уступім"] },
  { lemma: "прыпыніць", forms: ["прыпыніла", "прыпынілі", "прыпыніў", "прыпыніўшы"] },
  { lemma: "ратыфікаваць", forms: ["ратыфікавала", "ратыфікавалі", "ратыфікаваў"] },
  { lemma: "падпісаць", forms: ["падпісала", "падпісалі", "падпісаў"] },
];

const ALL_FAMILIES = [...NOUNS, ...ADJECTIVES, ...VERBS];

describe("stemBelarusian: one stem per word family", () => {
  it.each(NOUNS)("maps the case forms of the noun $lemma to one stem", ({ lemma, forms }) => {
    for (const form of forms) expect(stem(form), form).toBe(stem(lemma));
  });

  it.each(ADJECTIVES)(
    "maps the genders and cases of the adjective $lemma to one stem",
    ({ lemma, forms }) => {
      for (const form of forms) expect(stem(form), form).toBe(stem(lemma));
    },
  );

  it.each(VERBS)("maps the common forms of the verb $lemma to one stem", ({ lemma, forms }) => {
    for (const form of forms) expect(stem(form), form).toBe(stem(lemma));
  });

  it("produces readable stems for the core vocabulary", () => {
    expect(stem("палітвязень")).toBe("палитвязн");
    expect(stem("канвенцыя")).toBe("канвенц");
    expect(stem("беларускага")).toBe("беларуск");
    expect(stem("праваабаронцаў")).toBe("праваабаронц");
    expect(stem("з'яўляецца")).toBe("зяул");
  });

  it("joins the classical spelling with the official one (сьмяротнае / смяротнае)", () => {
    expect(stem("сьмяротнае")).toBe(stem("смяротнае"));
    expect(stem("пакараньне")).toBe(stem("пакаранне"));
  });

  it("undoes the т/д → ц/дз change before the locative -е", () => {
    expect(stem("Савеце")).toBe(stem("Савет"));
    expect(stem("журналісце")).toBe(stem("журналіст"));
    expect(stem("Радзе")).toBe(stem("Рада"));
  });
});

describe("stemBelarusian: different families stay apart", () => {
  const pairs: [string, string][] = [
    ["прэмія", "прэм'ер"],
    ["група", "груша"],
    ["мова", "мора"],
    ["рэжым", "рэжысёр"],
    ["журналіст", "журнал"],
    ["камітэт", "камісія"],
    ["выбары", "выбух"],
    ["Еўропа", "еўра"],
    ["права", "праца"],
    ["палітвязень", "палітыка"],
    ["канвенцыя", "кантакт"],
    ["дзень", "дзеці"],
    ["Рада", "радасць"],
    ["Беларусь", "беларускі"],
  ];

  it.each(pairs)("keeps %s and %s apart", (a, b) => {
    expect(stem(a)).not.toBe(stem(b));
  });
});

describe("stemBelarusian: short words", () => {
  it("keeps short stems such as рэжым intact", () => {
    expect(stem("рэжым")).toBe("рэжым");
    expect(stem("рэжыму")).toBe("рэжым");
  });

  it("never leaves a stem shorter than three letters", () => {
    for (const word of ALL_FAMILIES.flatMap(({ lemma, forms }) => [lemma, ...forms])) {
      expect(stem(word).length, word).toBeGreaterThanOrEqual(Math.min(3, fold(word).length));
    }
  });

  it("does not collapse дзень and дня into anything shorter", () => {
    expect(stem("дня")).toBe("дня");
    expect(stem("дні")).toBe("дни");
    expect(stem("дзень").length).toBeGreaterThanOrEqual(3);
  });

  it("keeps a vowel in the stem, so страх does not become стр", () => {
    expect(stem("страх")).toBe("страх");
    expect(stem("страху")).toBe("страх");
  });

  it("leaves three-letter words alone", () => {
    for (const word of ["суд", "дом", "сон", "год"]) expect(stem(word)).toBe(word);
  });
});

describe("stemBelarusian: odd input", () => {
  it.each(["", "а", "1993", "council", "Europe", "covid-19", "ўсё", "Беларусь"])(
    "returns %j unchanged instead of guessing",
    (input) => {
      expect(stemBelarusian(input)).toBe(input);
    },
  );

  it("is stable when applied to its own output for one-letter and digit input", () => {
    for (const input of ["", "а", "1993"]) expect(stemBelarusian(stemBelarusian(input))).toBe(input);
  });
});
