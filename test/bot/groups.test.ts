import { describe, expect, it } from "vitest";
import { only, useHarness } from "./support/harness.js";
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

  it("answers a bare mention with a nudge to ask in words", async () => {
    const reply = only(await harness().group({ languageCode: "en" }).send("@belarus_coe_test_bot"));
    expect(reply.links).toEqual([]);
    expect(reply.text.length).toBeGreaterThan(0);
  });
});
