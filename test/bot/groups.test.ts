import { describe, expect, it } from "vitest";
import { labels, only, useHarness } from "./support/harness.js";
import { knowledge } from "./support/knowledge.js";

const { kb } = knowledge();
const harness = useHarness();

describe("in a group", () => {
  it("stays silent on ordinary messages between people", async () => {
    const person = harness().group({ languageCode: "en" });
    expect((await person.send("When did Belarus apply to join the Council of Europe?")).calls).toEqual([]);
    expect((await person.send("see you all tomorrow")).calls).toEqual([]);
  });

  it("answers a question that mentions the bot, quoting it", async () => {
    const person = harness().group({ languageCode: "en" });
    const question = "@belarus_coe_test_bot When did Belarus apply to join the Council of Europe?";
    const reply = only(await person.send(question));
    expect(reply.text).toContain(kb.byId.get("application-1993")!.text.en.answer);
    expect(reply.repliesTo).toBeDefined();
  });

  it("answers a reply to one of its messages", async () => {
    const person = harness().group({ languageCode: "ru" });
    const help = only(await person.send("/help"));
    const reply = only(await person.send("Что такое Контактная группа?", { replyTo: help }));
    expect(reply.text).toContain("Источники:");
  });

  it("answers its commands, with or without its name", async () => {
    const person = harness().group({ languageCode: "be" });
    expect(only(await person.send("/help")).text).toMatch(/^Задайце пытанне/);
    expect(only(await person.send("/timeline@belarus_coe_test_bot")).text).toMatch(/^Храналогія/);
  });

  it("ignores commands meant for another bot and unknown commands without its name", async () => {
    const person = harness().group({ languageCode: "en" });
    expect((await person.send("/help@some_other_bot")).calls).toEqual([]);
    expect((await person.send("/weather")).calls).toEqual([]);
    expect(only(await person.send("/timelin@belarus_coe_test_bot")).text).toContain(
      "Did you mean /timeline?",
    );
  });

  it("stays silent on stickers and photos unless they reply to the bot", async () => {
    const person = harness().group({ languageCode: "en" });
    expect((await person.sendSticker()).calls).toEqual([]);
    const help = only(await person.send("/help"));
    expect(only(await person.sendPhoto({ replyTo: help })).text).toMatch(/^I only understand text/);
  });

  it("answers a bare mention or a lone “?” to it with what to ask and the topics, not “send text”", async () => {
    const person = harness().group({ languageCode: "en" });
    const reply = only(await person.send("@belarus_coe_test_bot"));
    expect(reply.text).toBe(kb.t("en", "answer-empty-topics"));
    expect(labels(reply)[0]).toEqual(["📜 Timeline", "📑 Conventions"]);
    expect(only(await person.send("?", { replyTo: reply })).text).toBe(kb.t("en", "answer-empty-topics"));
  });

  it("answers a photo whose caption asks the bot, and ignores one that does not", async () => {
    const person = harness().group({ languageCode: "ru" });
    const caption = "@belarus_coe_test_bot Когда Беларусь подала заявку на вступление в Совет Европы?";
    const reply = only(await person.sendMedia("photo", caption));
    expect(reply.text).toContain(kb.byId.get("application-1993")!.text.ru.answer);
    expect(reply.repliesTo).toBeDefined();
    expect((await person.sendMedia("photo", "look at this")).calls).toEqual([]);
  });

  it("runs commands in any case", async () => {
    const person = harness().group({ languageCode: "en" });
    expect(only(await person.send("/HELP@belarus_coe_test_bot")).text).toMatch(/^Ask a question/);
    expect(only(await person.send("/Timeline")).text).toMatch(/^Timeline/);
  });
});

describe("menus in a group", () => {
  it("/language: a press sets the presser's language, says so in an alert only they see, and edits nothing", async () => {
    const h = harness();
    const asker = h.group({ languageCode: "en" });
    const other = h.group({ languageCode: "ru" });
    const menu = only(await asker.send("/language"));
    const pressed = await other.press(menu, "Беларуская");
    expect(pressed.edited).toEqual([]);
    expect(pressed.sent).toEqual([]);
    expect(pressed.toasts).toEqual([{ text: kb.t("be", "language-chosen"), show_alert: true }]);
    expect(h.telegram.message(menu.chatId, menu.messageId)?.text).toBe(menu.text);
    // The presser's own menus are now Belarusian; the asker's are not.
    expect(only(await other.send("/help")).text).toMatch(/^Задайце пытанне/);
    expect(only(await asker.send("/help")).text).toMatch(/^Ask a question/);
    const own = await asker.press(menu, "Русский");
    expect(own.edited).toEqual([]);
    expect(own.toasts[0]).toMatchObject({ show_alert: true });
  });

  it("a list turns in place for the person it was sent to, and anyone else gets their own copy", async () => {
    const h = harness();
    const asker = h.group({ languageCode: "en" });
    const other = h.group({ languageCode: "en" });
    const list = only(await asker.send("/timeline"));
    const theirs = await other.press(list, "Later →");
    expect(theirs.edited).toEqual([]);
    const copy = only(theirs);
    expect(copy.text).toMatch(/^Timeline · page 2 of/);
    expect(copy.repliesTo).toBe(list.messageId);
    expect(h.telegram.message(list.chatId, list.messageId)?.text).toBe(list.text);
    // Their copy is theirs: it turns in place for them, and not for the asker.
    expect((await other.press(copy, "← Earlier")).edited[0]?.messageId).toBe(copy.messageId);
    expect((await asker.press(copy, "Later →")).edited).toEqual([]);
    const own = await asker.press(list, "Later →");
    expect(own.sent).toEqual([]);
    expect(own.edited[0]?.messageId).toBe(list.messageId);
  });

  it("an answer's buttons change it only for the person who asked", async () => {
    const h = harness();
    const asker = h.group({ languageCode: "be" });
    const other = h.group({ languageCode: "en" });
    const answer = only(await asker.send("@belarus_coe_test_bot Калі стварылі Кантактную групу?"));
    const theirs = await other.press(answer, /^📚 /);
    expect(theirs.edited).toEqual([]);
    expect(only(theirs).text).toMatch(/^Па тэме «/);
    expect((await asker.press(answer, /^📚 /)).edited[0]?.messageId).toBe(answer.messageId);
  });
});
