import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../src/kb/load.js";
import type { Lang } from "../../src/langs.js";
import { createAnswerer } from "../../src/search/index.js";
import { OUT_OF_SCOPE, SHORT, SPELLINGS, TYPED, TYPOS, type QuestionCase } from "./questions.js";

const kb = loadKnowledgeBase();
const answerer = createAnswerer(kb);

/** The caller's language is deliberately a different one, so the question's own language must be detected. */
const otherLang = (lang: Lang): Lang => (lang === "en" ? "ru" : "en");

function expectAnswered([question, lang, expected]: QuestionCase, fallbackLang: Lang) {
  const answer = answerer.answer(question, { fallbackLang, explain: true });
  const context = `${question} → ${answer.kind} ${answer.fact?.id ?? ""} ${JSON.stringify(answer.explain?.candidates.slice(0, 3).map((c) => [c.id, c.coverage]))}`;
  expect(answer.kind, context).toBe("fact");
  expect(expected, context).toContain(answer.fact?.id);
  expect(answer.lang, context).toBe(lang);
}

describe("answers typed questions in the language they are asked in", () => {
  it.each(TYPED)("%s", (question, lang, expected) =>
    expectAnswered([question, lang, expected], otherLang(lang)),
  );
});

describe("answers one-word queries, names and abbreviations (in the caller's language when the word does not tell)", () => {
  it.each(SHORT)("%s", (question, lang, expected) => expectAnswered([question, lang, expected], lang));
});

describe("answers questions with typos", () => {
  it.each(TYPOS)("%s", (question, lang, expected) => expectAnswered([question, lang, expected], lang));
});

describe("answers Belarusian typed without і/ў, in Łacinka, and mixed-language questions", () => {
  it.each(SPELLINGS)("%s", (question, lang, expected) =>
    expectAnswered([question, lang, expected], otherLang(lang)),
  );
});

describe("declines questions it cannot answer, in their language, never bluffing", () => {
  // The decision is a fitted model, so a near-domain question may slip through; a floor, with
  // the ones answered named, keeps that rare. Since every fact has some fifteen alternate
  // questions a language, their everyday words reach a few more of these (4 of 22 when set);
  // the blind held-out sets' out-of-scope share is the figure tracked (README).
  it("declines at least 80% of them, each in its own language, with at most three suggestions", () => {
    const answered: string[] = [];
    for (const [question, lang] of OUT_OF_SCOPE) {
      const answer = answerer.answer(question, { fallbackLang: lang });
      expect(answer.lang, question).toBe(lang);
      expect(answer.suggestions.length, question).toBeLessThanOrEqual(3);
      if (answer.kind !== "decline") answered.push(`${question} → ${answer.fact?.id}`);
    }
    expect(answered.length / OUT_OF_SCOPE.length, answered.join("\n")).toBeLessThanOrEqual(0.2);
  });
});

