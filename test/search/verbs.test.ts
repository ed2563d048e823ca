import { describe, expect, it } from "vitest";
import { foldCyrillic } from "../../src/search/fold.js";
import { looksLikeVerb } from "../../src/search/verbs.js";

describe("looksLikeVerb", () => {
  it.each(["забрали", "отреагировал", "предлагает", "раіць", "жывуць", "падпісала", "submitted", "founded"])(
    "takes %s for a verb",
    (word) => expect(looksLikeVerb(foldCyrillic(word))).toBe(true),
  );

  it.each(["совет", "комитет", "смяротнае", "резолюция", "population", "погода", "борща", "ПАСЕ"])(
    "does not take the noun %s for a verb",
    (word) => expect(looksLikeVerb(foldCyrillic(word.toLowerCase()))).toBe(false),
  );
});
