/**
 * The report as one self-contained HTML page: a chart of the share answered per day (inline
 * SVG, one line per language and a thicker one for all), then the tables of the text report.
 * No script, no font, no image, nothing fetched: the Content-Security-Policy forbids all of it,
 * so even a question written as HTML could do nothing, and every text is escaped anyway.
 */
import { LANGS, type Lang } from "../langs.js";
import { percent, type DayRow, type Report, type Tally } from "./report.js";
import { nextSteps, type Hints } from "./report-text.js";

const COLORS: Record<Lang | "all", string> = { all: "#222222", be: "#c8102e", ru: "#1f6fb2", en: "#2e8540" };
const LANG_NAMES: Record<Lang, string> = { be: "Belarusian", ru: "Russian", en: "English" };

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!,
  );
}
const e = escapeHtml;

export function renderReportHtml(report: Report, hints: Hints = {}): string {
  const { totals } = report;
  const title = `Feedback report ${report.from} … ${report.to}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${e(title)}</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #222; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #ddd; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.muted { color: #666; } code { background: #f3f3f3; padding: 0 .2rem; word-break: break-all; }
.legend span { display: inline-block; margin-right: 1rem; } .swatch { display: inline-block; width: 1rem; height: .25rem; vertical-align: middle; margin-right: .3rem; }
svg { max-width: 100%; height: auto; }
</style>
</head>
<body>
<h1>${e(title)}</h1>
<p id="totals">${totals.questions} questions: ${totals.answered} answered (${percent(totals)}), ${totals.declined} declined; votes 👍 ${totals.up}, 👎 ${totals.down}.${
    hints.retentionDays ? ` <span class="muted">Entries are kept ${hints.retentionDays} days.</span>` : ""
  }</p>
<h2>Answered share per day</h2>
${chart(report.perDay)}
<h2>Per language</h2>
<table id="per-language">
<thead><tr><th>Language</th><th class="n">Questions</th><th class="n">Answered</th><th class="n">Share</th></tr></thead>
<tbody>
${LANGS.map((lang) => row([LANG_NAMES[lang], ...numbers(report.perLang[lang])])).join("\n")}
</tbody>
</table>
<h2>Declined questions, grouped by wording</h2>
${declinedTable(report, hints)}
<h2>Answers with the most 👎</h2>
${dislikedTable(report)}
<h2>Per day</h2>
<table id="per-day">
<thead><tr><th>Day</th><th class="n">All</th>${LANGS.map((lang) => `<th class="n">${lang}</th>`).join("")}</tr></thead>
<tbody>
${report.perDay
  .filter((day) => day.questions > 0)
  .map(
    (day) =>
      `<tr><td>${e(day.day)}</td>${[day, ...LANGS.map((lang) => day.byLang[lang])]
        .map(
          (tally) => `<td class="n">${percent(tally)} <span class="muted">(${tally.questions})</span></td>`,
        )
        .join("")}</tr>`,
  )
  .join("\n")}
</tbody>
</table>
</body>
</html>
`;
}

function numbers(tally: Tally): string[] {
  return [String(tally.questions), String(tally.answered), percent(tally)];
}

function row(cells: string[]): string {
  return `<tr><td>${e(cells[0]!)}</td>${cells
    .slice(1)
    .map((cell) => `<td class="n">${e(cell)}</td>`)
    .join("")}</tr>`;
}

function declinedTable(report: Report, hints: Hints): string {
  if (report.declined.length === 0) return `<p class="muted" id="declined">None.</p>`;
  const rows = report.declined.map((group) => {
    const [top, ...others] = group.wordings;
    const wordings = [
      `<strong>${e(top!.text)}</strong>`,
      ...others.map((wording) => `${e(wording.text)} <span class="muted">×${wording.count}</span>`),
    ].join("<br>");
    const closest = group.nowAnswered
      ? `now answered by <code>${e(group.nowAnswered.id)}</code> ${e(group.nowAnswered.title)}`
      : group.closest
          .map(
            (fact) => `<code>${e(fact.id)}</code> ${e(fact.title)} <span class="muted">×${fact.count}</span>`,
          )
          .join("<br>");
    const steps = nextSteps(group, hints)
      .map((step) => `<code>${e(step)}</code>`)
      .join("<br>");
    return `<tr><td class="n">${group.count}</td><td>${wordings}</td><td>${e(group.langs.join(", "))}</td><td>${e(
      group.words.join(", "),
    )}</td><td>${closest}</td><td>${steps}</td></tr>`;
  });
  const more =
    report.moreDeclined > 0 ? `<p class="muted">… and ${report.moreDeclined} smaller groups.</p>` : "";
  return `<table id="declined">
<thead><tr><th class="n">Count</th><th>Wordings</th><th>Lang</th><th>Shared words</th><th>Closest facts</th><th>Next step</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>${more}`;
}

