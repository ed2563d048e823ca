import { describe, expect, it } from "vitest";
import { COMMANDS, registerCommands } from "../../src/bot/index.js";
import { buildCatalog } from "../../src/bot/catalog.js";
import { labels, only, useHarness } from "./support/harness.js";
import { knowledge } from "./support/knowledge.js";

const { kb } = knowledge();
const harness = useHarness();

describe("/start", () => {
  it("welcomes the person by name in their language, with the main topics as buttons", async () => {
    const welcome = only(await harness().private({ languageCode: "be", firstName: "Ales" }).send("/start"));
    expect(welcome.text).toMatch(/^Вітаю, Ales!/);
    expect(welcome.text).toContain("/help");
    expect(labels(welcome)).toEqual([
      ["📜 Храналогія", "📑 Канвенцыі"],
      ["🏛 Членства", "⛔ Прыпыненне 2022"],
      ["🤝 Кантактная група", "⛓ Палітвязні"],
    ]);
    // Plain callback buttons: they work without inline mode.
    for (const button of welcome.buttons) expect(button).toHaveProperty("callback_data");
  });

  it("opens a topic's fact as a new message and a topic's list as a new message", async () => {
    const person = harness().private({ languageCode: "en" });
    const welcome = only(await person.send("/start"));
    const fact = await person.press(welcome, "⛔ 2022 suspension");
    expect(only(fact).text).toContain(kb.byId.get("suspension-2022")!.text.en.answer);
    expect(fact.edited).toEqual([]);
    const list = await person.press(welcome, "📜 Timeline");
    expect(only(list).text).toMatch(/^Timeline · page 1 of/);
    expect(only(await person.press(welcome, "📑 Conventions")).text).toMatch(
      /^Council of Europe conventions/,
    );
  });

  it("opens the fact a deep link names", async () => {
    const fact = kb.byId.get("application-1993")!;
    const reply = only(await harness().private({ languageCode: "ru" }).send("/start application-1993"));
    expect(reply.text.startsWith("Заявка на членство\n\n")).toBe(true);
    expect(reply.text).toContain(fact.text.ru.answer);
  });

  it("says so when a deep link names a fact that no longer exists, then welcomes", async () => {
    const { sent } = await harness().private({ languageCode: "en" }).send("/start no-such-fact");
    expect(sent.map((message) => message.text)).toEqual([
      expect.stringContaining("no longer have"),
      expect.stringMatching(/^Hello, /),
    ]);
  });

  it("welcomes, with no complaint, someone coming from inline mode's open-the-bot button", async () => {
    const welcome = only(await harness().private({ languageCode: "en" }).send("/start inline"));
    expect(welcome.text).toMatch(/^Hello, /);
  });
});

describe("/help and /about", () => {
  it("/help lists every command except /start and mentions inline mode and /language", async () => {
    const help = only(await harness().private({ languageCode: "en" }).send("/help"));
    for (const command of COMMANDS.filter((name) => name !== "start"))
      expect(help.text).toContain(`/${command} — `);
    expect(help.text).toContain("@belarus_coe_test_bot");
    expect(help.text).toContain("/language");
  });

  it("/about says what the bot is, how much it knows and that answers come from cited documents", async () => {
    const about = only(await harness().private({ languageCode: "ru" }).send("/about"));
    expect(about.text).toMatch(new RegExp(`${kb.facts.length} факт(а|ов)? `));
    expect(about.text).toContain("/sources");
    expect(about.text).toContain("ссылка на источник");
  });
});

describe("/sources", () => {
  it.each(["be", "ru", "en"] as const)("lists every document as a link in one message (%s)", async (lang) => {
    const { sent } = await harness().private({ languageCode: lang }).send("/sources");
    // Telegram counts the text after parsing: about 3 000 characters, one message, however long the HTML.
    expect(sent).toHaveLength(1);
    const sources = sent[0]!;
    const heading = kb.t(lang, "sources-title", { count: kb.sources.length });
    expect(sources.text.startsWith(`${heading}\n\n`)).toBe(true);
    expect(sources.html.length).toBeGreaterThan(4096);
    expect(sources.links).toHaveLength(kb.sources.length);
  });

  it("lists every document as a link with its readable title", async () => {
    const { sent } = await harness().private({ languageCode: "en" }).send("/sources");
    const links = sent.flatMap((message) => message.links);
    expect(links).toEqual(
      kb.sources.map((source) => ({ url: source.localized.en ?? source.url, text: source.title.en })),
    );
  });
});

