/** The limit checks themselves: each must catch what it claims to, or the other tests prove nothing. */
import { describe, expect, it } from "vitest";
import { checkCall } from "./support/telegram-limits.js";

const button = (extra: object) => ({ reply_markup: { inline_keyboard: [[{ text: "x", ...extra }]] } });

describe("the Telegram limit checks catch", () => {
  it.each([
    [
      "a message over 4096 characters",
      "sendMessage",
      { chat_id: 1, text: "x".repeat(4097) },
      /4097 characters/,
    ],
    ["an empty message", "sendMessage", { chat_id: 1, text: " " }, /empty message/],
    [
      "an unescaped < in HTML",
      "sendMessage",
      { chat_id: 1, text: "a < b", parse_mode: "HTML" },
      /unescaped "<"/,
    ],
    ["an unsupported tag", "sendMessage", { chat_id: 1, text: "<div>x</div>", parse_mode: "HTML" }, /<div>/],
    ["an unclosed tag", "sendMessage", { chat_id: 1, text: "<b>x", parse_mode: "HTML" }, /unclosed/],
    ["isolation marks", "sendMessage", { chat_id: 1, text: "Hello, \u2068Ales\u2069" }, /U\+2068/],
    [
      "callback data over 64 bytes",
      "sendMessage",
      { chat_id: 1, text: "x", ...button({ callback_data: "ў".repeat(33) }) },
      /66 bytes/,
    ],
    [
      "a deep link payload with a bad character",
      "sendMessage",
      { chat_id: 1, text: "x", ...button({ url: "https://t.me/b?start=a.b" }) },
      /payload "a.b"/,
    ],
    [
      "an empty keyboard row",
      "sendMessage",
      { chat_id: 1, text: "x", reply_markup: { inline_keyboard: [[]] } },
      /empty keyboard row/,
    ],
    [
      "more than 50 inline results",
      "answerInlineQuery",
      { results: Array.from({ length: 51 }, (_, i) => ({ id: `r${i}`, title: "t" })) },
      /51 results/,
    ],
    [
      "an inline result id over 64 bytes",
      "answerInlineQuery",
      { results: [{ id: "x".repeat(65), title: "t" }] },
      /65 bytes/,
    ],
    [
      "duplicate inline result ids",
      "answerInlineQuery",
      {
        results: [
          { id: "a", title: "t" },
          { id: "a", title: "t" },
        ],
      },
      /duplicate/,
    ],
    [
      "a bad start_parameter",
      "answerInlineQuery",
      { results: [], button: { text: "x", start_parameter: "no spaces" } },
      /start_parameter/,
    ],
    [
      "a command name with capitals",
      "setMyCommands",
      { commands: [{ command: "Help", description: "d" }] },
      /"Help"/,
    ],
    [
      "a command description over 256 characters",
      "setMyCommands",
      { commands: [{ command: "help", description: "d".repeat(257) }] },
      /257 characters/,
    ],
    [
      "a toast over 200 characters",
      "answerCallbackQuery",
      { callback_query_id: "1", text: "x".repeat(201) },
      /201 characters/,
    ],
  ])("%s", (_case, method, payload, problem) => {
    expect(checkCall(method, payload).join("\n")).toMatch(problem);
  });

  it("and accept a well-formed message", () => {
    const payload = {
      chat_id: 1,
      text: '<b>A &amp; B</b> <a href="https://x.org/?a=1&amp;b=2">link</a>',
      parse_mode: "HTML",
    };
    expect(checkCall("sendMessage", { ...payload, ...button({ callback_data: "f:be:abc" }) })).toEqual([]);
  });
});
