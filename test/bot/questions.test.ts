import { describe, expect, it } from "vitest";
import { answerTitle } from "../../src/bot/render/titles.js";
import { createHarness, expectWholeWords, labels, only, useHarness } from "./support/harness.js";
import { knowledge } from "./support/knowledge.js";

const { kb } = knowledge();
const harness = useHarness();
const application = kb.byId.get("application-1993")!;

describe("a question in words", () => {
  it.each([
    ["be", "Калі Беларусь падала заяўку на ўступленне ў Савет Еўропы?", "Крыніцы:"],
    ["ru", "Когда Беларусь подала заявку на вступление в Совет Европы?", "Источники:"],
    ["en", "When did Belarus apply to join the Council of Europe?", "Sources:"],
  ] as const)("gets the answer in %s, with its source links", async (lang, question, sourcesLabel) => {
    const reply = only(await harness().private({ languageCode: "en" }).send(question));
    expect(reply.text.startsWith(`${answerTitle(application.text[lang])}\n\n`)).toBe(true);
    expect(reply.text).toContain(application.text[lang].answer);
    expect(reply.text).toContain(sourcesLabel);
    expect(reply.links).toEqual(
      application.sources.map((source) => ({
        url: source.localized[lang] ?? source.url,
        text: source.title[lang],
      })),
    );
  });

  it.each([
    ["be", "Калі Беларусь падала заяўку на ўступленне ў Савет Еўропы?", "Заяўка на членства"],
    ["ru", "Когда Беларусь подала заявку на вступление в Совет Европы?", "Заявка на членство"],
    ["en", "When did Belarus apply to join the Council of Europe?", "Membership application"],
  ] as const)(
    "states the date once, in the sentence, not in the title (%s)",
    async (_lang, question, title) => {
      const reply = only(await harness().private().send(question));
      expect(reply.text.split("\n")[0]).toBe(title);
      expect(reply.text.match(/1993/g)).toHaveLength(1);
    },
  );

  it("marks a source whose document is in another language", async () => {
    const reply = only(
      await harness().private().send("Калі Беларусь падала заяўку на ўступленне ў Савет Еўропы?"),
    );
    expect(reply.text).toMatch(/Беларусь і Савет Еўропы \(па-англійску\)/);
  });

  it("offers a share button that puts the answer's title into inline mode", async () => {
    const reply = only(
      await harness().private().send("When did Belarus apply to join the Council of Europe?"),
    );
    expect(reply.buttons[0]).toEqual({ text: "↗ Share", switch_inline_query: application.text.en.title });
  });

  it("has two rows of buttons: share and more on this, then the timeline neighbours", async () => {
    const reply = only(
      await harness().private().send("When did Belarus apply to join the Council of Europe?"),
    );
    expect(labels(reply)).toEqual([
      ["↗ Share", `📚 More on this (${application.related.length})`],
      ["← Earlier", "Later →"],
    ]);
  });

  it("lists the related facts in place, in the answer's language, and goes back to the answer", async () => {
    const person = harness().private({ languageCode: "en" });
    const reply = only(await person.send("Калі Беларусь падала заяўку на ўступленне ў Савет Еўропы?"));
    const list = await person.press(reply, /^📚 /);
    expect(list.sent).toEqual([]);
    const related = application.related.map((id) => kb.byId.get(id)!);
    expect(list.edited[0]!.text).toBe(
      [
        `Па тэме «${answerTitle(application.text.be)}»`,
        "",
        ...related.map((fact, index) => `${index + 1}. ${fact.text.be.title}`),
        "",
        kb.t("be", "list-hint"),
      ].join("\n"),
    );
    expect(labels(list.edited[0]!)).toEqual([related.map((_fact, index) => String(index + 1)), ["◀ Назад"]]);
    const back = await person.press(list.edited[0]!, "◀ Назад");
    expect(back.edited[0]?.text).toBe(reply.text);
    expect(labels(back.edited[0]!)).toEqual(labels(reply));
  });

  it("opens a related fact in place, with the way back to the related list", async () => {
    const person = harness().private({ languageCode: "ru" });
    const reply = only(await person.send("Когда Беларусь подала заявку на вступление в Совет Европы?"));
    const list = (await person.press(reply, /^📚 /)).edited[0]!;
    const item = await person.press(list, "1");
    expect(item.sent).toEqual([]);
    const related = kb.byId.get(application.related[0]!)!;
    expect(item.edited[0]!.text).toContain(related.text.ru.answer);
    expect(labels(item.edited[0]!).at(-1)).toEqual(["◀ К списку"]);
    const back = await person.press(item.edited[0]!, "◀ К списку");
    expect(back.edited[0]?.text).toBe(list.text);
  });

  it("steps to the previous event on the timeline in place, which then leads back to the timeline", async () => {
    const person = harness().private();
    const reply = only(await person.send("When did Belarus apply to join the Council of Europe?"));
    const { edited, sent } = await person.press(reply, "← Earlier");
    expect(sent).toEqual([]);
    expect(edited[0]).toMatchObject({ messageId: reply.messageId });
    expect(edited[0]!.text).toContain(kb.byId.get("guest-status-1992")!.text.en.answer);
    const list = await person.press(edited[0]!, "◀ Back to the list");
    expect(list.edited[0]?.text).toMatch(/^Timeline · page 1 of/);
  });
});

