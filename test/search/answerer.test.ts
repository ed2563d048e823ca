import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../src/kb/load.js";
import { LANGS } from "../../src/langs.js";
import { factNumbers } from "../../src/search/fact-signals.js";
import { createAnswerer } from "../../src/search/index.js";

const kb = loadKnowledgeBase();
const answerer = createAnswerer(kb);

describe("a year or number the question names", () => {
  const dated = kb.facts.filter((fact) => fact.date);

  it("never yields a fact that contradicts it", () => {
    for (const fact of dated)
      for (const lang of LANGS) {
        // A year near the fact's own that the fact does not mention anywhere.
        const year = Number(fact.date!.slice(0, 4));
        const wrongYear = [3, -3, 4, -4, 5, -5, 7, -7]
          .map((d) => year + d)
          .find((y) => !factNumbers(fact).has(String(y)));
        const question = `${fact.text[lang].title.replace(/\d+/g, "")} ${wrongYear}`;
        const answer = answerer.answer(question, { fallbackLang: lang });
        expect(answer.fact?.id, question).not.toBe(fact.id);
        const listed = answerer.lookup(question, { fallbackLang: lang, limit: 10 }).facts;
        expect(
          listed.map((f) => f.id),
          question,
        ).not.toContain(fact.id);
      }
  });

  it("typed without the dot of an article number is that number", () => {
    const answer = answerer.answer("article 1931 criminal code belarus demand", { fallbackLang: "en" });
    expect(answer.kind).toBe("fact");
    expect(answer.fact!.text.en.answer).toContain("193.1");
    expect(factNumbers(answer.fact!).has("1931")).toBe(true);
  });

  it("alone names no topic: a bare number is declined", () => {
    for (const question of ["9", "12", "2022", "1993"])
      expect(answerer.answer(question, { fallbackLang: "en" }).kind, question).toBe("decline");
  });
});

describe("declines that help", () => {
  it.each(["Рецепт борща", "Who won the football world cup?", "Якое надвор'е заўтра?"])(
    "offers no unrelated facts for %j",
    (question) => {
      const answer = answerer.answer(question, { fallbackLang: "en" });
      expect(answer.kind).toBe("decline");
      expect(answer.suggestions).toEqual([]);
    },
  );

  it("suggests nothing in particular for generic words only (the reply lists the main topics)", () => {
    for (const question of ["Belarus and the Council of Europe", "Belarus", "human rights"]) {
      const answer = answerer.answer(question, { fallbackLang: "en" });
      expect(answer.kind, question).toBe("decline");
      expect(answer.suggestions, question).toEqual([]);
    }
  });

  it.each(["What is the capital of Belarus?", "Хто прэзідэнт Беларусі?", "clear", "power", "9"])(
    "declines %j: one word that only some fact's text uses names no topic",
    (question) => expect(answerer.answer(question, { fallbackLang: "en" }).kind).toBe("decline"),
  );

  it.each([
    ["Viasna", "viasna"],
    ["Вясна", "viasna"],
    ["Tikhanovskaya", "tsikhanouskaya"],
    ["GRECO", "greco"],
  ])("answers the bare name %j with the fact about it", (question, id) =>
    expect(answerer.answer(question, { fallbackLang: "en" }).fact?.id).toBe(id),
  );

  it("offers only facts that share a telling word with the question", () => {
    const answer = answerer.answer("What did Bialiatski have for breakfast on his birthday?", {
      fallbackLang: "en",
    });
    expect(answer.kind).toBe("decline");
    for (const fact of answer.suggestions)
      expect(JSON.stringify(fact.text.en).toLowerCase()).toContain("bialiatski");
  });
});

describe("the confidence of an answer", () => {
  it("is the decision model's probability, in (0, 1]", () => {
    const answer = answerer.answer("When did Belarus apply to join the Council of Europe?", {
      fallbackLang: "en",
    });
    expect(answer.kind).toBe("fact");
    expect(answer.confidence).toBeGreaterThan(0.5);
    expect(answer.confidence).toBeLessThanOrEqual(1);
  });
});

