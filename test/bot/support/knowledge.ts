/** The real knowledge base and search core, loaded once per test file. */
import { loadKnowledgeBase } from "../../../src/kb/load.js";
import type { KnowledgeBase } from "../../../src/kb/types.js";
import { createAnswerer } from "../../../src/search/index.js";
import type { QuestionAnswerer } from "../../../src/search/types.js";

let loaded: { kb: KnowledgeBase; answerer: QuestionAnswerer } | undefined;

export function knowledge(): { kb: KnowledgeBase; answerer: QuestionAnswerer } {
  if (!loaded) {
    const kb = loadKnowledgeBase();
    loaded = { kb, answerer: createAnswerer(kb) };
  }
  return loaded;
}
