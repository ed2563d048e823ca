/**
 * The learning loop through `bot.handleUpdate`, as people meet it: 👍/👎 under an answer, a
 * thanks in their language, a second press changing the vote, /privacy; and what is recorded:
 * the question and the decision, never who asked, the chat or the message; nothing in groups
 * unless the bot is addressed, nothing in inline mode, nothing with FEEDBACK=off.
 */
import { describe, expect, it } from "vitest";
import { createRecorder, type FeedbackRecorder } from "../../src/feedback/recorder.js";
import type { FeedbackEntry } from "../../src/feedback/record.js";
import { LANGS } from "../../src/langs.js";
import { BOT_INFO } from "../bot/support/fake-telegram.js";
import { createHarness, labels, only, type Harness } from "../bot/support/harness.js";
import { knowledge } from "../bot/support/knowledge.js";
import { memoryStore, recordingLog } from "./support.js";

const { kb } = knowledge();
const QUESTION = "When did Belarus apply to join the Council of Europe?";

function setup(options: { off?: boolean } = {}) {
  const memory = memoryStore();
  const { lines, log } = recordingLog();
  const feedback: FeedbackRecorder = createRecorder({
    store: options.off ? undefined : memory.store,
    retentionDays: 90,
    log,
  });
  const harness: Harness = createHarness({ feedback });
  const entries = async (): Promise<FeedbackEntry[]> => {
    await feedback.flush();
    return memory.entries;
  };
  return { harness, feedback, entries, memory, lines };
}

const votes = (entries: FeedbackEntry[]) => entries.filter((entry) => entry.t === "v");
const questions = (entries: FeedbackEntry[]) => entries.filter((entry) => entry.t === "q");

describe("an answer", () => {
  it("carries 👍 and 👎 on its first row, next to share", async () => {
    const { harness } = setup();
    const answer = only(await harness.private({ languageCode: "en" }).send(QUESTION));
    expect(labels(answer)[0]).toEqual([kb.t("en", "button-share"), "👍", "👎"]);
    for (const row of answer.rows) expect(row.length).toBeLessThanOrEqual(3);
    expect(answer.rows.length).toBeLessThanOrEqual(3);
    harness.expectClean();
  });

  it("keeps its other buttons, below, within three rows", async () => {
    const { harness } = setup();
    for (const lang of LANGS) {
      const person = harness.private({ languageCode: lang });
      // A dated fact with related facts: share, more on this, and its neighbours on the timeline.
      const answer = only(await person.send("Калі стварылі Кантактную групу?"));
      expect(answer.rows.length).toBeLessThanOrEqual(3);
      expect(answer.rows[0]!.map((b) => b.text).slice(1)).toEqual(["👍", "👎"]);
      expect(answer.buttons.some((b) => b.text.startsWith("📚"))).toBe(true);
    }
    harness.expectClean();
  });

  it("is recorded with the question and the decision, and nothing about the person, chat or message", async () => {
    const { harness, entries } = setup();
    const person = harness.private({ languageCode: "be", firstName: "Alesia", id: 987_654_321 });
    await person.send("Калі Беларусь падала заяўку ў Савет Еўропы? Мой нумар +375 29 123-45-67");
    const [record, ...rest] = await entries();
    expect(rest).toEqual([]);
    expect(record).toMatchObject({ t: "q", lang: "be", outcome: "answered", fact: "application-1993" });
    expect(record).toMatchObject({ q: "Калі Беларусь падала заяўку ў Савет Еўропы? Мой нумар [phone]" });
    const stored = JSON.stringify(await entries());
    for (const trace of ["987654321", "Alesia", person.chat.id.toString(), "message_id", "from", "chat"])
      expect(stored).not.toContain(trace);
    harness.expectClean();
  });

  it("thanks for a vote in the language of the answer, and a second press changes it", async () => {
    const { harness, entries } = setup();
    const person = harness.private({ languageCode: "be" });
    const answer = only(await person.send("Калі Беларусь падала заяўку ў Савет Еўропы?"));
    const up = await person.press(answer, "👍");
    expect(up.toasts).toEqual([{ text: kb.t("be", "feedback-thanks-up") }]);
    expect(labels(harness.telegram.message(answer.chatId, answer.messageId)!)[0]!.slice(1)).toEqual([
      "👍 ✓",
      "👎",
    ]);
    const down = await person.press(answer, "👎");
    expect(down.toasts).toEqual([{ text: kb.t("be", "feedback-thanks-down") }]);
    expect(labels(harness.telegram.message(answer.chatId, answer.messageId)!)[0]!.slice(1)).toEqual([
      "👍",
      "👎 ✓",
    ]);
    const recorded = await entries();
    const [question] = questions(recorded);
    expect(votes(recorded).map((vote) => [vote.id, vote.t === "v" && vote.vote])).toEqual([
      [question!.id, "up"],
      [question!.id, "down"],
    ]);
    // No message was sent for a vote: a toast and the mark only.
    expect(up.sent).toEqual([]);
    expect(down.sent).toEqual([]);
    harness.expectClean();
  });
});