describe("a fact's near misses (its .unanswered questions)", () => {
  // The fact about Viasna given near misses, in a copy of the knowledge base: the same question
  // is answered with it without them and declined with them, while what the fact does answer
  // still is.
  const viasna = kb.facts.find((fact) => fact.id === "viasna")!;
  const nearMiss = "Where is the Viasna human rights centre based?";
  const answererWith = (unanswered: string[], id = viasna.id) =>
    createAnswerer({
      ...kb,
      facts: kb.facts.map((fact) =>
        fact.id === id ? { ...fact, text: { ...fact.text, en: { ...fact.text.en, unanswered } } } : fact,
      ),
    });

  it("decline a question closer to one of them than to anything the fact answers", () => {
    expect(answererWith([]).answer(nearMiss, { fallbackLang: "en" }).fact?.id).toBe("viasna");
    expect(answererWith([nearMiss]).answer(nearMiss, { fallbackLang: "en" }).kind).toBe("decline");
  });

  it("decline it also when they are another candidate's, not the best one's", () => {
    const { explain } = answererWith([]).answer(nearMiss, { fallbackLang: "en", explain: true });
    const [first, second] = explain!.candidates;
    expect(first!.id).toBe("viasna");
    expect(second).toBeDefined();
    expect(answererWith([nearMiss], second!.id).answer(nearMiss, { fallbackLang: "en" }).kind).toBe(
      "decline",
    );
  });

  it("outweigh a title that only names the subject, when the question asks with a question word", () => {
    // The title "Human Rights Centre Viasna" has the question's words but answers none of them.
    const question = "Where is the Human Rights Centre Viasna based?";
    expect(answererWith([]).answer(question, { fallbackLang: "en" }).fact?.id).toBe("viasna");
    expect(answererWith(["Where is Viasna based?"]).answer(question, { fallbackLang: "en" }).kind).toBe(
      "decline",
    );
    // A bare topic is still the fact itself.
    expect(
      answererWith(["Where is Viasna based?"]).answer("Human Rights Centre Viasna", { fallbackLang: "en" })
        .fact?.id,
    ).toBe("viasna");
  });

  it("asking yes or no count against a question asking when only if it has their key word", () => {
    // The question asks when; the near miss, whether it was unanimous ("unanimously" its key word).
    const question = "When did Viasna take up the cause of political prisoners?";
    const unanimous = "Did Viasna take up the cause of political prisoners unanimously?";
    expect(answererWith([unanimous]).answer(question, { fallbackLang: "en" }).kind).toBe("fact");
    // A near miss whose words beyond its fact the question all has still declines it.
    const beyond = "Did Viasna take up the cause of political prisoners?";
    expect(answererWith([beyond]).answer(question, { fallbackLang: "en" }).kind).toBe("decline");
  });

  it("leave the fact's own questions answered", () => {
    const answerer = answererWith([nearMiss]);
    for (const question of viasna.text.en.questions.slice(0, 3))
      expect(answerer.answer(question, { fallbackLang: "en" }).fact?.id, question).toBe("viasna");
  });
});

describe("the domain's common words", () => {
  it("decline a fact that never says them when the question names two ('Council of Europe')", () => {
    const answer = answerer.answer("When did Armenia join the Council of Europe?", { fallbackLang: "en" });
    expect(answer.kind).toBe("decline");
    expect(answerer.answer("Armenia Solidarity Day 2012", { fallbackLang: "en" }).fact?.id).toBe(
      "solidarity-day-2012",
    );
  });

  it("do not decline on 'Belarus' alone, which every fact is about whether it says so or not", () => {
    const answer = answerer.answer("Что сказал Stefan Fule о политзаключённых в Беларуси?", {
      fallbackLang: "ru",
    });
    expect(answer.fact?.id).toBe("fule-meeting-2012");
  });
});

