import { describe, expect, it } from "vitest";
import { BUTTON_LABEL_LENGTH } from "../../src/bot/render/fact.js";
import { shorten } from "../../src/bot/render/view.js";
import { labels, only, useHarness } from "./support/harness.js";
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
    expect(reply.text).toContain(application.text[lang].title);
    expect(reply.text).toContain(application.text[lang].answer);
    expect(reply.text).toContain(sourcesLabel);
    expect(reply.links).toEqual(
      application.sources.map((source) => ({
        url: source.localized[lang] ?? source.url,
        text: source.title[lang],
      })),
    );
  });

  it("states the date of a dated fact in the reply language", async () => {
    const reply = only(
      await harness()
        .private({ languageCode: "be" })
        .send("Калі Беларусь падала заяўку на ўступленне ў Савет Еўропы?"),
    );
    expect(reply.text.split("\n")[1]).toBe("12 сакавіка 1993 г.");
  });

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

  it("offers related facts and the timeline neighbours as buttons", async () => {
    const reply = only(
      await harness().private().send("When did Belarus apply to join the Council of Europe?"),
    );
    const related = application.related.slice(0, 3).map((id) => kb.byId.get(id)!.text.en.title);
    expect(labels(reply).slice(1, 4)).toEqual(
      related.map((title) => [`→ ${shorten(title, BUTTON_LABEL_LENGTH)}`]),
    );
    expect(labels(reply).at(-1)).toEqual(["◀ Earlier", "Later ▶"]);
  });

  it("opens a related fact as a new message in the answer's language", async () => {
    const person = harness().private({ languageCode: "en" });
    const reply = only(await person.send("Калі Беларусь падала заяўку на ўступленне ў Савет Еўропы?"));
    const related = kb.byId.get(application.related[0]!)!;
    const opened = await person.press(reply, /^→ /);
    expect(only(opened).text).toContain(related.text.be.answer);
    expect(opened.edited).toEqual([]);
  });

  it("steps to the previous event on the timeline in place", async () => {
    const person = harness().private();
    const reply = only(await person.send("When did Belarus apply to join the Council of Europe?"));
    const { edited } = await person.press(reply, "◀ Earlier");
    expect(edited[0]).toMatchObject({ messageId: reply.messageId });
    expect(edited[0]!.text).toContain(kb.byId.get("guest-status-1992")!.text.en.answer);
  });
});

describe("a question the bot cannot answer", () => {
  it("says it does not know and offers the closest topics as buttons", async () => {
    const person = harness().private({ languageCode: "en" });
    const reply = only(await person.send("what's the weather in Minsk tomorrow?"));
    expect(reply.text).toBe(`${kb.t("en", "answer-decline")}\n\n${kb.t("en", "answer-decline-suggestions")}`);
    expect(reply.buttons.length).toBeGreaterThan(0);
    const suggestion = reply.buttons[0]!;
    const opened = only(await person.press(reply, suggestion.text));
    expect(opened.text.startsWith(suggestion.text.replace(/…$/, ""))).toBe(true);
  });

  it("points to /timeline and /conventions when nothing is close", async () => {
    const reply = only(await harness().private({ languageCode: "ru" }).send("рецепт борща"));
    expect(reply.text).toBe(`${kb.t("ru", "answer-decline")}\n\n${kb.t("ru", "answer-decline-browse")}`);
    expect(reply.buttons).toEqual([]);
  });
});

describe("small talk", () => {
  it("answers a greeting with a greeting and an example, not a fact", async () => {
    const reply = only(await harness().private({ languageCode: "en" }).send("hello"));
    expect(reply.text).toBe(kb.t("en", "answer-greeting"));
    expect(reply.links).toEqual([]);
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

  it("a photo and a voice message get the same hint", async () => {
    const person = harness().private({ languageCode: "en" });
    expect(only(await person.sendPhoto()).text).toMatch(/^I only understand text/);
    expect(only(await person.sendVoice()).text).toMatch(/^I only understand text/);
  });
});
