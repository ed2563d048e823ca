import { describe, expect, it } from "vitest";
import { decodeAction, decodeButton, encodeAction, withOwner } from "../../src/bot/callback-data.js";
import { only, useHarness } from "./support/harness.js";

const harness = useHarness();

describe("buttons that no longer make sense", () => {
  it.each([
    ["data from an older version of the bot", "menu:main"],
    ["a fact that was removed", "f:en:no-such-fact"],
    ["a neighbour that was removed", "n:en:no-such-fact"],
    ["a timeline page past the end", "t:en:999"],
    ["a language the bot does not speak", "l:de"],
    ["garbage", "\u0000::"],
  ])("%s gets a polite alert, not an error", async (_case, data) => {
    const person = harness().private({ languageCode: "en" });
    const message = only(await person.send("/help"));
    const { toasts, sent, edited } = await person.pressData(data, message);
    expect(toasts).toEqual([
      { text: "This button is out of date. Send /help to start again.", show_alert: true },
    ]);
    expect(sent).toEqual([]);
    expect(edited).toEqual([]);
  });

  it("an out-of-date button is explained in the language it was shown in", async () => {
    const person = harness().private({ languageCode: "en" });
    const { toasts } = await person.pressData("f:be:no-such-fact", only(await person.send("/help")));
    expect(toasts[0]?.text).toBe("Гэтая кнопка састарэла. Дашліце /help, каб пачаць нанова.");
  });

  it("a fact button on a message without a chat (an inline message) gets the polite alert", async () => {
    const { toasts } = await harness().private().pressData("f:en:application-1993");
    expect(toasts[0]?.show_alert).toBe(true);
  });
});

describe("every button press is answered exactly once", () => {
  it("pressing the same page twice edits nothing the second time and still answers", async () => {
    const h = harness();
    const person = h.private({ languageCode: "en" });
    const page = only(await person.send("/timeline"));
    const data = encodeAction({ kind: "timeline", lang: "en", page: 0 });
    h.telegram.failing.set("editMessageText", {
      error_code: 400,
      description:
        "Bad Request: message is not modified: specified new message content and reply markup are exactly the same",
    });
    const { toasts } = await person.pressData(data, page);
    expect(toasts).toEqual([{}]);
  });

  it("a button whose handler fails is still answered, and the person is told", async () => {
    const h = harness();
    const person = h.private({ languageCode: "ru" });
    const page = only(await person.send("/timeline"));
    h.telegram.failing.set("editMessageText", {
      error_code: 400,
      description: "Bad Request: message to edit not found",
    });
    const { toasts, sent } = await person.press(page, "Позже →");
    expect(toasts).toEqual([{}]);
    expect(sent.map((message) => message.text)).toEqual([
      "Извините, у меня что-то пошло не так. Попробуйте ещё раз через минуту.",
    ]);
    expect(h.errors).toHaveLength(1);
    h.errors.length = 0;
  });
});

describe("callback data", () => {
  it("round-trips every kind of action within 64 bytes", () => {
    const longest = "a".repeat(32);
    for (const action of [
      { kind: "fact", lang: "be", id: longest },
      { kind: "neighbour", lang: "ru", id: longest },
      { kind: "timeline", lang: "en", page: 12 },
      { kind: "language", lang: "be" },
    ] as const) {
      const data = encodeAction(action);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(decodeAction(data)).toEqual(action);
    }
  });

  it("rejects ids that cannot be fact ids and pages with leading zeros", () => {
    for (const data of [
      "f:en:Bad_Id",
      "f:en:" + "a".repeat(33),
      "t:en:01",
      "t:en:-1",
      "l:en:extra",
      "f:en:x:y",
    ])
      expect(decodeAction(data)).toBeUndefined();
  });

  it("carries the record id of an answer's 👍/👎 row on the buttons that browse from it", () => {
    const longest = "a".repeat(32);
    const vote = "abcdefgh23";
    for (const action of [
      { kind: "show", lang: "be", id: longest, place: "timeline", vote },
      { kind: "related", lang: "ru", id: longest, place: "answer", vote },
      { kind: "related", lang: "en", id: longest, place: "answer", item: 10, vote },
    ] as const) {
      // In a group, with the longest owner mark the codec promises room for (10 base-36 digits).
      const data = withOwner(encodeAction(action), 36 ** 10 - 1);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(decodeButton(data)?.action).toEqual(action);
    }
    for (const data of [
      "s:en:a:x:short",
      "r:en:a:x:1:abcdefgh23:more",
      "r:en:a:x:abcdefgh23:1",
      "s:en:a:x:ABCDEFGH23",
    ])
      expect(decodeAction(data), data).toBeUndefined();
  });
});