describe("asking what an abbreviation means", () => {
  it.each([
    ["GRECO — what does it stand for?", "en"],
    ["Як расшыфроўваецца GRECO?", "be"],
    ["Как расшифровывается GRECO?", "ru"],
  ] as const)("%s: the words for 'stands for' are not the topic", (question, lang) => {
    expect(answerer.answer(question, { fallbackLang: lang }).fact?.id).toBe("greco");
  });
});

describe("a name asked about", () => {
  it.each([
    ["Who is Tsikhanouskaya?", "en", "tsikhanouskaya"],
    ["Кто такая Тихановская?", "ru", "tsikhanouskaya"],
    ["Хто такі Бяляцкі?", "be", "bialiatski"],
  ] as const)("%s answers with the fact about that person", (question, lang, id) => {
    expect(answerer.answer(question, { fallbackLang: lang }).fact?.id).toBe(id);
  });

  it("is declined for someone the knowledge base does not know", () => {
    expect(answerer.answer("Who is Putin?", { fallbackLang: "en" }).kind).toBe("decline");
    expect(answerer.answer("Кто такой Путин?", { fallbackLang: "ru" }).kind).toBe("decline");
  });
});

describe("a verb and the domain's common words", () => {
  it("answer when they are, word for word, one of the fact's phrasings", () => {
    const answer = answerer.answer("Примут ли когда-нибудь Беларусь в Совет Европы?", { fallbackLang: "ru" });
    expect(answer.fact?.id).toBe("future-membership");
  });

  it("alone name no topic", () => {
    expect(answerer.answer("Who founded the Council of Europe?", { fallbackLang: "en" }).kind).toBe(
      "decline",
    );
  });
});

describe("a question after a preamble", () => {
  it("is read on its own when a colon sets it apart", () => {
    const answer = answerer.answer(
      "I am writing a long piece on exiled Belarusian media for a newspaper: what is the Platform for the Safety of Journalists?",
      { fallbackLang: "en" },
    );
    expect(answer.fact?.id).toBe("platform-journalists");
  });
});

describe("Łacinka around an English name", () => {
  it("is read as Belarusian with the name kept", () => {
    const answer = answerer.answer("Kali adbylasia kanferencyja Luxembourg solutions?", {
      fallbackLang: "en",
    });
    expect(answer.fact?.id).toBe("luxembourg-conference-2024");
  });
});

describe("the domain's common words in ranking", () => {
  it("put a fact that says them before a sibling that never does", () => {
    expect(answerer.answer("Journalists safety platform and Belarus", { fallbackLang: "en" }).fact?.id).toBe(
      "platform-belarus-2023",
    );
    expect(
      answerer.answer("What is the Platform for the Safety of Journalists?", { fallbackLang: "en" }).fact?.id,
    ).toBe("platform-journalists");
  });
});

describe("where someone comes from", () => {
  it("is declined when the fact about them names no country of theirs", () => {
    for (const question of [
      "From which country is Marija Pejčinović Burić?",
      "Из какой страны Мария Пейчинович-Бурич?",
    ])
      expect(answerer.answer(question, { fallbackLang: "en" }).kind, question).toBe("decline");
  });
  it("is answered when it does (a Lithuanian MEP)", () => {
    for (const question of [
      "Justas Paleckis: from which country is this MEP?",
      "З якой краіны Юстас Палецкіс?",
    ])
      expect(answerer.answer(question, { fallbackLang: "en" }).fact?.id, question).toBe("paleckis-report");
  });
});

describe("a question asking what the bot thinks", () => {
  it("is declined: the sources hold facts, not views", () => {
    const fact = "Did PACE recognise Lukashenka as president after the January 2025 election?";
    expect(answerer.answer(fact, { fallbackLang: "en" }).kind).toBe("fact");
    for (const question of [
      "Do you think PACE was right not to recognise Lukashenka as president after the January 2025 election?",
      "Як вы лічыце, ці мела рацыю ПАСЕ, калі не прызнала Лукашэнку прэзідэнтам у 2025 годзе?",
    ])
      expect(answerer.answer(question, { fallbackLang: "en" }).kind, question).toBe("decline");
  });
});