describe("/conventions", () => {
  it("lists the conventions with their status and a numbered button for each", async () => {
    const conventions = kb.facts.filter((fact) => fact.kind === "convention");
    const list = only(await harness().private({ languageCode: "en" }).send("/conventions"));
    for (const fact of conventions) expect(list.text).toContain(fact.text.en.title);
    expect(list.text).toMatch(/— in force/);
    expect(list.text).toMatch(/— participation suspended/);
    expect(list.text).toMatch(/— denounced by Belarus/);
    expect(list.buttons).toHaveLength(conventions.length);
  });

  it("opens a convention's details, with its treaty number and status, from its number", async () => {
    const person = harness().private({ languageCode: "be" });
    const list = only(await person.send("/conventions"));
    const { edited, sent } = await person.press(list, "1");
    expect(sent).toEqual([]);
    expect(edited[0]?.messageId).toBe(list.messageId);
    expect(edited[0]?.text).toMatch(/^Еўрапейская культурная канвенцыя \(ETS 18\)\nудзел прыпынены\n/);
    expect(labels(edited[0]!).flat()).toContain("Наступная →");
    expect(labels(edited[0]!).at(-1)).toEqual(["◀ Да спісу"]);
  });

  it("goes back from a convention to the list in place", async () => {
    const person = harness().private({ languageCode: "ru" });
    const list = only(await person.send("/conventions"));
    const item = (await person.press(list, "3")).edited[0]!;
    const back = await person.press(item, "◀ К списку");
    expect(back.sent).toEqual([]);
    expect(back.edited[0]?.text).toBe(list.text);
  });

  it("steps to the next convention in place", async () => {
    const person = harness().private({ languageCode: "en" });
    const details = (await person.press(only(await person.send("/conventions")), "1")).edited[0]!;
    const { edited, sent } = await person.press(details, "Next →");
    expect(sent).toEqual([]);
    expect(edited[0]?.text).toMatch(/\(ETS 62\)\nin force\n/);
  });
});

describe("/timeline", () => {
  it("shows the first dated facts in date order with page buttons", async () => {
    const page = only(await harness().private({ languageCode: "en" }).send("/timeline"));
    expect(page.text).toMatch(/^Timeline · page 1 of \d+/);
    const dates = [...page.text.matchAll(/^\d+\. (.+?) — /gm)].map((match) => match[1]);
    expect(dates.slice(0, 2)).toEqual(["1992", "16 September 1992"]);
    expect(labels(page).at(-1)).toEqual(["Later →"]);
  });

  it("pages forward and back by editing the same message", async () => {
    const person = harness().private({ languageCode: "ru" });
    const first = only(await person.send("/timeline"));
    const forward = await person.press(first, "Позже →");
    expect(forward.sent).toEqual([]);
    expect(forward.edited[0]?.messageId).toBe(first.messageId);
    expect(forward.edited[0]?.text).toMatch(/страница 2 из/);
    expect(forward.edited[0]!.text).toMatch(/^9\. /m);
    const back = await person.press(forward.edited[0]!, "← Раньше");
    expect(back.edited[0]?.text).toBe(first.text);
  });

  it("has no forward button on the last page", async () => {
    const person = harness().private({ languageCode: "en" });
    let page = only(await person.send("/timeline"));
    while (page.buttons.some((button) => button.text === "Later →"))
      page = (await person.press(page, "Later →")).edited[0]!;
    expect(page.text).toMatch(/page (\d+) of \1/);
    expect(labels(page).at(-1)).toEqual(["← Earlier"]);
  });

  it("shows an item in place of the list from its number, with the way back to the same page", async () => {
    const person = harness().private({ languageCode: "en" });
    const first = only(await person.send("/timeline"));
    const second = (await person.press(first, "Later →")).edited[0]!;
    const secondPage = second.text;
    const { edited, sent } = await person.press(second, "10");
    expect(sent).toEqual([]);
    expect(edited[0]?.messageId).toBe(first.messageId);
    expect(edited[0]?.text).toContain(kb.byId.get(buildCatalog(kb).timeline[9]!.id)!.text.en.answer);
    expect(labels(edited[0]!).at(-1)).toEqual(["◀ Back to the list"]);
    const back = await person.press(edited[0]!, "◀ Back to the list");
    expect(back.edited[0]?.text).toBe(secondPage);
  });

  it("steps through items in place and goes back to the page the current item is on", async () => {
    const person = harness().private({ languageCode: "be" });
    const first = only(await person.send("/timeline"));
    let item = (await person.press(first, "8")).edited[0]!;
    item = (await person.press(item, "Пазней →")).edited[0]!;
    expect(item.text).toContain(buildCatalog(kb).timeline[8]!.text.be.answer);
    const back = (await person.press(item, "◀ Да спісу")).edited[0]!;
    expect(back.text).toMatch(/^Храналогія · старонка 2 з/);
  });
});

