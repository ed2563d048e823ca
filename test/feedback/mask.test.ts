/**
 * What a question looks like once stored: contact details masked, what questions are about
 * (years, dates, treaty and article numbers) kept, at most 500 characters, no invisible or
 * control characters.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskPersonalData, normalizeForStorage, storedQuestion, truncate } from "../../src/feedback/mask.js";

describe("masking personal data in questions", () => {
  it.each([
    [
      "my brother +375 29 123-45-67 was detained, can PACE help?",
      "my brother [phone] was detained, can PACE help?",
    ],
    ["звоните 8 (029) 123-45-67 или 80291234567", "звоните [phone] или [phone]"],
    ["тэл. 123-45-67", "тэл. [phone]"],
    ["(017) 222-33-44", "[phone]"],
    ["позвоните 123-45-67 1999", "позвоните [phone] 1999"],
    ["+48 600 700 800", "[phone]"],
    ["пішыце на anna.k@gmail.com", "пішыце на [email]"],
    ["mail: user@example.com.", "mail: [email]."],
    ["ask @anna_k or @Ivan123", "ask [user] or [user]"],
    ["t.me/annak and https://t.me/+AbCdEf and tg://user?id=12345", "[user] and [user] and [user]"],
    ["card 4276 1234 5678 9012", "card [phone]"],
    ["passport MP1234567", "passport MP[phone]"],
    ["my id is 98765", "my id is [number]"],
  ])("%s", (text, stored) => {
    expect(storedQuestion(text)).toBe(stored);
  });

  it.each([
    "When was the 1996-1997 referendum?",
    "Калі 15 сакавіка 1994 прынялі Канстытуцыю?",
    "12.03.1993 and 1993-03-12",
    "ETS 005 and Article 3",
    "Resolution 2172 (2017)",
    "в 1996 1997 годах",
    "1993–2022 period",
    "article 193.1",
  ])("keeps what questions are about: %s", (text) => {
    expect(storedQuestion(text)).toBe(text);
  });

  it("removes invisible and control characters and folds white space", () => {
    expect(normalizeForStorage("hi\u200b\u202e there\n\n\tok\u0007 \uFEFF")).toBe("hi there ok");
    expect(normalizeForStorage("a\uD800b")).toBe("a\uFFFDb");
  });

  it("keeps at most 500 characters, never half an emoji", () => {
    expect(storedQuestion("a".repeat(600))).toHaveLength(500);
    const emoji = storedQuestion("😀".repeat(600));
    expect(Array.from(emoji)).toHaveLength(500);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(truncate("short", 500)).toBe("short");
  });

  it("masks before cutting, so a number at the 500th character is not half kept", () => {
    const stored = storedQuestion(`${"x ".repeat(247)}+375 29 123 45 67`);
    expect(stored).not.toMatch(/\d/);
  });

  it("never lets an e-mail, a phone number or a username through, whatever surrounds it", () => {
    const filler = fc.string({ unit: fc.constantFrom(..."abc абв ,.!?()-\n"), maxLength: 30 });
    const secret = fc.oneof(
      fc.constantFrom(
        "+375291234567",
        "+375 (29) 123-45-67",
        "8 029 765 43 21",
        "anna.k@gmail.com",
        "x_y@mail.ru",
        "@secret_user",
        "t.me/secret_user",
      ),
    );
    fc.assert(
      fc.property(filler, secret, filler, (before, value, after) => {
        const stored = maskPersonalData(normalizeForStorage(`${before} ${value} ${after}`));
        expect(stored).not.toMatch(/\d{3}/);
        expect(stored).not.toMatch(/@\w|secret_user|gmail|mail\.ru/);
      }),
      { numRuns: 500 },
    );
  });
});

describe("any text at all", () => {
  it("is stored in at most 500 characters, well-formed, without control characters or long digit runs", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 1_200 }), (text) => {
        const stored = storedQuestion(text);
        expect(Array.from(stored).length).toBeLessThanOrEqual(500);
        expect(stored).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        // eslint-disable-next-line no-control-regex
        expect(stored).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
        expect(stored).not.toMatch(/\d{5}/);
        expect(stored).toBe(stored.trim());
      }),
      { numRuns: 2_000 },
    );
  });
});
