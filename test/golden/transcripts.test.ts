/**
 * The golden transcripts: one session per language (test/golden/<lang>.txt), compared line by
 * line with what the bot does now. After an intended change to the layout or the wording, review
 * the diff and rewrite them with `UPDATE_GOLDEN=1 npx vitest run test/golden`.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/langs.js";
import { transcript } from "./transcript.js";

const UPDATE = process.env.UPDATE_GOLDEN === "1";

describe.each(LANGS)("the golden transcript in %s", (lang) => {
  it("matches what the bot sends now", async () => {
    const file = join(import.meta.dirname, `${lang}.txt`);
    const now = `${await transcript(lang)}\n`;
    if (UPDATE) writeFileSync(file, now);
    expect(existsSync(file), `test/golden/${lang}.txt is missing: UPDATE_GOLDEN=1 writes it`).toBe(true);
    expect(now, `test/golden/${lang}.txt is out of date: review, then UPDATE_GOLDEN=1`).toBe(
      readFileSync(file, "utf8"),
    );
  });
});
