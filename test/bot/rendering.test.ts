import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/bot/catalog.js";
import { closest } from "../../src/bot/closest.js";
import { safe } from "../../src/bot/html.js";
import { formatDate } from "../../src/bot/render/dates.js";
import { renderContextFor, type RenderContext } from "../../src/bot/render/context.js";
import { factText } from "../../src/bot/render/fact.js";
import { splitLines, visibleLength } from "../../src/bot/render/split.js";
import { buttonLabel, titleWithoutDate } from "../../src/bot/render/titles.js";
import { shorten } from "../../src/bot/render/shorten.js";
import { PROJECT_ROOT } from "../../src/kb/load.js";
import { LANGS } from "../../src/langs.js";
import { knowledge } from "./support/knowledge.js";
import { parseTelegramHtml } from "./support/telegram-limits.js";

const { kb } = knowledge();
const contextIn = (lang: "be" | "ru" | "en"): RenderContext =>
  renderContextFor(kb, lang, "belarus_coe_test_bot");

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
    const { text, problems } = parseTelegramHtml(factText(contextIn("en"), tricky).value);
    expect(problems).toEqual([]);
    expect(text).toMatch(/^A <b> & C\n/);
    expect(text).toContain('x < y > z & "q"');
  });

  it("renders every fact in every language as valid Telegram HTML under 4096 characters", () => {
    for (const lang of LANGS)
      for (const fact of kb.facts) {
        const { text, problems } = parseTelegramHtml(factText(contextIn(lang), fact).value);
        expect(problems, `${fact.id} in ${lang}`).toEqual([]);
        expect(text.length).toBeLessThanOrEqual(4096);
      }
  });
});

describe("long lists", () => {
  it("are split between lines into messages that each fit the limit, each headed", () => {
    const lines = Array.from({ length: 300 }, (_, index) => safe`line ${index} ${"x".repeat(40)}`);
    const messages = splitLines(safe`<b>Sources</b>`, lines);
    expect(messages.length).toBe(4);
    messages.forEach((message, index) => {
      expect(visibleLength(message)).toBeLessThanOrEqual(4096);
      expect(message.value.startsWith(`<b>Sources</b> (${index + 1}/4)\n\n`)).toBe(true);
    });
    expect(messages.map((message) => message.value.split("\n\n")[1]).join("\n")).toBe(
      lines.map((line) => line.value).join("\n"),
    );
  });

  it("are measured by the text Telegram shows, not by their HTML", () => {
    const link = safe`<a href="https://example.org/${"long-path/".repeat(20)}">short title</a> &amp; more`;
    expect(visibleLength(link)).toBe("short title & more".length);
    const lines = Array.from({ length: 100 }, () => link);
    expect(lines.reduce((sum, line) => sum + line.value.length, 0)).toBeGreaterThan(4096);
    expect(splitLines(safe`<b>Sources</b>`, lines)).toHaveLength(1);
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

  it("never end on a dangling preposition", () => {
    expect(shorten("Статус специального приглашённого в ПАСЕ приостановлен", 36)).toBe(
      "Статус специального приглашённого…",
    );
    expect(shorten("Meeting of the Committee of Ministers", 16)).toBe("Meeting…");
  });

  it("prefer the .short title, then the title, then the title without its date, then a cut", () => {
    const text = {
      answer: "On 7 September 2022 …",
      title: "Contact Group on Belarus created (2022)",
      keywords: [],
      questions: [],
    };
    expect(buttonLabel({ ...text, short: "Contact Group" }, 20)).toBe("Contact Group");
    expect(buttonLabel(text, 40)).toBe("Contact Group on Belarus created (2022)");
    expect(buttonLabel(text, 34)).toBe("Contact Group on Belarus created");
    expect(buttonLabel(text, 24)).toBe("Contact Group…");
  });
});

describe("titles", () => {
  it("lose their trailing date only where the sentence or the line states the same years", () => {
    expect(titleWithoutDate("Membership application (1993)", "On 12 March 1993 Belarus applied")).toBe(
      "Membership application",
    );
    expect(titleWithoutDate("Усё супрацоўніцтва прыпынена (сакавік 2022)", "17 сакавіка 2022 года …")).toBe(
      "Усё супрацоўніцтва прыпынена",
    );
    expect(titleWithoutDate("Action plans (2016–2021)", "The 2016 plan …")).toBe("Action plans (2016–2021)");
    expect(titleWithoutDate("Resolution 2530 (2024)", "no year here")).toBe("Resolution 2530 (2024)");
  });

  it("above every answer, in every language, do not end with a date the sentence states", () => {
    for (const lang of LANGS)
      for (const fact of kb.facts) {
        const title = factText(contextIn(lang), fact).value.split("\n")[0]!;
        const years = /\(([^()]*\b\d{4}\b[^()]*)\)<\/b>$/.exec(title)?.[1]?.match(/\d{4}/g) ?? [];
        const repeated = years.length > 0 && years.every((year) => fact.text[lang].answer.includes(year));
        expect(repeated, `${fact.id} in ${lang}: ${title}`).toBe(false);
      }
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
