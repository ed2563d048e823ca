/**
 * `npm run detect:train`: rebuilds src/search/detect-lang-model.json, the be/ru letter-trigram
 * model of the language detector, from the knowledge base's Belarusian and Russian texts. Run it
 * after large content changes; `npm run bench` shows the detector's accuracy before and after.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadKnowledgeBase, PROJECT_ROOT } from "../kb/load.js";
import { trainLetterModel } from "../search/letter-model.js";

const kb = loadKnowledgeBase();
const trigrams = trainLetterModel(kb.localeSources.be, kb.localeSources.ru);
const file = join(PROJECT_ROOT, "src/search/detect-lang-model.json");
const model = {
  about:
    "log(P(trigram | be) / P(trigram | ru)) over the Belarusian and Russian texts of locales/; written by `npm run detect:train`",
  trigrams,
};
writeFileSync(file, `${JSON.stringify(model)}\n`);
console.log(`${file}: ${Object.keys(trigrams).length} trigrams`);
