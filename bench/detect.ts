/**
 * Language detection measured on the project's labelled questions: the eld detector alone
 * (limited to be/ru/en), letters and spellings with eld settling the rest, and that plus the
 * index's vocabulary, as the search core uses it. Accuracy counts a question as right when
 * the detected language is its own; "undecided" falls back to the caller's language.
 */
import { eld } from "eld/small";
import type { KnowledgeBase } from "../src/kb/types.js";
import type { Lang } from "../src/langs.js";
import { detectLanguage } from "../src/search/detect-lang.js";
import { buildFactIndex } from "../src/search/fact-index.js";
import { normalizeText, tokenize } from "../src/search/normalize.js";
import { SPELLINGS, TYPED, TYPOS } from "../test/search/questions.js";
import type { Row } from "./report.js";

const detector = eld.newInstance();
detector.setLanguageSubset(["be", "ru", "en"]);

export function benchDetection(kb: KnowledgeBase, report: (row: Row) => void): void {
  const index = buildFactIndex(kb.facts);
  const cases = [...TYPED, ...TYPOS, ...SPELLINGS].map(([q, lang]) => [normalizeText(q), lang] as const);
  const methods: Record<string, (text: string) => Lang | undefined> = {
    "letters and spellings, then eld": (text) => detectLanguage(text),
    "eld only (be/ru/en)": (text) => {
      const language = detector.detect(text).language;
      return language === "be" || language === "ru" || language === "en" ? language : undefined;
    },
    "+ index vocabulary (as the bot uses it)": (text) =>
      detectLanguage(text, undefined, index.vocabularyEvidence(tokenize(text))),
  };
  for (const [name, detect] of Object.entries(methods)) {
    let right = 0;
    let undecided = 0;
    const start = process.hrtime.bigint();
    for (const [text, lang] of cases) {
      const found = detect(text);
      if (found === lang) right++;
      else if (found === undefined) undecided++;
    }
    const micros = Number(process.hrtime.bigint() - start) / 1e3 / cases.length;
    report({
      name,
      figures: {
        questions: cases.length,
        "right %": (100 * right) / cases.length,
        "undecided %": (100 * undecided) / cases.length,
        "wrong %": (100 * (cases.length - right - undecided)) / cases.length,
        "µs per question": micros,
      },
    });
  }
}
