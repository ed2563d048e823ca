/**
 * The 👍/👎 buttons: their data (small, nothing about the person), where they go on an answer's
 * keyboard without breaking the phone layout (at most three rows of at most three buttons), and
 * how a vote marks the chosen one.
 */
import { InlineKeyboard } from "grammy";
import { describe, expect, it } from "vitest";
import { decodeVote, encodeVote, markedVote, withVoteButtons } from "../../src/feedback/telegram.js";

const t = (key: string) =>
  ({
    "feedback-button-up": "👍",
    "feedback-button-down": "👎",
    "feedback-button-up-chosen": "👍 ✓",
    "feedback-button-down-chosen": "👎 ✓",
  })[key] ?? key;
const labels = { up: "👍", down: "👎" };
const ID = "abcdefgh23";
const share = InlineKeyboard.switchInline("↗ Share", "Contact Group");
const related = InlineKeyboard.text("📚 More on this (3)", "r:en:a:contact-group");
const earlier = InlineKeyboard.text("← Earlier", "s:en:t:x");
const later = InlineKeyboard.text("Later →", "s:en:t:y");
const texts = (keyboard: InlineKeyboard | undefined) =>
  keyboard?.inline_keyboard.map((row) => row.map((b) => b.text));

describe("vote button data", () => {
  it("is short and round-trips, with the owner mark groups add", () => {
    const data = encodeVote("be", ID, "up");
    expect(data).toBe("fb:be:abcdefgh23:u");
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(18);
    expect(decodeVote(data)).toEqual({ lang: "be", id: ID, vote: "up" });
    expect(decodeVote(`${encodeVote("ru", ID, "down")}~${(123456789).toString(36)}`)).toEqual({
      lang: "ru",
      id: ID,
      vote: "down",
      owner: 123456789,
    });
  });

  it("refuses anything else", () => {
    for (const data of [
      "fb:xx:abcdefgh23:u",
      "fb:be:ABCDEFGH23:u",
      "fb:be:abcdefgh23:x",
      "fb:be:abc:u",
      "f:be:contact-group",
      "fb:be:abcdefgh23:u~",
    ])
      expect(decodeVote(data), data).toBeUndefined();
  });
});

describe("vote buttons on an answer", () => {
  it("join share on the first row", () => {
    expect(texts(withVoteButtons(new InlineKeyboard([[share]]), labels, "en", ID))).toEqual([
      ["↗ Share", "👍", "👎"],
    ]);
  });

  it("move what else was on the first row to a row of its own", () => {
    const keyboard = withVoteButtons(
      new InlineKeyboard([
        [share, related],
        [earlier, later],
      ]),
      labels,
      "en",
      ID,
    );
    expect(texts(keyboard)).toEqual([
      ["↗ Share", "👍", "👎"],
      ["📚 More on this (3)"],
      ["← Earlier", "Later →"],
    ]);
  });

  it("never make more than three rows or three buttons a row; otherwise the answer goes without", () => {
    const back = InlineKeyboard.text("◀ Back", "t:en:0");
    const full = new InlineKeyboard([[share, related], [earlier, later, back], [back]]);
    const keyboard = withVoteButtons(full, labels, "en", ID);
    expect(keyboard).toBe(full);
    const narrow = new InlineKeyboard([[share, related], [earlier], [back]]);
    expect(texts(withVoteButtons(narrow, labels, "en", ID))).toEqual([
      ["↗ Share", "👍", "👎"],
      ["📚 More on this (3)", "← Earlier"],
      ["◀ Back"],
    ]);
  });

  it("leave the shared keyboard as it was", () => {
    const keyboard = new InlineKeyboard([[share, related]]);
    withVoteButtons(keyboard, labels, "en", ID);
    expect(texts(keyboard)).toEqual([["↗ Share", "📚 More on this (3)"]]);
  });

  it("carry the record id and the language", () => {
    const keyboard = withVoteButtons(new InlineKeyboard([[share]]), labels, "ru", ID)!;
    const data = keyboard.inline_keyboard[0]!.slice(1).map((b) =>
      "callback_data" in b ? b.callback_data : "",
    );
    expect(data).toEqual(["fb:ru:abcdefgh23:u", "fb:ru:abcdefgh23:d"]);
  });
});

describe("a vote", () => {
  it("marks the chosen button, and a second press moves the mark", () => {
    const keyboard = withVoteButtons(new InlineKeyboard([[share]]), labels, "en", ID)!;
    const up = markedVote(
      { inline_keyboard: keyboard.inline_keyboard },
      decodeVote(encodeVote("en", ID, "up"))!,
      t,
    )!;
    expect(up.inline_keyboard[0]!.map((b) => b.text)).toEqual(["↗ Share", "👍 ✓", "👎"]);
    const down = markedVote(up, decodeVote(encodeVote("en", ID, "down"))!, t)!;
    expect(down.inline_keyboard[0]!.map((b) => b.text)).toEqual(["↗ Share", "👍", "👎 ✓"]);
    expect(markedVote(down, decodeVote(encodeVote("en", ID, "down"))!, t)).toBeUndefined();
  });
});
