/**
 * Language detection measured on the project's labelled questions: eval/dev.jsonl,
 * eval/questions.jsonl and eval/blind-tune.jsonl (never the held-out half), and the test
 * questions of test/search/questions.ts. For each detector, the share right, undecided and wrong,
 * overall and per language, and the time per question:
 * - eld alone, limited to be/ru/en (the n-gram detector this bot used before, as a baseline; the
 *   README keeps the figures of the letters-then-eld detector it replaced);
 * - now: letters and spellings, then the letter-trigram model trained on the knowledge base;
 * both with the index's vocabulary, as the search core calls them. "Undecided" falls back to
 * the caller's language in the bot, and counts as not right here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { KnowledgeBase } from "../src/kb/types.js";
import { PROJECT_ROOT } from "../src/kb/load.js";
import { isLang, type Lang } from "../src/langs.js";
import { detectLanguage } from "../src/search/detect-lang.js";
import { buildFactIndex } from "../src/search/fact-index.js";
import { normalizeText, tokenize } from "../src/search/normalize.js";
import { SPELLINGS, TYPED, TYPOS } from "../test/search/questions.js";
import type { Row } from "./report.js";

const EVAL_FILES = ["eval/dev.jsonl", "eval/questions.jsonl", "eval/blind-tune.jsonl"];

function labelled(): [string, Lang][] {
  const cases: [string, Lang][] = [];
  for (const file of EVAL_FILES) {
    let text = "";
    try {
      text = readFileSync(join(PROJECT_ROOT, file), "utf8");
    } catch {
      continue; // a checkout without the eval set measures the test questions only
    }
    for (const line of text.split("\n").filter(Boolean)) {
      const { lang, q } = JSON.parse(line) as { lang?: unknown; q?: unknown };
      if (isLang(lang) && typeof q === "string") cases.push([q, lang]);
    }
  }
  return cases;
}

export async function benchDetection(kb: KnowledgeBase, report: (row: Row) => void): Promise<void> {
  const index = buildFactIndex(kb.facts);
  const vocabulary = (text: string) => index.vocabularyEvidence(tokenize(text));
  const { eld } = await import("eld/small");
  const eldAlone = eld.newInstance();
  eldAlone.setLanguageSubset(["be", "ru", "en"]);
  const methods: Record<string, (text: string) => Lang | undefined> = {
    "eld alone (be/ru/en)": (text) => {
      const language = eldAlone.detect(text).language;
      return isLang(language) ? language : undefined;
    },
    "now: letters, then letter model": (text) => detectLanguage(text, undefined, vocabulary(text)),
  };
  const sets: Record<string, [string, Lang][]> = {
    [`${EVAL_FILES.length} eval files`]: labelled(),
    "test questions": [...TYPED, ...TYPOS, ...SPELLINGS].map(([q, lang]) => [q, lang]),
  };
  for (const [setName, raw] of Object.entries(sets)) {
    const cases = raw.map(([q, lang]) => [normalizeText(q), lang] as const);
    if (cases.length === 0) continue;
    for (const [name, detect] of Object.entries(methods)) {
      const per: Record<string, { n: number; right: number; undecided: number }> = {};
      const start = process.hrtime.bigint();
      for (const [text, lang] of cases) {
        const found = detect(text);
        const counts = (per[lang] ??= { n: 0, right: 0, undecided: 0 });
        counts.n++;
        if (found === lang) counts.right++;
        else if (found === undefined) counts.undecided++;
      }
      const micros = Number(process.hrtime.bigint() - start) / 1e3 / cases.length;
      const total = Object.values(per).reduce(
        (sum, counts) => ({
          n: sum.n + counts.n,
          right: sum.right + counts.right,
          undecided: sum.undecided + counts.undecided,
        }),
        { n: 0, right: 0, undecided: 0 },
      );
      const share = (part: number, whole: number) => (100 * part) / whole;
      report({
        name: `${setName}: ${name}`,
        figures: {
          questions: total.n,
          "right %": share(total.right, total.n),
          "undecided %": share(total.undecided, total.n),
          "wrong %": share(total.n - total.right - total.undecided, total.n),
          ...Object.fromEntries(
            Object.entries(per).map(([lang, counts]) => [`${lang} right %`, share(counts.right, counts.n)]),
          ),
          "µs/question": micros,
        },
      });
    }
  }
}
