/**
 * Issue 14's 👍/👎 row stays with the answer: every drawing of it (the first send, back from
 * "📚 More on this", from one of the related facts, and stepping earlier and later) carries the
 * same row as the first send, and a vote pressed after browsing counts for the same question.
 */
import { describe, expect, it } from "vitest";
import { createRecorder } from "../../src/feedback/recorder.js";
import { LANGS } from "../../src/langs.js";
import { memoryStore, recordingLog } from "../feedback/support.js";
import type { SentMessage } from "./support/fake-telegram.js";
import { createHarness, only } from "./support/harness.js";
import { knowledge } from "./support/knowledge.js";

const { kb } = knowledge();
/** Membership application: related facts, and neighbours on the timeline. */
const QUESTIONS = {
  be: "Калі Беларусь падала заяўку на членства ў Савеце Еўропы?",
  ru: "Когда Беларусь подала заявку на вступление в Совет Европы?",
  en: "When did Belarus apply to join the Council of Europe?",
};
const QUESTION = QUESTIONS.en;

/** The one message a button press changed in place. */
function changed(exchange: { sent: unknown[]; edited: SentMessage[] }): SentMessage {
  expect(exchange.sent, "messages sent").toHaveLength(0);
  expect(exchange.edited, "messages changed").toHaveLength(1);
  return exchange.edited[0]!;
}

/** The vote buttons of a message, with what they carry. */
const voteRow = (message: SentMessage) =>
  message.buttons
    .filter((button) => "callback_data" in button && button.callback_data.startsWith("fb:"))
    .map((button) => ({ text: button.text, data: "callback_data" in button ? button.callback_data : "" }));

function setup() {
  const memory = memoryStore();
  const feedback = createRecorder({ store: memory.store, retentionDays: 90, log: recordingLog().log });
  return { harness: createHarness({ feedback }), feedback, memory };
}

describe("the 👍/👎 row of an answer", () => {
  it.each(LANGS)(
    "comes back with the answer after 📚 More on this and one of its facts (%s)",
    async (lang) => {
      const { harness } = setup();
      const person = harness.private({ languageCode: lang });
      const answer = only(await person.send(QUESTIONS[lang]));
      expect(answer.text).toContain(kb.byId.get("application-1993")!.text[lang].answer);
      const row = voteRow(answer);
      expect(row.map((button) => button.text)).toEqual(["👍", "👎"]);

      const related = changed(await person.press(answer, /^📚/));
      expect(voteRow(related), "the list of related facts is not the answer").toEqual([]);
      const back = changed(await person.press(related, kb.t(lang, "button-back")));
      expect(back.text).toBe(answer.text);
      expect(voteRow(back)).toEqual(row);
      expect(back.rows.length).toBeLessThanOrEqual(3);

      await person.press(back, /^📚/);
      const item = changed(await person.press(back, "1"));
      expect(voteRow(item), "a related fact is not the answer").toEqual([]);
      await person.press(item, kb.t(lang, "button-back-to-list"));
      const again = changed(await person.press(item, kb.t(lang, "button-back")));
      expect(again.text).toBe(answer.text);
      expect(voteRow(again)).toEqual(row);
      harness.expectClean();
    },
  );

  it.each(LANGS)("stays while stepping earlier and later from the answer (%s)", async (lang) => {
    const { harness } = setup();
    const person = harness.private({ languageCode: lang });
    const answer = only(await person.send(QUESTIONS[lang]));
    const row = voteRow(answer);
    const later = changed(await person.press(answer, kb.t(lang, "button-next-timeline")));
    expect(voteRow(later)).toEqual(row);
    const earlier = changed(await person.press(later, kb.t(lang, "button-previous-timeline")));
    expect(earlier.text).toBe(answer.text);
    expect(voteRow(earlier)).toEqual(row);
    for (const drawn of [later, earlier]) {
      expect(drawn.rows.length).toBeLessThanOrEqual(3);
      for (const buttons of drawn.rows) expect(buttons.length).toBeLessThanOrEqual(3);
    }
    harness.expectClean();
  });

  it("is each answer's own: the same question asked twice gets two records and rows", async () => {
    const { harness } = setup();
    const person = harness.private({ languageCode: "en" });
    const first = only(await person.send(QUESTION));
    const second = only(await person.send(QUESTION));
    const ids = [first, second].map((message) => voteRow(message).map((button) => button.data.split(":")[2]));
    expect(ids[0]![0]).not.toBe(ids[1]![0]);
    for (const [message, [id]] of [first, second].map((m, i) => [m, ids[i]!] as const)) {
      const data = message.buttons.flatMap((button) =>
        "callback_data" in button ? [button.callback_data] : [],
      );
      // 👍, 👎 and the buttons that browse on carry this answer's record; no placeholder is left.
      for (const d of data) expect(d).not.toContain("aaaaaaaaaa");
      expect(data.filter((d) => d.includes(id!)).length).toBeGreaterThanOrEqual(3);
    }
    harness.expectClean();
  });

  it("counts a vote pressed after browsing for the question it answered", async () => {
    const { harness, feedback, memory } = setup();
    const person = harness.private({ languageCode: "en" });
    const answer = only(await person.send(QUESTION));
    const related = changed(await person.press(answer, /^📚/));
    const back = changed(await person.press(related, kb.t("en", "button-back")));
    const pressed = await person.press(back, "👍");
    expect(pressed.toasts).toEqual([{ text: kb.t("en", "feedback-thanks-up") }]);
    await feedback.flush();
    const [question] = memory.entries.filter((entry) => entry.t === "q");
    const [vote] = memory.entries.filter((entry) => entry.t === "v");
    expect(vote).toMatchObject({ id: question!.id, vote: "up" });
    harness.expectClean();
  });

  it("is not drawn where no question was recorded: a topic button, a deep link, inline mode", async () => {
    const { harness } = setup();
    const person = harness.private({ languageCode: "en" });
    const deepLinked = only(await person.send("/start application-1993"));
    expect(voteRow(deepLinked)).toEqual([]);
    const more = changed(await person.press(deepLinked, /^📚/));
    expect(voteRow(changed(await person.press(more, kb.t("en", "button-back"))))).toEqual([]);
    const results = (await person.inline(QUESTION)).inline!.results;
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(result.buttons.some((b) => "callback_data" in b)).toBe(false);
    harness.expectClean();
  });
});
