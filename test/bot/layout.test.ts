/**
 * The answer layout on a phone, judged from the payloads Telegram would get, for every fact in
 * every language and in every place a fact is shown: at most three rows of buttons, no label cut
 * mid-word, the date once, and every list step changing the message in place with a way back.
 */
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../src/bot/catalog.js";
import { encodeAction, type Action } from "../../src/bot/callback-data.js";
import { formatPeriod } from "../../src/bot/render/dates.js";
import { relatedFacts } from "../../src/bot/render/fact-buttons.js";
import { LANGS, type Lang } from "../../src/langs.js";
import type { Fact } from "../../src/kb/types.js";
import type { SentMessage } from "./support/fake-telegram.js";
import { createHarness, expectWholeWords, labels, only, useHarness } from "./support/harness.js";
import { knowledge } from "./support/knowledge.js";

const { kb } = knowledge();
const catalog = buildCatalog(kb);
const harness = useHarness();

/** The checks every screen showing a fact must pass. */
function expectPhoneLayout(message: SentMessage, fact: Fact, lang: Lang, where: string): void {
  const text = fact.text[lang];
  expect(message.rows.length, `${where}: rows of buttons`).toBeLessThanOrEqual(3);
  for (const row of message.rows) expect(row.length, `${where}: buttons in a row`).toBeLessThanOrEqual(3);
  expectWholeWords(message, [text.title, ...relatedFacts(fact, kb).map((other) => other.text[lang].title)]);
  const [title, ...rest] = message.text.split("\n");
  const before = rest.slice(0, rest.indexOf(""));
  // No date line between the title and the answer; no "(1993)" closing the title when the sentence says 1993.
  const period = formatPeriod(fact, lang);
  if (period && text.answer.includes(fact.date!.slice(0, 4)))
    expect(before, `${where}: a date line above the answer`).not.toContain(period);
  const years = /\(([^()]*\b\d{4}\b[^()]*)\)$/.exec(title!)?.[1]?.match(/\d{4}/g) ?? [];
  expect(
    years.length > 0 && years.every((year) => text.answer.includes(year)),
    `${where}: "${title}" repeats the sentence's date`,
  ).toBe(false);
  expect(message.text).toContain(text.answer);
  expect(message.links.length, `${where}: source links`).toBe(fact.sources.length);
}

describe.each(LANGS)("every fact in %s", (lang) => {
  it("as an answer, as a list item and as a related item, fits a phone", async () => {
    const h = harness();
    const person = h.private({ languageCode: lang });
    for (const fact of kb.facts) {
      const answer = only(await person.send(`/start ${fact.id}`));
      expectPhoneLayout(answer, fact, lang, `${fact.id} as an answer`);
      for (const place of ["timeline", "conventions"] as const) {
        if (!catalog[place].includes(fact)) continue;
        const shown = await person.pressData(
          encodeAction({ kind: "show", lang, id: fact.id, place }),
          answer,
        );
        const item = shown.edited[0]!;
        expectPhoneLayout(item, fact, lang, `${fact.id} in ${place}`);
        expect(labels(item).at(-1), `${fact.id} in ${place}`).toEqual([kb.t(lang, "button-back-to-list")]);
      }
      const related = relatedFacts(fact, kb);
      if (related.length === 0) {
        expect(answer.rows[0], `${fact.id}: share alone`).toHaveLength(1);
        continue;
      }
      const list = (await person.press(answer, kb.t(lang, "button-related", { count: related.length })))
        .edited[0]!;
      expect(list.rows.length, `${fact.id}: related list rows`).toBeLessThanOrEqual(3);
      const item = (await person.press(list, String(related.length))).edited[0]!;
      expectPhoneLayout(item, related.at(-1)!, lang, `${related.at(-1)!.id} related to ${fact.id}`);
    }
  });
});

describe("navigation", () => {
  it("never sends a new message for a step within a list, from the timeline down to a related fact and back", async () => {
    const person = harness().private({ languageCode: "en" });
    const list = only(await person.send("/timeline"));
    const steps: (string | RegExp)[] = [
      "3",
      "Later →",
      /^📚 /,
      "1",
      "◀ Back to the list",
      "◀ Back",
      "◀ Back to the list",
    ];
    let current = list;
    for (const step of steps) {
      const { sent, edited } = await person.press(current, step);
      expect(sent, `after ${String(step)}`).toEqual([]);
      expect(edited[0]?.messageId).toBe(list.messageId);
      current = edited[0]!;
    }
    expect(current.text).toBe(list.text);
  });

  it("keeps every button working after a restart: the data is the whole state", async () => {
    const before = createHarness();
    const first = before.private({ languageCode: "be", id: 777 });
    const answer = only(await first.send("/start contact-group"));
    const related = (await first.press(answer, /^📚 /)).edited[0]!;
    const after = createHarness({ telegram: before.telegram }); // a new process: nothing remembered
    const again = after.private({ languageCode: "be", id: 777 });
    for (const button of [...answer.buttons, ...related.buttons]) {
      if (!("callback_data" in button)) continue;
      const { toasts } = await again.pressData(button.callback_data, related);
      expect(toasts, `${button.text} after a restart`).not.toContainEqual(
        expect.objectContaining({ show_alert: true }),
      );
    }
    before.expectClean();
    after.expectClean();
  });

  it("still understands the neighbour buttons of the previous version", async () => {
    const person = harness().private({ languageCode: "en" });
    const answer = only(await person.send("/start application-1993"));
    const { edited } = await person.pressData("n:en:guest-suspended-1997", answer);
    expect(edited[0]?.text).toContain(kb.byId.get("guest-suspended-1997")!.text.en.answer);
    expect(labels(edited[0]!).at(-1)).toEqual(["◀ Back to the list"]);
  });

  it.each([
    ["a related item past the end", "r:en:a:application-1993:9"],
    ["the related list of a fact that was removed", "r:en:a:no-such-fact"],
    ["a list item of a list the fact is not in", "s:en:c:application-1993"],
  ])("%s is handled without an error", async (_case, data) => {
    const person = harness().private({ languageCode: "en" });
    const answer = only(await person.send("/start application-1993"));
    const { toasts, edited } = await person.pressData(data, answer);
    if (data.startsWith("s:"))
      expect(edited[0]?.text).toContain(kb.byId.get("application-1993")!.text.en.answer);
    else expect(toasts[0]?.show_alert).toBe(true);
  });
});

describe("callback data", () => {
  it("round-trips every new kind of action", async () => {
    const { decodeButton, withOwner } = await import("../../src/bot/callback-data.js");
    const id = "a".repeat(32);
    const actions: Action[] = [
      { kind: "show", lang: "be", id, place: "timeline" },
      { kind: "show", lang: "ru", id, place: "answer" },
      { kind: "related", lang: "en", id, place: "conventions" },
      { kind: "related", lang: "en", id, place: "answer", item: 12 },
      { kind: "conventions", lang: "be" },
      { kind: "open", lang: "ru", list: "sources" },
    ];
    for (const action of actions) {
      const data = withOwner(encodeAction(action), 9_999_999_999_999);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(decodeButton(data)).toEqual({ action, owner: 9_999_999_999_999 });
      expect(decodeButton(encodeAction(action))).toEqual({ action });
    }
    for (const forged of [
      "s:en:x:abc",
      "r:en:a:abc:0",
      "o:en:q",
      "c:en:1",
      "t:en:1~",
      "t:en:1~A",
      "t:en:1~1~2",
    ])
      expect(decodeButton(forged), forged).toBeUndefined();
  });
});
