/**
 * How one question of a set went, judged as ../shared/eval/score.mjs judges it (answered, in the
 * question's language, holding one of the expected strings, citing a source), and also whether
 * the search ranked a right fact first — which tells a ranking failure from a decision failure.
 */
import { answerJson } from "../cli/answer-text.js";
import type { Fact, KnowledgeBase } from "../kb/types.js";
import type { Lang } from "../langs.js";
import type { Answer, QuestionAnswerer } from "../search/types.js";
import { inScope, type QuestionItem } from "./question-set.js";

export type Outcome =
  /** In scope, answered right. */
  | "right"
  /** In scope, declined although the best-ranked fact was right. */
  | "declined-ranked-first"
  /** In scope, declined, and the best-ranked fact was not right either. */
  | "declined"
  /** In scope, answered with a fact that does not hold the answer (or in another language). */
  | "wrong"
  /** Out of scope and declined. */
  | "refused"
  /** Out of scope but answered. */
  | "oos-answered";

export interface Judged {
  item: QuestionItem;
  answer: Answer;
  outcome: Outcome;
  /** The best-ranked fact holds the answer (in scope only). */
  rankedFirst: boolean;
  passed: boolean;
}

const holds = (text: string, expected: readonly string[]) => {
  const lower = text.toLowerCase();
  return expected.some((e) => lower.includes(e.toLowerCase()));
};

export const factHolds = (fact: Fact | undefined, lang: Lang, expected: readonly string[]) =>
  !!fact && holds(fact.text[lang].answer, expected);

export function judge(item: QuestionItem, answer: Answer, top: Fact | undefined, kb: KnowledgeBase): Judged {
  const out = answerJson(item.q, answer, kb);
  if (!inScope(item)) {
    const outcome = out.answered ? "oos-answered" : "refused";
    return { item, answer, outcome, rankedFirst: false, passed: !out.answered };
  }
  const rankedFirst = factHolds(top, item.lang, item.expect_any);
  const passed =
    out.answered &&
    out.lang === item.lang &&
    holds(out.text, item.expect_any) &&
    out.sources.some((s) => /^https?:\/\//.test(s.url));
  const outcome = passed
    ? "right"
    : out.answered
      ? "wrong"
      : rankedFirst
        ? "declined-ranked-first"
        : "declined";
  return { item, answer, outcome, rankedFirst, passed };
}

/** Answers every item of a set; the best-ranked fact comes from the answer's explanation. */
export function judgeSet(
  items: readonly QuestionItem[],
  answerer: QuestionAnswerer,
  kb: KnowledgeBase,
): Judged[] {
  return items.map((item) => {
    const answer = answerer.answer(item.q, { fallbackLang: "en", explain: true });
    const topId = answer.explain?.candidates[0]?.id;
    return judge(item, answer, topId ? kb.byId.get(topId) : undefined, kb);
  });
}
