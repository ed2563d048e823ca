/** The search core: knows the knowledge base, knows nothing of Telegram. */
export { createAnswerer } from "./answerer.js";
export type { Answer, AnswerKind, AskOptions, QuestionAnswerer } from "./types.js";
export { withAnswerCache } from "./cache.js";
