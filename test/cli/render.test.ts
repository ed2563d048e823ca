import { describe, expect, it } from "vitest";
import { entitiesToPlain, htmlToPlain, messageToPlain, renderKeyboard } from "../../src/cli/render.js";

describe("plain-text rendering of what the bot sends", () => {
  it("drops tags, decodes entities and shows a link as title — url", () => {
    expect(
      htmlToPlain(
        '<b>PACE</b> &amp; Belarus: <a href="https://pace.coe.int/a?b=1&amp;c=2">Resolution &lt;2023&gt;</a>.',
      ),
    ).toBe("PACE & Belarus: Resolution <2023> — https://pace.coe.int/a?b=1&c=2.");
  });

  it("shows a link whose title is its address only once", () => {
    expect(htmlToPlain('<a href="https://coe.int">https://coe.int</a>')).toBe("https://coe.int");
  });

  it("decodes numeric entities and keeps text that only looks like markup", () => {
    expect(htmlToPlain("&#8470;&#x20;5 &lt;b&gt; a < b")).toBe("№ 5 <b> a < b");
  });

  it("adds the address after a text_link entity, counting offsets in UTF-16 like Telegram", () => {
    const text = "📄 Source: Statute";
    const offset = text.indexOf("Statute");
    expect(
      entitiesToPlain(text, [{ type: "text_link", offset, length: 7, url: "https://rm.coe.int/1" }]),
    ).toBe("📄 Source: Statute — https://rm.coe.int/1");
  });

  it("leaves text without parse mode or entities as it is", () => {
    expect(messageToPlain({ text: "<b>not html</b>" })).toBe("<b>not html</b>");
  });

  it("numbers buttons in reading order, one line per row, marking links and sharing", () => {
    const { lines, choices } = renderKeyboard({
      inline_keyboard: [
        [
          { text: "1", callback_data: "f:en:a" },
          { text: "2", callback_data: "f:en:b" },
        ],
        [
          { text: "Source", url: "https://coe.int" },
          { text: "Share", switch_inline_query: "contact group" },
        ],
      ],
    });
    expect(lines).toEqual(["[1] 1   [2] 2", "[3] Source ↗   [4] Share ⤴"]);
    expect(choices.map((choice) => choice.kind)).toEqual(["callback", "callback", "url", "inline"]);
  });

  it("skips empty rows and tells sharing elsewhere from inline mode here", () => {
    const { lines, choices } = renderKeyboard({
      inline_keyboard: [[{ text: "Topics", switch_inline_query_current_chat: "" }], []],
    });
    expect(lines).toEqual(["[1] Topics ⤴"]);
    expect(choices[0]?.kind).toBe("query-here");
  });
});
