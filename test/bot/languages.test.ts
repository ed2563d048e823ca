import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createHarness, only, useHarness } from "./support/harness.js";

const harness = useHarness();

describe("the interface language follows Telegram's language_code", () => {
  it.each([
    ["be", "Вітаю"],
    ["be-BY", "Вітаю"],
    ["ru", "Здравствуйте"],
    ["ru-RU", "Здравствуйте"],
    ["en", "Hello"],
    ["en-GB", "Hello"],
    ["uk", "Hello"],
    ["pl", "Hello"],
    [undefined, "Hello"],
  ])("language_code %s → a welcome starting %s", async (languageCode, greeting) => {
    const welcome = only(await harness().private({ languageCode }).send("/start"));
    expect(welcome.text).toMatch(new RegExp(`^${greeting}, Alesia!`));
  });
});

describe("the reply language", () => {
  it("is the question's language when the text makes it clear, whatever the settings", async () => {
    const person = harness().private({ languageCode: "en" });
    expect(only(await person.send("Што такое Кантактная група?")).text).toContain("Крыніцы:");
    expect(only(await person.send("Что такое Контактная группа?")).text).toContain("Источники:");
    expect(only(await person.send("What is the Contact Group?")).text).toContain("Sources:");
  });

  it("is the /language choice for commands, even against language_code", async () => {
    const person = harness().private({ languageCode: "en" });
    await person.press(only(await person.send("/language")), "Русский");
    expect(only(await person.send("/help")).text).toMatch(/^Задайте вопрос/);
    expect(only(await person.send("/timeline")).text).toMatch(/^Хронология/);
  });

  it("keeps the /language choice for inline mode too", async () => {
    const person = harness().private({ languageCode: "ru" });
    await person.press(only(await person.send("/language")), "Беларуская");
    const { inline } = await person.inline("");
    expect(inline?.results.length).toBeGreaterThan(0);
    expect(inline?.results.every((result) => result.id.startsWith("be:"))).toBe(true);
  });

  it("is one person's own: another person in the same group keeps theirs", async () => {
    const h = harness();
    const alesia = h.group({ languageCode: "en" });
    const mikola = h.group({ languageCode: "en" });
    const alesiaInPrivate = h.private({ id: alesia.user.id, languageCode: "en" });
    await alesiaInPrivate.press(only(await alesiaInPrivate.send("/language")), "Беларуская");
    expect(only(await alesia.send("/help")).text).toMatch(/^Задайце пытанне/);
    expect(only(await mikola.send("/help")).text).toMatch(/^Ask a question/);
  });
});

describe("sessions on disk", () => {
  const sessionDir = () => mkdtempSync(join(tmpdir(), "bot-sessions-"));

  it("remember the /language choice across a restart", async () => {
    const dir = sessionDir();
    const before = createHarness({ sessions: { kind: "file", dir } });
    const person = before.private({ languageCode: "en" });
    await person.press(only(await person.send("/language")), "Беларуская");
    before.expectClean();

    const after = createHarness({ sessions: { kind: "file", dir } });
    const again = after.private({ id: person.user.id, languageCode: "en" });
    expect(only(await again.send("/help")).text).toMatch(/^Задайце пытанне/);
    after.expectClean();
  });

  it("are written only when something changed, not on every message", async () => {
    const dir = sessionDir();
    const h = createHarness({ sessions: { kind: "file", dir } });
    const person = h.private({ languageCode: "en" });
    await person.send("/help");
    expect(readdirSync(dir)).toEqual([]);
    await person.press(only(await person.send("/language")), "Русский");
    const [folder] = readdirSync(dir);
    const file = join(dir, folder!, `${person.user.id}.json`);
    const written = statSync(file).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await person.send("/help");
    expect(statSync(file).mtimeMs).toBe(written);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ language: "ru" });
    h.expectClean();
  });

  it("survive a damaged session file: the person gets answers and the damage is logged", async () => {
    const dir = sessionDir();
    const h = createHarness({ sessions: { kind: "file", dir } });
    const person = h.private({ languageCode: "ru" });
    await person.press(only(await person.send("/language")), "English");
    const [folder] = readdirSync(dir);
    const file = join(dir, folder!, `${person.user.id}.json`);
    writeFileSync(file, "{ not json");
    expect(only(await person.send("/help")).text).toMatch(/^Задайте вопрос/);
    expect(h.warnings.flat().join(" ")).toMatch(/unreadable session file/);
    h.expectClean();
  });

  it("ignore an unknown language in a hand-edited session file", async () => {
    const dir = sessionDir();
    const h = createHarness({ sessions: { kind: "file", dir } });
    const person = h.private({ id: 4242, languageCode: "be" });
    mkdirSync(join(dir, "42"), { recursive: true });
    writeFileSync(join(dir, "42", "4242.json"), JSON.stringify({ language: "de" }));
    expect(only(await person.send("/help")).text).toMatch(/^Задайце пытанне/);
    h.expectClean();
  });
});
