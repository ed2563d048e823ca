/**
 * Every message the bot renders stays within Telegram's limits and is valid Telegram HTML: for
 * any text, any name and any command people send, and for every fact, list page and inline
 * result the knowledge base can produce. The fake Telegram (test/bot/support) rejects what the
 * real one would: bad or unbalanced tags, unescaped characters, broken UTF-16, oversized texts,
 * callback data and inline answers.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeAction } from "../../src/bot/callback-data.js";
import { buildCatalog, TIMELINE_PAGE_SIZE } from "../../src/bot/catalog.js";
import { COMMANDS } from "../../src/bot/commands.js";
import { link, safe } from "../../src/bot/html.js";
import { splitLines, visibleLength } from "../../src/bot/render/split.js";
import { answerTitle } from "../../src/bot/render/titles.js";
import { shorten } from "../../src/bot/render/shorten.js";
import { LANGS } from "../../src/langs.js";
import { BOT_INFO } from "../bot/support/fake-telegram.js";
import { only, useHarness, type Harness } from "../bot/support/harness.js";
import { knowledge } from "../bot/support/knowledge.js";
import { parseTelegramHtml } from "../bot/support/telegram-limits.js";
import { hostileText, longText } from "./arbitraries.js";

const { kb } = knowledge();
const harness = useHarness();
const languageCode = fc.option(fc.constantFrom("be", "be-BY", "ru", "en", "en-GB", "uk", "pl", "zz"), {
  nil: undefined,
});
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Runs one input against the bot and fails on anything the fake Telegram refused or the bot logged. */
async function judged<T>(h: Harness, action: () => Promise<T>): Promise<T> {
  h.clear();
  const result = await action();
  h.expectClean();
  return result;
}

describe("HTML building blocks, for any text", () => {
  it("safe escapes every value: Telegram shows exactly the text, never markup", () => {
    fc.assert(
      fc.property(hostileText(60), (text) => {
        const parsed = parseTelegramHtml(safe`<b>${text}</b> ${text}`.value);
        expect(parsed.problems).toEqual([]);
        expect(parsed.text).toBe(`${text} ${text}`);
      }),
      { numRuns: 500 },
    );
  });

  it("link keeps any web address and any label intact", () => {
    fc.assert(
      fc.property(
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        hostileText(20),
        (url, text) => {
          const parsed = parseTelegramHtml(link(url, text).value);
          expect(parsed.problems).toEqual([]);
          expect(parsed.links).toEqual([{ url, text }]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("shorten fits the limit, keeps short text as it is and never cuts an emoji in half", () => {
    fc.assert(
      fc.property(hostileText(80), fc.integer({ min: 2, max: 120 }), (text, max) => {
        const short = shorten(text, max);
        expect(short.length).toBeLessThanOrEqual(max);
        if (text.length <= max) expect(short).toBe(text);
        else expect(short).toMatch(/…$/);
        expect(short).not.toMatch(LONE_SURROGATE);
      }),
      { numRuns: 1000 },
    );
  });

  it("splitLines packs lines into headed messages within the visible limit, losing and splitting none", () => {
    const line = hostileText(40)
      .filter((text) => text.trim().length > 0)
      .map((text) => safe`${text}`);
    const heading = safe`<b>Sources &amp; more</b>`;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 80 }), fc.integer({ min: 1, max: 4096 }), (lines, spare) => {
        // Room for the heading, its "(n/N)" mark and the blank line, and the longest line.
        const limit = Math.max(0, ...lines.map((l) => visibleLength(l))) + 30 + spare;
        const messages = splitLines(heading, lines, limit);
        const bodies = messages.map((message) => {
          expect(visibleLength(message)).toBeLessThanOrEqual(limit);
          expect(message.value.startsWith(heading.value)).toBe(true);
          if (messages.length > 1)
            expect(message.value).toMatch(/^<b>Sources &amp; more<\/b> \(\d+\/\d+\)\n\n/);
          return message.value.slice(message.value.indexOf("\n\n") + 2);
        });
        expect(bodies.join("\n")).toBe(lines.map((l) => l.value).join("\n"));
      }),
      { numRuns: 300 },
    );
  });
});

describe("through the bot", () => {
  it("a message of any text, in a private chat or addressed to the bot in a group, gets replies Telegram accepts", async () => {
    const h = harness();
    await fc.assert(
      fc.asyncProperty(hostileText(120), languageCode, fc.boolean(), async (text, code, inGroup) => {
        const person = inGroup ? h.group({ languageCode: code }) : h.private({ languageCode: code });
        const { sent } = await judged(h, () => person.send(inGroup ? `@${BOT_INFO.username} ${text}` : text));
        if (!text.startsWith("/")) expect(sent.length).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it("a message as long as Telegram allows gets replies Telegram accepts", async () => {
    const h = harness();
    await fc.assert(
      fc.asyncProperty(longText(4096), languageCode, async (text, code) => {
        const { sent } = await judged(h, () => h.private({ languageCode: code }).send(text));
        expect(sent.length).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 5 },
    );
  });

  it("the welcome shows any name exactly as Telegram gave it", async () => {
    const h = harness();
    // Without U+2068/U+2069: the fake Telegram takes those for Fluent's isolation marks.
    const name = hostileText(30).filter(
      (text) => text.trim().length > 0 && text.length <= 64 && !/[\u2068\u2069]/.test(text),
    );
    await fc.assert(
      fc.asyncProperty(name, languageCode, async (firstName, code) => {
        const exchange = await judged(h, () => h.private({ firstName, languageCode: code }).send("/start"));
        expect(only(exchange).text).toContain(firstName);
      }),
      { numRuns: 150 },
    );
  });

  it("any unknown command is named back with a suggestion or the list of commands", async () => {
    const h = harness();
    const command = fc
      .stringMatching(/^[a-z0-9_]{1,32}$/)
      .filter((name) => !(COMMANDS as readonly string[]).includes(name));
    await fc.assert(
      fc.asyncProperty(command, languageCode, async (name, code) => {
        const exchange = await judged(h, () => h.private({ languageCode: code }).send(`/${name}`));
        expect(only(exchange).text).toContain(`/${name}`);
      }),
      { numRuns: 150 },
    );
  });

  it.each(LANGS)("every fact in %s, as a message with its buttons and as an inline result", async (lang) => {
    const h = harness();
    const person = h.private({ languageCode: lang });
    for (const fact of kb.facts) {
      const { title } = fact.text[lang];
      const opened = only(await judged(h, () => person.send(`/start ${fact.id}`)));
      expect(opened.text.startsWith(answerTitle(fact.text[lang])), fact.id).toBe(true);
      expect(opened.rows.length, fact.id).toBeLessThanOrEqual(3);
      const shared = await judged(h, () => person.inline(title));
      expect(shared.inline?.results[0]?.id).toBe(`${lang}:${fact.id}`);
    }
  });

  it.each(LANGS)("every page of the timeline in %s", async (lang) => {
    const h = harness();
    const person = h.private({ languageCode: lang });
    const first = only(await judged(h, () => person.send("/timeline")));
    const pages = Math.ceil(buildCatalog(kb).timeline.length / TIMELINE_PAGE_SIZE);
    for (let page = pages - 1; page >= 0; page--) {
      const data = encodeAction({ kind: "timeline", lang, page });
      const { edited } = await judged(h, () => person.pressData(data, first));
      if (page > 0) expect(edited[0]?.text).toMatch(new RegExp(`^${page * TIMELINE_PAGE_SIZE + 1}\\. `, "m"));
    }
  });
});
