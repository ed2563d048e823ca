/**
 * `npm run report` on a fixture: what was declined, grouped by wording with the facts offered;
 * the answers with the most 👎 (a changed vote counts as its last); the share answered per
 * language and per day; the suggested next steps; the same as an HTML page that escapes what
 * people typed. And the command itself, run on a SESSION_DIR holding the fixture.
 */
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { dayOf, type FeedbackEntry } from "../../src/feedback/record.js";
import { renderReportHtml } from "../../src/feedback/report-html.js";
import { renderReportText } from "../../src/feedback/report-text.js";
import { buildReport, groupDeclined } from "../../src/feedback/report.js";
import { loadKnowledgeBase } from "../../src/kb/load.js";
import { createAnswerer } from "../../src/search/index.js";
import { fixture, HOSTILE, PERIOD } from "./fixture.js";
import { useTempDir } from "./support.js";

const kb = loadKnowledgeBase();
const answerer = createAnswerer(kb);
const report = buildReport(fixture(), { ...PERIOD, kb, answerer });
const tempDir = useTempDir("feedback-report-");

describe("the report", () => {
  it("counts the questions of the period only, per language and per day", () => {
    expect(report.totals).toEqual({ questions: 18, answered: 5, declined: 13, up: 2, down: 2 });
    expect(report.perLang).toEqual({
      be: { questions: 5, answered: 2 },
      ru: { questions: 4, answered: 2 },
      en: { questions: 9, answered: 1 },
    });
    expect(report.perDay.map((day) => day.day)).toEqual([
      "2026-11-25",
      "2026-11-26",
      "2026-11-27",
      "2026-11-28",
      "2026-11-29",
      "2026-11-30",
      "2026-12-01",
    ]);
    expect(report.perDay[0]).toMatchObject({
      questions: 3,
      answered: 1,
      byLang: { en: { questions: 3, answered: 1 } },
    });
    expect(report.perDay.at(-1)).toMatchObject({ questions: 0, answered: 0 });
  });

  it("groups declined questions by wording, most asked first, with the shared words", () => {
    const groups = report.declined.map((group) => ({ count: group.count, top: group.wordings[0]!.text }));
    expect(groups.slice(0, 3)).toEqual([
      { count: 5, top: "What is the weather in Minsk?" },
      { count: 3, top: "Колькі каштуе віза ў Польшчу?" },
      { count: 2, top: "Кто возглавляет совет Европы сейчас?" },
    ]);
    expect(report.declined[0]!.words).toEqual(expect.arrayContaining(["weather", "minsk"]));
    expect(report.declined[0]!.wordings).toContainEqual({ text: "What is the weather in Minsk?", count: 2 });
    // One shared word ("Minsk") is not enough to join the weather group.
    expect(report.declined.find((group) => group.wordings[0]!.text === "Minsk marathon")?.count).toBe(1);
    expect(report.declined).toHaveLength(6);
  });

  it("lists the facts the bot offered for each group, with titles in the group's language", () => {
    expect(report.declined[1]!.closest).toEqual([
      { id: "venice-commission", title: kb.byId.get("venice-commission")!.text.be.title, count: 3 },
      { id: "contact-group", title: kb.byId.get("contact-group")!.text.be.title, count: 1 },
    ]);
  });

  it("marks a group the knowledge base answers today", () => {
    const group = report.declined.find((g) => g.wordings[0]!.text.startsWith("When did Belarus apply"));
    expect(group?.nowAnswered?.id).toBe("application-1993");
    expect(report.declined[0]!.nowAnswered).toBeUndefined();
  });

  it("ranks answers by 👎, counting a changed vote as its last", () => {
    expect(report.disliked).toEqual([
      {
        id: "guest-suspended-1997",
        title: kb.byId.get("guest-suspended-1997")!.text.ru.title,
        answered: 2,
        up: 0,
        down: 2,
        examples: ["Когда приостановили статус гостя?", "статус гостя ПАСЕ"],
      },
    ]);
  });

  it("reads as text, with the next steps for the largest groups", () => {
    const text = renderReportText(report, { retentionDays: 90, topicOf: () => "membership" });
    expect(text).toContain("Questions: 18; answered 5 (28%), declined 13 (72%); votes: 👍 2, 👎 2");
    expect(text).toContain("1. ×5  “What is the weather in Minsk?”  [en]");
    expect(text).toContain("npm run ask -- --explain 'What is the weather in Minsk?'");
    expect(text).toContain(
      "add the words people use to the .keywords of fact-venice-commission in locales/{be,ru,en}/facts-membership.ftl",
    );
    expect(text).toContain("npm run kb:check");
    expect(text).toMatch(/guest-suspended-1997 .*👎 2, 👍 0, answered 2×/);
  });

  it("quotes a question safely for the shell", () => {
    const hostile: FeedbackEntry = {
      t: "q",
      id: "aaaaaaaaaa",
      day: "2026-12-01",
      lang: "en",
      q: "it's $(rm -rf /)",
      outcome: "declined",
      confidence: 0,
      suggested: [],
    };
    const group = groupDeclined([hostile]);
    const text = renderReportText(buildReport([hostile], { from: "2026-12-01", to: "2026-12-01" }));
    expect(group).toHaveLength(1);
    expect(text).toContain(`npm run ask -- --explain 'it'\\''s $(rm -rf /)'`);
  });

  it("says so when nothing was recorded", () => {
    const empty = renderReportText(buildReport([], PERIOD));
    expect(empty).toContain("Questions: 0");
    expect(empty).toContain("Nothing was recorded");
  });
});