describe("a decline", () => {
  it("is recorded with the facts suggested, and carries no vote buttons", async () => {
    const { harness, entries } = setup();
    const reply = only(await harness.private({ languageCode: "en" }).send("What is the weather in Minsk?"));
    expect(reply.buttons.map((b) => b.text)).not.toContain("👍");
    const [record] = await entries();
    expect(record).toMatchObject({
      t: "q",
      outcome: "declined",
      q: "What is the weather in Minsk?",
      lang: "en",
    });
    harness.expectClean();
  });
});

describe("what is not recorded", () => {
  it("small talk, commands, topic buttons and deep links", async () => {
    const { harness, entries } = setup();
    const person = harness.private({ languageCode: "en" });
    await person.send("hi");
    await person.send("thanks!");
    await person.send("/help");
    const opened = only(await person.send("/start application-1993"));
    expect(opened.buttons.map((b) => b.text)).not.toContain("👍");
    expect(await entries()).toEqual([]);
    harness.expectClean();
  });

  it("a group message not addressed to the bot; one that mentions it is, without the mention", async () => {
    const { harness, entries } = setup();
    const person = harness.group({ languageCode: "en" });
    expect((await person.send(QUESTION)).sent).toEqual([]);
    expect(await entries()).toEqual([]);
    const answer = only(await person.send(`@${BOT_INFO.username} ${QUESTION}`));
    const [record] = await entries();
    expect(record).toMatchObject({ q: QUESTION, outcome: "answered" });
    expect(labels(answer)[0]!.slice(1)).toEqual(["👍", "👎"]);
    harness.expectClean();
  });

  it("a vote by someone else in a group than the person answered", async () => {
    const { harness, entries } = setup();
    const asker = harness.group({ languageCode: "en" });
    const answer = only(await asker.send(`@${BOT_INFO.username} ${QUESTION}`));
    const other = harness.group({ languageCode: "ru" });
    const pressed = await other.press(answer, "👎");
    expect(pressed.toasts).toEqual([{ text: kb.t("en", "feedback-not-yours") }]);
    expect(votes(await entries())).toEqual([]);
    expect((await asker.press(answer, "👍")).toasts).toEqual([{ text: kb.t("en", "feedback-thanks-up") }]);
    expect(votes(await entries())).toHaveLength(1);
    harness.expectClean();
  });

  it("inline mode: nothing recorded, and results carry no vote buttons", async () => {
    const { harness, entries } = setup();
    const { inline } = await harness.private({ languageCode: "en" }).inline("Contact Group");
    expect(inline!.results.length).toBeGreaterThan(0);
    for (const result of inline!.results) expect(result.buttons.map((b) => b.text)).not.toContain("👍");
    expect(await entries()).toEqual([]);
    harness.expectClean();
  });

  it("anything with FEEDBACK=off: no buttons, no record, and an old vote button says so", async () => {
    const { harness, entries, memory } = setup({ off: true });
    const person = harness.private({ languageCode: "ru" });
    const answer = only(await person.send(QUESTION));
    expect(answer.buttons.map((b) => b.text)).not.toContain("👍");
    const old = await person.pressData("fb:ru:abcdefghij:u", answer);
    expect(old.toasts).toEqual([{ text: kb.t("ru", "feedback-off") }]);
    expect(await entries()).toEqual([]);
    expect(memory.batches).toEqual([]);
    harness.expectClean();
  });
});

describe("a store that fails", () => {
  it("never costs an answer, and is logged once", async () => {
    const { harness, memory, lines, feedback } = setup();
    memory.control.fail = Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
    const person = harness.private({ languageCode: "en" });
    for (let i = 0; i < 3; i++) {
      const answer = only(await person.send(QUESTION));
      expect(answer.text).toContain(kb.byId.get("application-1993")!.text.en.answer);
      await feedback.flush();
    }
    expect(lines.filter((line) => line.level === "warn")).toHaveLength(1);
    harness.expectClean();
  });
});

describe("/privacy", () => {
  it.each(LANGS)("says what is kept, and for how long, in %s", async (lang) => {
    const { harness } = setup();
    const reply = only(await harness.private({ languageCode: lang }).send("/privacy"));
    expect(reply.text.startsWith(kb.t(lang, "privacy-title"))).toBe(true);
    expect(reply.text).toContain(kb.t(lang, "privacy-on", { days: 90 }).split("\n")[0]!);
    expect(reply.text).toContain("500");
    expect(reply.text).toContain("90");
    harness.expectClean();
  });

  it("says nothing is kept with FEEDBACK=off", async () => {
    const { harness } = setup({ off: true });
    const reply = only(await harness.private({ languageCode: "be" }).send("/privacy"));
    expect(reply.text).toContain(kb.t("be", "privacy-off"));
    expect(reply.text).not.toContain("500");
    harness.expectClean();
  });

  it("is in the command menu of every language", () => {
    for (const lang of LANGS) expect(kb.t(lang, "command-privacy")).not.toBe("command-privacy");
  });
});
