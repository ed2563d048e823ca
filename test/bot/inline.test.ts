import { describe, expect, it } from "vitest";
import { useHarness } from "./support/harness.js";
import { knowledge } from "./support/knowledge.js";

const { kb } = knowledge();
const harness = useHarness();

describe("inline mode", () => {
  it("lists the highlights for an empty query, the basics first, personal and briefly cached", async () => {
    const { inline } = await harness().private({ languageCode: "en" }).inline("");
    const highlights = kb.facts.filter((fact) => fact.highlight);
    const ids = inline!.results.map((result) => result.id);
    expect([...ids].sort()).toEqual(highlights.map((fact) => `en:${fact.id}`).sort());
    // Where Belarus stands and the decisions that shaped it before statements and documents.
    expect(ids.slice(0, 3)).toEqual(["en:never-member", "en:conventions-12", "en:suspension-2022"]);
    expect(ids.at(-1)).toBe("en:concerted-position");
    expect(inline).toMatchObject({ isPersonal: true, cacheTime: 30 });
    expect(inline?.button).toBeUndefined();
  });

  it("lists matching answers for a query, each carrying the answer and its sources", async () => {
    const { inline } = await harness().private({ languageCode: "en" }).inline("Havel prize");
    const ids = inline!.results.map((result) => result.id);
    expect(ids).toContain("en:havel-bialiatski-2013");
    const bialiatski = inline!.results.find((result) => result.id === "en:havel-bialiatski-2013")!;
    const fact = kb.byId.get("havel-bialiatski-2013")!;
    expect(bialiatski.title).toBe(fact.text.en.title);
    expect(bialiatski.text).toContain(fact.text.en.answer);
    expect(bialiatski.text).toContain(
      fact.sources.length === 1
        ? `Source: ${fact.sources[0]!.title.en}`
        : `Sources:\n• ${fact.sources[0]!.title.en}`,
    );
  });

  it("gives each result a button that opens the same fact in the bot by deep link", async () => {
    const { inline } = await harness().private({ languageCode: "ru" }).inline("Премия Гавела");
    const first = inline!.results[0]!;
    expect(first.buttons).toEqual([
      { text: "Открыть в боте", url: `https://t.me/belarus_coe_test_bot?start=${first.id.slice(3)}` },
    ]);
  });

  it("answers in the query's language", async () => {
    const { inline } = await harness().private({ languageCode: "en" }).inline("Кантактная група");
    expect(inline!.results[0]?.id).toMatch(/^be:/);
    expect(inline!.results[0]?.text).toMatch(/Крыніц[аы]:/);
  });

  it("puts the shared fact first when the query is the title the share button filled in", async () => {
    const fact = kb.byId.get("guest-suspended-1997")!;
    const { inline } = await harness().private({ languageCode: "en" }).inline(fact.text.ru.title);
    expect(inline!.results[0]?.id).toBe("ru:guest-suspended-1997");
  });

  it("offers a button to open the bot when nothing matches", async () => {
    const { inline } = await harness().private({ languageCode: "en" }).inline("qwxzv kvrtplm");
    expect(inline?.results).toEqual([]);
    expect(inline?.button).toEqual({ text: "Nothing found — open the bot", start_parameter: "inline" });
  });

  it("never lists more than 50 results, even for the broadest query", async () => {
    const { inline } = await harness().private({ languageCode: "en" }).inline("Belarus Council of Europe");
    expect(inline!.results.length).toBeGreaterThan(0);
    expect(inline!.results.length).toBeLessThanOrEqual(50);
  });
});
