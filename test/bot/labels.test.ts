/**
 * Fact titles on buttons: every label fits without a cut mid-word, in every language. The titles
 * that still need shortening are printed, so that editors can give them a `.short` attribute.
 */
import { describe, expect, it } from "vitest";
import { buttonLabel, needsShortTitle, WIDE_LABEL } from "../../src/bot/render/titles.js";
import { LANGS } from "../../src/langs.js";
import { knowledge } from "./support/knowledge.js";

const { kb } = knowledge();

describe("fact titles on buttons", () => {
  it("fit a full-width button, cut only at a word boundary, never after a dangling short word", () => {
    const needShort: string[] = [];
    for (const fact of kb.facts)
      for (const lang of LANGS) {
        const text = fact.text[lang];
        const label = buttonLabel(text, WIDE_LABEL);
        expect(label.length, `${fact.id} in ${lang}`).toBeLessThanOrEqual(WIDE_LABEL);
        if (!label.endsWith("…")) continue;
        const kept = label.slice(0, -1);
        const source = text.short ?? text.title;
        expect(source.startsWith(kept), `${fact.id} in ${lang}: "${label}"`).toBe(true);
        expect(source[kept.length], `${fact.id} in ${lang}: "${label}" cuts a word`).toMatch(/[\s,.;:(]/);
        expect(kept, `${fact.id} in ${lang}: "${label}"`).not.toMatch(/(?:^|\s)\p{L}{1,2}$/u);
        if (needsShortTitle(text, WIDE_LABEL)) needShort.push(`${fact.id} (${lang})`);
      }
    if (needShort.length > 0)
      console.info(
        `Titles shortened on buttons (a .short attribute would read better): ${needShort.join(", ")}`,
      );
  });
});
