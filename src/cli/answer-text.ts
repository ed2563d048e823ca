/**
 * An Answer as `ask` prints it and as the JSON line of `ask --json`: rendered by the bot's own
 * src/bot/render/, converted from Telegram HTML to plain text at this edge.
 */
import { COMMAND_MENU } from "../bot/commands.js";
import { answerMessage, answerWords } from "../bot/render/answer.js";
import { renderContextFor, type RenderContext } from "../bot/render/context.js";
import { sourceUrl } from "../bot/render/fact.js";
import type { KnowledgeBase } from "../kb/types.js";
import type { Lang } from "../langs.js";
import type { Answer } from "../search/types.js";
import { OFFLINE_BOT_INFO } from "./offline-telegram.js";
import { htmlToPlain, renderKeyboard } from "./render.js";

const offline = (kb: KnowledgeBase, lang: Lang): RenderContext =>
  renderContextFor(kb, lang, OFFLINE_BOT_INFO.username);

/** The bot's reply as the offline chat shows it: the text, then its buttons, a row a line. */
export function renderPlain(answer: Answer, kb: KnowledgeBase): string {
  const message = answerMessage(offline(kb, answer.lang), answer, COMMAND_MENU);
  const { lines } = renderKeyboard(message.keyboard);
  return [htmlToPlain(message.text.value), ...lines.map((line) => `  ${line}`)].join("\n");
}

/** The contract of ../shared/eval/score.mjs: one object per question. */
export function answerJson(question: string, answer: Answer, kb: KnowledgeBase) {
  const { lang } = answer;
  return {
    q: question,
    lang,
    answered: answer.kind === "fact",
    text: htmlToPlain(answerWords(offline(kb, lang), answer, COMMAND_MENU).value),
    sources: (answer.fact?.sources ?? []).map((s) => ({ title: s.title[lang], url: sourceUrl(s, lang) })),
    id: answer.fact?.id ?? null,
    score: Math.round(answer.confidence * 1000) / 1000,
    suggestions: answer.suggestions.map((fact) => ({ id: fact.id, title: fact.text[lang].title })),
    ...(answer.explain ? { explain: answer.explain } : {}),
  };
}