describe("/language", () => {
  it("offers the three languages, the current one ticked", async () => {
    const menu = only(await harness().private({ languageCode: "ru" }).send("/language"));
    expect(labels(menu)).toEqual([["Беларуская", "✓ Русский", "English"]]);
  });

  it("switches menus and buttons to the chosen language and confirms it in that language", async () => {
    const person = harness().private({ languageCode: "en" });
    const menu = only(await person.send("/language"));
    const chosen = await person.press(menu, "Беларуская");
    expect(chosen.sent).toEqual([]);
    expect(chosen.edited[0]?.text).toMatch(/^Гатова/);
    expect(labels(chosen.edited[0]!)).toEqual([["✓ Беларуская", "Русский", "English"]]);
    expect(chosen.toasts).toEqual([{ text: "Мова: беларуская" }]);
    expect(only(await person.send("/help")).text).toMatch(/^Задайце пытанне/);
  });
});

describe("unknown commands", () => {
  it("suggests the closest command for a typo", async () => {
    const reply = only(await harness().private({ languageCode: "en" }).send("/timelin"));
    expect(reply.text).toBe("I don't know the command /timelin. Did you mean /timeline?");
  });

  it("suggests the command a prefix points to", async () => {
    const person = harness().private({ languageCode: "ru" });
    expect(only(await person.send("/conv")).text).toContain("/conventions?");
  });

  it.each([
    ["/HELP", "help-intro"],
    ["/Timeline", "timeline-title"],
    ["/SOURCES", "sources-title"],
    ["/About@Belarus_COE_Test_Bot", "about"],
  ])("runs %s like the lower-case command", async (typed, key) => {
    const reply = only(await harness().private({ languageCode: "en" }).send(typed));
    const opening = kb.t("en", key, {
      count: kb.sources.length,
      facts: kb.facts.length,
      sources: kb.sources.length,
    });
    expect(reply.text.startsWith(opening.split(/[\n:(]/)[0]!)).toBe(true);
    expect(reply.text).not.toContain("Did you mean");
  });

  it("opens a deep link typed as /Start", async () => {
    const reply = only(await harness().private({ languageCode: "en" }).send("/Start application-1993"));
    expect(reply.text).toContain(kb.byId.get("application-1993")!.text.en.answer);
  });

  it("lists the commands when nothing is close", async () => {
    const reply = only(await harness().private({ languageCode: "be" }).send("/weather"));
    expect(reply.text).toMatch(/^Я не ведаю каманды \/weather\. Вось што я ўмею:/);
    expect(reply.text).toContain("/conventions — ");
  });
});

describe("the command menu", () => {
  it("registers localized descriptions for be, ru and the default", async () => {
    const h = harness();
    expect(await registerCommands(h.bot.api, kb)).toBe(true);
    const calls = h.telegram.calls.filter((call) => call.method === "setMyCommands");
    expect(calls.map((call) => call.payload.language_code)).toEqual([undefined, "be", "ru"]);
    const descriptions = calls.map(
      (call) => (call.payload.commands as { description: string }[])[2]!.description,
    );
    expect(descriptions).toEqual([
      "Belarus and the Council of Europe, year by year",
      "Беларусь і Савет Еўропы па гадах",
      "Беларусь и Совет Европы по годам",
    ]);
  });

  it("logs a failing setMyCommands and carries on", async () => {
    const h = harness();
    h.telegram.failing.set("setMyCommands", { error_code: 400, description: "Bad Request: no" });
    const errors: unknown[][] = [];
    const log = { error: (...data: unknown[]) => errors.push(data), warn: () => undefined };
    expect(await registerCommands(h.bot.api, kb, log)).toBe(false);
    expect(errors).toHaveLength(3);
    expect(only(await h.private().send("/help")).text).toMatch(/^Ask a question/);
  });
});

describe("every command in every language", () => {
  const opening: Record<(typeof COMMANDS)[number], (lang: "be" | "ru" | "en") => string> = {
    start: (lang) => kb.t(lang, "welcome", { name: "Alesia" }).split("!")[0]!,
    help: (lang) => kb.t(lang, "help-intro").split("\n")[0]!,
    timeline: (lang) => kb.t(lang, "timeline-title"),
    conventions: (lang) => kb.t(lang, "conventions-title"),
    sources: (lang) => kb.t(lang, "sources-title", { count: kb.sources.length }),
    language: (lang) => kb.t(lang, "language-choose"),
    about: (lang) =>
      kb.t(lang, "about", { facts: kb.facts.length, sources: kb.sources.length }).split(":")[0]!,
    privacy: (lang) => kb.t(lang, "privacy-title"),
  };
  const cases = COMMANDS.flatMap((command) =>
    (["be", "ru", "en"] as const).map((lang) => [command, lang] as const),
  );

  it.each(cases)("/%s speaks %s", async (command, lang) => {
    const { sent } = await harness().private({ languageCode: lang }).send(`/${command}`);
    expect(sent[0]?.text.startsWith(opening[command](lang))).toBe(true);
  });
});
