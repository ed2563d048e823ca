/**
 * The report page as a maintainer opens it: rendered by headless Chromium (Debian's `chromium`),
 * which must show the chart (its lines drawn in their colours) and the tables, and must not run
 * anything a question smuggled in. Skipped, and said so, without Chromium, unless CI is set.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderReportHtml } from "../../src/feedback/report-html.js";
import { buildReport } from "../../src/feedback/report.js";
import { loadKnowledgeBase } from "../../src/kb/load.js";
import { chromium, CHROMIUM, CHROMIUM_SKIP_NOTE, countColor, readPng } from "./chromium.js";
import { fixture, PERIOD } from "./fixture.js";
import { useTempDir } from "./support.js";

/** CI (or REQUIRE_CHROMIUM=1, as .ci/run sets it) must have Chromium: there a missing one fails. */
const required = !!process.env.CI || process.env.REQUIRE_CHROMIUM === "1";
const available = CHROMIUM !== undefined || required;
if (!available) console.warn(`Skipping: ${CHROMIUM_SKIP_NOTE}`);
const tempDir = useTempDir("feedback-page-");

describe.skipIf(!available)("the report page in headless Chromium", () => {
  const kb = loadKnowledgeBase();
  const page = () => {
    const file = join(tempDir(), "report.html");
    writeFileSync(file, renderReportHtml(buildReport(fixture(), { ...PERIOD, kb }), { retentionDays: 90 }));
    return file;
  };

  it(
    "parses into the chart and the tables, and runs nothing a question brought",
    { timeout: 90_000 },
    async () => {
      const dom = await chromium(page(), ["--dump-dom", "--virtual-time-budget=2000"]);
      expect(dom).toMatch(/<svg id="chart"[^>]*>/);
      for (const series of ["all", "be", "ru", "en"]) expect(dom).toContain(`class="series-${series}"`);
      expect(dom.match(/<table id="declined">[\s\S]*?<\/table>/)?.[0].match(/<tr>/g)).toHaveLength(1 + 6);
      expect(dom).toContain('<table id="disliked">');
      expect(dom).toContain('<table id="per-language">');
      // The hostile question is text: no element made from it, nothing it tried to do.
      expect(dom).not.toMatch(/<body[^>]*data-pwned/);
      expect(dom).not.toMatch(/<title>pwned/);
      expect(dom).toContain("&lt;script&gt;document.body.setAttribute");
      expect(dom).not.toMatch(/<img\b/);
    },
  );

  it("draws the chart: its lines appear in their colours in a screenshot", { timeout: 90_000 }, async () => {
    const file = page();
    const shot = join(file, "..", "shot.png");
    await chromium(file, [`--screenshot=${shot}`, "--window-size=1000,900"]);
    const image = readPng(shot);
    expect(image.width).toBe(1000);
    // The thick line of all languages, and the Belarusian, Russian and English ones.
    for (const color of ["#222222", "#c8102e", "#1f6fb2", "#2e8540"])
      expect(countColor(image, color, 60), color).toBeGreaterThan(30);
  });
});