describe("small talk", () => {
  it.each([
    ["hello", "greeting", "en"],
    ["hello how are you", "greeting", "en"],
    ["Привет!", "greeting", "ru"],
    ["Прывітанне", "greeting", "be"],
    ["thanks!", "thanks", "en"],
    ["Спасибо большое", "thanks", "ru"],
    ["Дзякуй", "thanks", "be"],
    ["help", "help", "en"],
    ["что ты умеешь?", "help", "ru"],
    ["дапамажыце", "help", "be"],
  ] as const)("recognises %s as %s", (text, kind, lang) => {
    const answer = answerer.answer(text, { fallbackLang: lang });
    expect(answer.kind).toBe(kind);
    expect(answer.fact).toBeUndefined();
  });

  it("still answers a question that starts with a greeting", () => {
    const answer = answerer.answer("Привет! Когда создали Контактную группу?", { fallbackLang: "en" });
    expect(answer.fact?.id).toBe("contact-group");
    expect(answer.lang).toBe("ru");
  });

  it("reads a question that points back to the sentence before it with that sentence", () => {
    // The year of the context would veto the whole message; the question alone names nothing.
    for (const [text, lang] of [
      [
        "Добрый вечер, я переехал в Варшаву в 2021 году. Слышал о Контактной группе по Беларуси. Когда её создали?",
        "ru",
      ],
      [
        "Вітаю, я пераехала ў Прагу ў 2021 годзе. Чула пра Кантактную групу па Беларусі. Калі яе стварылі?",
        "be",
      ],
    ] as const) {
      const answer = answerer.answer(text, { fallbackLang: "en" });
      expect(answer.fact?.id, text).toBe("contact-group");
      expect(answer.lang).toBe(lang);
    }
  });

  it("answers who won a prize with the fact that says it was awarded, and not for a year it does not have", () => {
    const replyTo = (text: string) => answerer.answer(text, { fallbackLang: "en" });
    for (const text of ["Who won the Havel prize in 2021?", "Хто перамог у прэміі Гавела ў 2021 годзе?"])
      expect(replyTo(text).fact?.id, text).toBe("havel-kalesnikava-2021");
    // «перамог» (won) is one letter from «перамовы» (talks): a word like it does not name it.
    for (const text of ["Who won the Havel prize in 2022?", "Хто перамог на выбарах 2020 года ў Беларусі?"])
      expect(replyTo(text).kind, text).toBe("decline");
  });

  it("answers when an arrest or a founding was with the fact that names it, and declines it of one that does not", () => {
    const replyTo = (text: string) => answerer.answer(text, { fallbackLang: "en" });
    expect(replyTo("Калі быў арыштаваны Бяляцкі?").fact?.id).toBe("bialiatski");
    expect(replyTo("When was the Contact Group established?").fact?.id).toBe("contact-group");
    for (const text of [
      "When was Tsikhanouskaya arrested?",
      "When was Pavel Sapelka released?",
      "When was Viasna created?",
    ])
      expect(replyTo(text).kind, text).toBe("decline");
    // "Created" describing the subject does not ask when it was created.
    expect(
      replyTo("What dialogue did the forums want with the Coordination Council created by Tsikhanouskaya?")
        .fact?.id,
    ).toBe("coordination-council-talks");
  });

  it("does not take a closing thanks for the question", () => {
    const answer = answerer.answer(
      "Прывітанне, я з Гомеля. Хачу даведацца, калі стварылі Кантактную групу па Беларусі. Дзякуй!",
      { fallbackLang: "en" },
    );
    expect(answer.fact?.id).toBe("contact-group");
  });

  it("treats punctuation and emoji alone as empty, not as a question", () => {
    expect(answerer.answer("?!… 🙂", { fallbackLang: "be" }).kind).toBe("empty");
  });
});

describe("the answer itself", () => {
  it("answers a Russian question from a fact matched on its Belarusian keywords, still in Russian", () => {
    const answer = answerer.answer("Калеснікава премия", { fallbackLang: "ru" });
    expect(answer.fact?.id).toBe("havel-kalesnikava-2021");
  });

  it("offers up to three close topics when it declines a near miss", () => {
    const answer = answerer.answer("PACE weather forecast", { fallbackLang: "en" });
    expect(answer.kind).toBe("decline");
    expect(answer.suggestions.length).toBeGreaterThan(0);
    expect(answer.suggestions.length).toBeLessThanOrEqual(3);
  });

  it("lists matching facts for inline mode, and highlights for an empty query", () => {
    const found = answerer.lookup("PACE resolution", { fallbackLang: "en", limit: 5 });
    expect(found.facts.length).toBeGreaterThan(1);
    expect(found.facts.length).toBeLessThanOrEqual(5);
    const empty = answerer.lookup("", { fallbackLang: "be", limit: 50 });
    expect(empty.facts.length).toBeGreaterThan(0);
    expect(empty.facts.every((fact) => fact.highlight)).toBe(true);
  });
});