describe("a question the bot cannot answer", () => {
  it.each([
    ["en", "what's the weather in Minsk tomorrow?"],
    ["en", "football"],
    ["ru", "рецепт борща"],
    ["be", "якое надвор'е заўтра ў Мінску?"],
  ] as const)(
    "offers the main topics, never an unrelated fact, when nothing is close (%s: %s)",
    async (lang, text) => {
      const person = harness().private({ languageCode: lang });
      const reply = only(await person.send(text));
      expect(reply.text).toBe(`${kb.t(lang, "answer-decline")}\n\n${kb.t(lang, "answer-decline-topics")}`);
      expect(labels(reply)).toEqual(labels(only(await person.send("/start"))));
    },
  );

  it.each(["be", "ru", "en"] as const)(
    "offers the close topics the search found, one a row, opening each as a new message (%s)",
    async (lang) => {
      const close = ["suspension-2022-scope", "guest-suspended-1997", "conv-corruption-criminal", "pace"];
      const h = createHarness({
        answerer: (real) => ({
          ...real,
          answer: (text, options) => ({
            ...real.answer(text, options),
            kind: "decline",
            lang,
            suggestions: close.map((id) => kb.byId.get(id)!),
          }),
        }),
      });
      const person = h.private({ languageCode: lang });
      const reply = only(await person.send("something close but not quite"));
      expect(reply.text).toBe(
        `${kb.t(lang, "answer-decline")}\n\n${kb.t(lang, "answer-decline-suggestions")}`,
      );
      expect(reply.rows).toHaveLength(3);
      for (const row of reply.rows) expect(row).toHaveLength(1);
      expectWholeWords(reply);
      const opened = await person.press(reply, reply.buttons[1]!.text);
      expect(only(opened).text).toContain(kb.byId.get(close[1]!)!.text[lang].answer);
      h.expectClean();
    },
  );
});

describe("small talk", () => {
  it("answers a greeting with a greeting, an example and the topics, not a fact", async () => {
    const reply = only(await harness().private({ languageCode: "en" }).send("hello"));
    expect(reply.text).toBe(kb.t("en", "answer-greeting"));
    expect(reply.links).toEqual([]);
    expect(labels(reply)[0]).toEqual(["📜 Timeline", "📑 Conventions"]);
  });

  it.each(["?", "🤔", "…"])("answers a lone %s with what to ask and the topics", async (text) => {
    const reply = only(await harness().private({ languageCode: "ru" }).send(text));
    expect(reply.text).toBe(kb.t("ru", "answer-empty-topics"));
    expect(labels(reply)[0]).toEqual(["📜 Хронология", "📑 Конвенции"]);
  });

  it("answers thanks in the language they were written in", async () => {
    expect(only(await harness().private({ languageCode: "en" }).send("дзякуй")).text).toBe(
      kb.t("be", "answer-thanks"),
    );
    expect(only(await harness().private({ languageCode: "en" }).send("спасибо")).text).toBe(
      kb.t("ru", "answer-thanks"),
    );
  });

  it("answers a request for help with the help text", async () => {
    expect(only(await harness().private({ languageCode: "en" }).send("help")).text).toMatch(
      /^Ask a question in your own words/,
    );
  });
});

describe("non-text messages", () => {
  it.each([
    ["be", "Я разумею толькі тэкст."],
    ["ru", "Я понимаю только текст."],
    ["en", "I only understand text."],
  ])("a sticker gets a hint to ask in words (%s)", async (languageCode, hint) => {
    expect(only(await harness().private({ languageCode }).sendSticker()).text).toMatch(
      new RegExp(`^${hint}`),
    );
  });

  it("a photo without a caption and a voice message get the same hint", async () => {
    const person = harness().private({ languageCode: "en" });
    expect(only(await person.sendPhoto()).text).toMatch(/^I only understand text/);
    expect(only(await person.sendVoice()).text).toMatch(/^I only understand text/);
  });

  it.each([
    ["photo", "be", "Калі Беларусь падала заяўку на ўступленне ў Савет Еўропы?"],
    ["video", "ru", "Когда Беларусь подала заявку на вступление в Совет Европы?"],
    ["document", "en", "When did Belarus apply to join the Council of Europe?"],
  ] as const)("a %s with a question as its caption gets the answer (%s)", async (kind, lang, caption) => {
    const reply = only(await harness().private({ languageCode: "en" }).sendMedia(kind, caption));
    expect(reply.text).toContain(application.text[lang].answer);
    expect(reply.links.length).toBeGreaterThan(0);
  });
});