function dislikedTable(report: Report): string {
  if (report.disliked.length === 0) return `<p class="muted" id="disliked">None.</p>`;
  return `<table id="disliked">
<thead><tr><th>Fact</th><th class="n">👎</th><th class="n">👍</th><th class="n">Answered</th><th>Questions with 👎</th></tr></thead>
<tbody>
${report.disliked
  .map(
    (fact) =>
      `<tr><td><code>${e(fact.id)}</code> ${e(fact.title)}</td><td class="n">${fact.down}</td><td class="n">${fact.up}</td><td class="n">${fact.answered}</td><td>${fact.examples
        .map(e)
        .join("<br>")}</td></tr>`,
  )
  .join("\n")}
</tbody>
</table>`;
}

/** A line chart of the answered share per day: x the days of the period, y 0–100 %. */
export function chart(days: readonly DayRow[]): string {
  const width = 720;
  const height = 260;
  const pad = { left: 44, right: 16, top: 12, bottom: 34 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const x = (i: number) => pad.left + (days.length <= 1 ? plotW / 2 : (i * plotW) / (days.length - 1));
  const y = (share: number) => pad.top + plotH * (1 - share);
  const grid = [0, 0.25, 0.5, 0.75, 1]
    .map(
      (share) =>
        `<line x1="${pad.left}" x2="${width - pad.right}" y1="${y(share)}" y2="${y(share)}" stroke="#ddd"/>` +
        `<text x="${pad.left - 6}" y="${y(share) + 4}" text-anchor="end" font-size="11" fill="#666">${share * 100}%</text>`,
    )
    .join("\n");
  const labelAt = [...new Set([0, Math.floor((days.length - 1) / 2), days.length - 1])].filter((i) => i >= 0);
  const labels = labelAt
    .map(
      (i) =>
        `<text x="${x(i)}" y="${height - 12}" text-anchor="${
          days.length === 1 ? "middle" : i === 0 ? "start" : i === days.length - 1 ? "end" : "middle"
        }" font-size="11" fill="#666">${e(days[i]!.day)}</text>`,
    )
    .join("\n");
  const series = (["all", ...LANGS] as const).map((key) => {
    const tallies = days.map((day) => (key === "all" ? day : day.byLang[key]));
    // A day without questions breaks the line rather than drawing it through 0 %.
    const segments: string[][] = [];
    let current: string[] = [];
    const dots: string[] = [];
    tallies.forEach((tally, i) => {
      if (tally.questions === 0) {
        if (current.length > 0) segments.push(current);
        current = [];
        return;
      }
      const point = `${x(i).toFixed(1)},${y(tally.answered / tally.questions).toFixed(1)}`;
      current.push(point);
      dots.push(
        `<circle cx="${x(i).toFixed(1)}" cy="${y(tally.answered / tally.questions).toFixed(1)}" r="${key === "all" ? 3 : 2}" fill="${COLORS[key]}"><title>${e(
          `${days[i]!.day} ${key}: ${percent(tally)} of ${tally.questions}`,
        )}</title></circle>`,
      );
    });
    if (current.length > 0) segments.push(current);
    const lines = segments
      .map(
        (points) =>
          `<polyline class="series-${key}" points="${points.join(" ")}" fill="none" stroke="${COLORS[key]}" stroke-width="${
            key === "all" ? 3 : 1.5
          }"/>`,
      )
      .join("\n");
    return `<g data-series="${key}">${lines}${dots.join("")}</g>`;
  });
  const legend = (["all", ...LANGS] as const)
    .map(
      (key) =>
        `<span><i class="swatch" style="background:${COLORS[key]}"></i>${key === "all" ? "all languages" : LANG_NAMES[key]}</span>`,
    )
    .join("");
  return `<figure>
<svg id="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Share of questions answered per day">
${grid}
${labels}
${series.join("\n")}
</svg>
<figcaption class="legend">${legend}</figcaption>
</figure>`;
}
