/** The limit checks themselves: each must catch what it claims to, or the other tests prove nothing. */
import { describe, expect, it } from "vitest";
import { checkCall } from "./support/telegram-limits.js";

const button = (extra: object) => ({ reply_markup: { inline_keyboard: [[{ text: "x", ...extra }]] } });
const html = (text: string) => ({ chat_id: 1, text, parse_mode: "HTML" });

describe("the Telegram limit checks catch", () => {
  it.each([
    [
      "a message over 4096 characters",
      "sendMessage",
      { chat_id: 1, text: "x".repeat(4097) },
      /4097 characters/,
    ],
    ["an empty message", "sendMessage", { chat_id: 1, text: " " }, /empty message/],
    ["an unescaped < in HTML", "sendMessage", html("a < b"), /unescaped "<"/],
    ["an unsupported tag", "sendMessage", html("<div>x</div>"), /<div>/],
    ["an unclosed tag", "sendMessage", html("<b>x"), /unclosed/],
    ["isolation marks", "sendMessage", { chat_id: 1, text: "Hello, \u2068Ales\u2069" }, /U\+2068/],
    [
      "half of an emoji (not encodable as UTF-8)",
      "sendMessage",
      { chat_id: 1, text: "Belarus \uD83C" },
      /lone surrogate/,
    ],
    ["an attribute Telegram does not read", "sendMessage", html('<b class="x">y</b>'), /attribute class/],
    ["a link without href", "sendMessage", html("<a>x</a>"), /without href/],
    [
      "a link Telegram cannot open",
      "sendMessage",
      html('<a href="javascript:alert(1)">x</a>'),
      /invalid href/,
    ],
    [
      "a link inside a link",
      "sendMessage",
      html('<a href="https://a.org"><a href="https://b.org">x</a></a>'),
      /link inside a link/,
    ],
    ["markup inside code", "sendMessage", html("<code><b>x</b></code>"), /plain text only/],
    ["a character reference to no character", "sendMessage", html("&#xD800;"), /not a valid character/],
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

  it.each([
    '<pre><code class="language-ts">x &lt; y</code></pre>',
    '<span class="tg-spoiler">x</span> <tg-spoiler>y</tg-spoiler>',
    "<blockquote expandable>x</blockquote>",
    '<b>bold <a href="https://x.org">link</a></b> &#128512; &#x1F600;',
  ])("and accept Telegram's other markup: %s", (text) => {
    expect(checkCall("sendMessage", { chat_id: 1, text, parse_mode: "HTML" })).toEqual([]);
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
