import { describe, expect, it } from "vitest";
import type { Fact } from "../../src/kb/types.js";
import { loadKnowledgeBase } from "../../src/kb/load.js";
import { buildFactIndex } from "../../src/search/fact-index.js";
import { normalizeText } from "../../src/search/normalize.js";
import { parseQuestion, weigherFor } from "../../src/search/question.js";
import { rankCandidates } from "../../src/search/rank.js";

describe("ranking facts that cover a question alike", () => {
  // Two copies of one fact that both name the question's words in their keywords; one in its
  // title too, the other in its answer: siblings, one about the subject, the other with the detail.
  const [base, ...rest] = loadKnowledgeBase().facts;
  const withText = (id: string, title: string, answer: string): Fact => ({
    ...base!,
    id,
    text: {
      ...base!.text,
      en: { ...base!.text.en, title, keywords: [...base!.text.en.keywords, "zebra quagga"], answer },
    },
  });
  const named = withText("named", "Zebra quagga", base!.text.en.answer);
  const said = withText("said", base!.text.en.title, `${base!.text.en.answer} A zebra quagga was seen.`);
  const index = buildFactIndex([named, said, ...rest.slice(0, 20)]);
  const weigher = weigherFor(index);

  const order = (text: string) =>
    rankCandidates(parseQuestion(normalizeText(text), "en", index, weigher), index).map(
      (candidate) => candidate.fact.id,
    );

  it("puts the one whose answer says them first", () => {
    const ids = order("When zebra quagga?");
    expect(ids.indexOf("said")).toBeLessThan(ids.indexOf("named"));
  });

  it("puts the one titled with them first when they are all the query, as in a search box", () => {
    const ids = order("zebra quagga");
    expect(ids.indexOf("named")).toBeLessThan(ids.indexOf("said"));
  });
});
