import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/bot/catalog.js";
import { closest } from "../../src/bot/closest.js";
import { safe } from "../../src/bot/html.js";
import { formatDate } from "../../src/bot/render/dates.js";
import { factMessage } from "../../src/bot/render/fact.js";
import { splitLines } from "../../src/bot/render/split.js";
import { shorten, type View } from "../../src/bot/render/view.js";
import { PROJECT_ROOT } from "../../src/kb/load.js";
import { LANGS } from "../../src/langs.js";
import { knowledge } from "./support/knowledge.js";
import { parseTelegramHtml } from "./support/telegram-limits.js";

const { kb } = knowledge();
const viewIn = (lang: "be" | "ru" | "en"): View => ({
  lang,
  t: (key, args) => kb.t(lang, key, args as Record<string, string | number>),
  botUsername: "belarus_coe_test_bot",
});

describe("HTML escaping", () => {
  it("escapes every interpolated value and keeps the markup around it", () => {
    expect(safe`<b>${'<script>&"'}</b>`.value).toBe("<b>&lt;script&gt;&amp;&quot;</b>");
  });

  it("renders a fact whose wording contains markup characters as exactly that text", () => {
    const fact = kb.facts[0]!;
    const tricky = {
      ...fact,
      text: { ...fact.text, en: { ...fact.text.en, title: "A <b> & C", answer: 'x < y > z & "q"' } },
    };
    const { text, problems } = parseTelegramHtml(factMessage(tricky, viewIn("en")).value);
    expect(problems).toEqual([]);
    expect(text).toMatch(/^A <b> & C\n/);
    expect(text).toContain('x < y > z & "q"');
  });

  it("renders every fact in every language as valid Telegram HTML under 4096 characters", () => {
    for (const lang of LANGS)
      for (const fact of kb.facts) {
        const { text, problems } = parseTelegramHtml(factMessage(fact, viewIn(lang)).value);
        expect(problems, `${fact.id} in ${lang}`).toEqual([]);
        expect(text.length).toBeLessThanOrEqual(4096);
      }
  });
});

describe("long lists", () => {
  it("are split between lines into messages that each fit the limit", () => {
    const lines = Array.from({ length: 300 }, (_, index) => safe`line ${index} ${"x".repeat(40)}`);
    const messages = splitLines(lines);
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) expect(message.value.length).toBeLessThanOrEqual(4096);
    expect(messages.map((message) => message.value).join("\n")).toBe(
      lines.map((line) => line.value).join("\n"),
    );
  });
});

describe("dates", () => {
  it("are as precise as the data, in the reply language", () => {
    expect(formatDate("1997", "en")).toBe("1997");
    expect(formatDate("1997-01", "en")).toBe("January 1997");
    expect(formatDate("2022-03-17", "en")).toBe("17 March 2022");
    expect(formatDate("2022-03-17", "be")).toBe("17 сакавіка 2022 г.");
    expect(formatDate("2022-03-17", "ru")).toBe("17 марта 2022 г.");
  });
});

describe("the timeline order", () => {
  it("puts a year before the months and days within it, and keeps undated facts out", () => {
    const { timeline } = buildCatalog(kb);
    const dates = timeline.map((fact) => fact.date!);
    expect(dates).toEqual([...dates].sort());
    expect(timeline.length).toBe(kb.facts.filter((fact) => fact.date).length);
  });
});

describe("button labels", () => {
  it("are shortened on a word boundary with an ellipsis", () => {
    expect(shorten("Committee of Ministers meets Tsikhanouskaya (2022)", 30)).toBe(
      "Committee of Ministers meets…",
    );
    expect(shorten("Short", 30)).toBe("Short");
  });
});

describe("command suggestions", () => {
  const commands = ["start", "help", "timeline", "conventions", "sources", "language", "about"];
  it.each([
    ["timelin", "timeline"],
    ["conventons", "conventions"],
    ["sourse", "sources"],
    ["lang", "language"],
    ["HELP", "help"],
  ])("/%s → /%s", (typed, expected) => expect(closest(typed, commands)).toBe(expected));

  it("suggests nothing for a word that is not close to any command", () => {
    expect(closest("weather", commands)).toBeUndefined();
    expect(closest("x", commands)).toBeUndefined();
  });
});

describe("interface strings", () => {
  it("every key the bot's code names exists in all three languages", () => {
    const keys = new Set<string>();
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) visit(path);
        else
          for (const match of readFileSync(path, "utf8").matchAll(/\bt\(\s*"([a-z-]+)"/g))
            keys.add(match[1]!);
      }
    };
    visit(join(PROJECT_ROOT, "src/bot"));
    for (const status of ["in-force", "suspended", "denounced"]) keys.add(`convention-status-${status}`);
    for (const list of ["timeline", "conventions"])
      for (const side of ["previous", "next"]) keys.add(`button-${side}-${list}`);
    for (const lang of LANGS) keys.add(`language-name-${lang}`);
    expect(keys.size).toBeGreaterThan(30);
    for (const lang of LANGS)
      for (const key of keys) expect(kb.t(lang, key, { lang: "en" }), `${key} in ${lang}`).not.toBe(key);
  });
});
