/**
 * `npm run ask -- "question"`: answers from the terminal, as a person would read it.
 *   --lang be|ru|en   the caller's language, used when the question does not tell (default: DEFAULT_LANG or en)
 *   --explain         also show matched terms, fields and scores
 *   --json            one JSON object per line; with no question argument, reads questions from stdin, one per line
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { loadKnowledgeBase, KnowledgeBaseError, formatProblem } from "../kb/load.js";
import type { KnowledgeBase } from "../kb/types.js";
import { isLang, type Lang } from "../langs.js";
import { createAnswerer } from "../search/index.js";
import { answerJson, renderPlain } from "./answer-text.js";

function fail(message: string): never {
  console.error(`ask: ${message}`);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { lang: { type: "string" }, json: { type: "boolean" }, explain: { type: "boolean" } },
    });
  } catch (error) {
    return fail(
      `${(error as Error).message}\nusage: npm run ask -- [--lang be|ru|en] [--json] [--explain] "question"`,
    );
  }
})();

const langOption = values.lang ?? process.env.DEFAULT_LANG ?? "en";
if (!isLang(langOption)) fail(`--lang must be be, ru or en, not "${langOption}"`);
const fallbackLang: Lang = langOption;

function loadOrExit(): KnowledgeBase {
  try {
    return loadKnowledgeBase();
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) throw error;
    const lines = error.problems.map((p) => `  ${formatProblem(p)}`).join("\n");
    console.error(`ask: the knowledge base has problems:\n${lines}`);
    process.exit(1);
  }
}

const kb = loadOrExit();
const answerer = createAnswerer(kb);

function respond(question: string) {
  const answer = answerer.answer(question, { fallbackLang, explain: values.explain });
  if (values.json) console.log(JSON.stringify(answerJson(question, answer, kb)));
  else {
    console.log(renderPlain(answer, kb));
    if (answer.explain) console.log(`\n${JSON.stringify(answer.explain, null, 2)}`);
  }
}

if (positionals.length > 0) respond(positionals.join(" "));
else if (process.stdin.isTTY && !values.json)
  fail('give a question: npm run ask -- "When was the Contact Group created?"');
else {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let first = true;
  for await (const line of lines) {
    // Every input line gets exactly one output, so outputs stay aligned with questions.
    if (!values.json && !first) console.log("\n---");
    first = false;
    respond(line);
  }
}