describe("the HTML page", () => {
  const html = renderReportHtml(report, { retentionDays: 90 });

  it("is self-contained: no script, no external resource, and a policy that forbids them", () => {
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<(?:script|link|img|iframe|object|embed)\b|\s(?:src|href)="/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it("escapes what people typed", () => {
    expect(html).not.toContain(HOSTILE);
    expect(html).toContain("&lt;script&gt;document.body.setAttribute(&quot;data-pwned&quot;");
  });

  it("has the chart, one line per language and one for all, and the tables", () => {
    expect(html).toContain('<svg id="chart"');
    for (const series of ["all", "be", "ru", "en"]) expect(html).toContain(`class="series-${series}"`);
    for (const table of ["per-language", "declined", "disliked", "per-day"])
      expect(html).toContain(`<table id="${table}"`);
  });
});

describe("npm run report", () => {
  it("reads the files under SESSION_DIR, prints the report and writes the page, readable by its user alone", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "feedback"), { recursive: true });
    // The fixture moved to end today, so that it is inside the retention whatever day the test runs.
    const shift = Math.round(
      (Date.parse(`${dayOf(Date.now())}T00:00:00Z`) - Date.parse(`${PERIOD.to}T00:00:00Z`)) / 86_400_000,
    );
    const moved = fixture().map((entry) => ({
      ...entry,
      day: dayOf(Date.parse(`${entry.day}T00:00:00Z`) + shift * 86_400_000),
    }));
    writeFileSync(
      join(dir, "feedback", "feedback.jsonl"),
      moved.map((entry) => JSON.stringify(entry)).join("\n") + "\n",
    );
    const page = join(dir, "report.html");
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "src/cli/report.ts", "--days", "7", "--html", page],
      {
        env: { ...process.env, SESSION_DIR: dir, REDIS_URL: "", FEEDBACK: "", FEEDBACK_RETENTION_DAYS: "" },
        timeout: 30_000,
      },
    );
    expect(stdout).toContain("Questions: 18; answered 5 (28%)");
    expect(stdout).toContain("“What is the weather in Minsk?”");
    expect(stdout).toContain(`The same as a page: ${page}`);
    expect(readFileSync(page, "utf8")).toContain('<svg id="chart"');
    expect(statSync(page).mode & 0o777).toBe(0o600);
  });

  it("refuses a bad option with its usage", async () => {
    const run = promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "src/cli/report.ts", "--days", "soon"],
      {
        env: { ...process.env, SESSION_DIR: tempDir() },
      },
    );
    const failure = (await run.then(
      () => undefined,
      (error: unknown) => error,
    )) as { code?: number; stderr?: string } | undefined;
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toContain("--days must be a whole number");
  });
});

describe("the page for a period with nothing, or one day", () => {
  it("still draws its chart and tables", () => {
    for (const period of [PERIOD, { from: "2026-12-01", to: "2026-12-01" }]) {
      const page = renderReportHtml(buildReport([], period));
      expect(page).toContain('<svg id="chart"');
      expect(page).toContain('<table id="per-language"');
      expect(page).not.toContain("NaN");
    }
    const oneDay = renderReportHtml(buildReport(fixture(), { from: "2026-11-27", to: "2026-11-27", kb }));
    expect(oneDay).toMatch(/<circle cx="[\d.]+" cy="[\d.]+"/);
    expect(oneDay).not.toContain("NaN");
  });
});
