/**
 * An Answer as plain text and as the JSON line of `ask --json`, worded by the same Fluent
 * messages the bot uses.
 */
import type { Fact, KnowledgeBase, Source } from "../kb/types.js";
import type { Lang } from "../langs.js";
import type { Answer } from "../search/types.js";

export const sourceUrl = (source: Source, lang: Lang) => source.localized[lang] ?? source.url;

/** The main text of a reply: the fact's answer, or the message for a decline or small talk. */
export function replyText(answer: Answer, kb: KnowledgeBase): string {
  const { lang } = answer;
  if (answer.fact) return answer.fact.text[lang].answer;
  switch (answer.kind) {
    case "greeting":
      return kb.t(lang, "answer-greeting");
    case "thanks":
      return kb.t(lang, "answer-thanks");
    case "help":
      return kb.t(lang, "answer-help");
    case "empty":
      return kb.t(lang, "answer-empty");
    default:
      return kb.t(lang, "answer-decline");
  }
}

export function renderPlain(answer: Answer, kb: KnowledgeBase): string {
  const { lang } = answer;
  const lines = [replyText(answer, kb)];
  if (answer.fact) {
    lines.push("", kb.t(lang, "answer-sources"));
    for (const source of answer.fact.sources)
      lines.push(
        `  ${kb.t(lang, "answer-source-line", { title: source.title[lang], url: sourceUrl(source, lang) })}`,
      );
  }
  const titled = (facts: Fact[]) => facts.map((fact) => `  • ${fact.text[lang].title} (${fact.id})`);
  if (answer.kind === "decline") {
    lines.push(
      "",
      answer.suggestions.length
        ? kb.t(lang, "answer-decline-suggestions")
        : kb.t(lang, "answer-decline-browse"),
    );
    lines.push(...titled(answer.suggestions));
  } else if (answer.suggestions.length) {
    lines.push("", kb.t(lang, "answer-see-also"), ...titled(answer.suggestions));
  }
  return lines.join("\n");
}

/** The contract of ../shared/eval/score.mjs: one object per question. */
export function answerJson(question: string, answer: Answer, kb: KnowledgeBase) {
  const { lang } = answer;
  return {
    q: question,
    lang,
    answered: answer.kind === "fact",
    text: replyText(answer, kb),
    sources: (answer.fact?.sources ?? []).map((s) => ({ title: s.title[lang], url: sourceUrl(s, lang) })),
    id: answer.fact?.id ?? null,
    score: Math.round(answer.confidence * 1000) / 1000,
    suggestions: answer.suggestions.map((fact) => ({ id: fact.id, title: fact.text[lang].title })),
    ...(answer.explain ? { explain: answer.explain } : {}),
  };
}
