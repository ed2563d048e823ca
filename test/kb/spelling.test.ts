/**
 * Spelling of the Belarusian and Russian wording of every fact: each word of its answer, title
 * and questions is checked with the system `hunspell` (be_BY, ru_RU), plus the project's word
 * list (test/kb/spelling-words.txt: names, abbreviations and terms the dictionaries lack).
 * Keywords are not checked: they hold the misspellings and transliterations people type.
 * Latin words and anything with a digit ("ETS 173", "1429-м") are skipped.
 *
 * One hunspell process per language, on the de-duplicated words. A machine without hunspell or
 * its dictionaries skips this test with one line saying what to install; with CI set, it fails.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadKnowledgeBase, PROJECT_ROOT } from "../../src/kb/load.js";

const DICTIONARIES = { be: "be_BY", ru: "ru_RU" } as const;
type Checked = keyof typeof DICTIONARIES;
const INSTALL = "apt-get install hunspell hunspell-be hunspell-ru";
const WORDS_FILE = join(PROJECT_ROOT, "test/kb/spelling-words.txt");

function runHunspell(dictionary: string, args: string[], input: string) {
  return spawnSync("hunspell", ["-i", "UTF-8", "-d", dictionary, ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, LC_ALL: "C.UTF-8" },
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** Why hunspell cannot check be and ru here, or undefined when it can. */
function hunspellMissing(): string | undefined {
  for (const dictionary of Object.values(DICTIONARIES)) {
    const run = runHunspell(dictionary, ["-l"], "");
    if (run.error) return `hunspell not found (${run.error.message})`;
    if (run.status !== 0) return `hunspell has no ${dictionary} dictionary`;
  }
  return undefined;
}

const missing = hunspellMissing();
const REQUIRED = Boolean(process.env.CI);
if (missing && !REQUIRED) console.warn(`Skipping the spelling test: ${missing}. Install it: ${INSTALL}`);

/**
 * The project word list, one section per language ("[be]", "[ru]"), in hunspell's personal
 * dictionary format: a word, or "word/model" for a word declined like a dictionary word.
 */
function wordList(): Record<Checked, string[]> {
  const lists: Record<Checked, string[]> = { be: [], ru: [] };
  let section: Checked | undefined;
  for (const raw of readFileSync(WORDS_FILE, "utf8").split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) {
      if (!(header[1]! in DICTIONARIES)) throw new Error(`${WORDS_FILE}: unknown section ${line}`);
      section = header[1] as Checked;
      continue;
    }
    if (!section) throw new Error(`${WORDS_FILE}: "${line}" before any [be] or [ru] section`);
    lists[section].push(line);
  }
  return lists;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const SKIPPED = /[\p{Script=Latin}\d]/u;

/** The distinct Cyrillic words of a text: hyphenated words are checked part by part. */
function wordsOf(text: string, into: Set<string>): void {
  for (const token of text.split(/[^\p{L}\p{M}\d'’ʼ-]+/u)) {
    if (!token || SKIPPED.test(token)) continue;
    for (const part of token.split("-")) {
      const word = part.replace(/^['’ʼ]+|['’ʼ]+$/gu, "").replace(/[’ʼ]/gu, "'");
      if (CYRILLIC.test(word)) into.add(word);
    }
  }
}

const tmp = mkdtempSync(join(tmpdir(), "kb-spelling-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(missing !== undefined && !REQUIRED)("spelling of the be and ru facts", () => {
  const kb = loadKnowledgeBase();
  const lists = wordList();

  it("has a sorted word list without duplicates", () => {
    for (const lang of Object.keys(lists) as Checked[]) {
      const sorted = [...lists[lang]].sort((a, b) => a.localeCompare(b, lang));
      expect(lists[lang], `[${lang}] in ${WORDS_FILE}`).toEqual(sorted);
      expect(new Set(lists[lang]).size, `duplicates in [${lang}]`).toBe(lists[lang].length);
    }
  });

  for (const lang of Object.keys(DICTIONARIES) as Checked[]) {
    it(`finds no misspelled ${lang} word in answers, titles, questions and near misses`, () => {
      if (missing) throw new Error(`CI is set but ${missing}. Install it: ${INSTALL}`);
      const where = new Map<string, string>();
      const words = new Set<string>();
      for (const fact of kb.facts) {
        const text = fact.text[lang];
        const own = new Set<string>();
        for (const part of [
          text.answer,
          text.title,
          text.short ?? "",
          ...text.questions,
          ...(text.unanswered ?? []),
        ])
          wordsOf(part, own);
        for (const word of own) {
          words.add(word);
          if (!where.has(word)) where.set(word, fact.id);
        }
      }
      const personal = join(tmp, `${lang}.dic`);
      writeFileSync(personal, lists[lang].join("\n") + "\n");
      const run = runHunspell(DICTIONARIES[lang], ["-p", personal, "-l"], [...words].join("\n") + "\n");
      expect(run.status, run.stderr).toBe(0);
      const wrong = [...new Set(run.stdout.split("\n").filter(Boolean))].map(
        (word) => `${word} (${where.get(word) ?? "?"})`,
      );
      expect(wrong, `misspelled, or missing from ${WORDS_FILE} [${lang}]`).toEqual([]);
    });
  }
});
