import { describe, expect, it } from "vitest";
import { spellerFor } from "../../src/search/spelling.js";

const speller = spellerFor(
  new Map([
    ["death", 4],
    ["ratifi", 3],
    ["council", 20],
    ["counsel", 1],
    ["case", 5],
    ["канвенц", 9],
    ["европ", 140],
  ]),
);

describe("spelling correction against the index's vocabulary", () => {
  it("corrects a word no fact has to the known word one edit away", () => {
    expect(speller("deth")).toBe("death");
    expect(speller("ratifd")).toBe("ratifi");
    expect(speller("канвнц")).toBe("канвенц");
  });

  it("corrects two neighbouring letters swapped, which fuzzy matching counts as two edits", () => {
    expect(speller("еворп")).toBe("европ");
    expect(speller("deaht")).toBe("death");
  });

  it("prefers the word more facts share when two are as close", () => {
    expect(speller("counsil")).toBe("council");
  });

  it("leaves known words, numbers and very short words alone", () => {
    expect(speller("death")).toBeUndefined();
    expect(speller("2022")).toBeUndefined();
    expect(speller("det")).toBeUndefined();
  });

  it("does not turn one short word into another by changing a letter", () => {
    expect(speller("came")).toBeUndefined();
  });
});
