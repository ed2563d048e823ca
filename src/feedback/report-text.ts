/**
 * The report as text for the terminal, and the steps it suggests: for each declined group, the
 * command that shows why it is declined, and where to add a fact or keywords.
 */
import { LANGS } from "../langs.js";
import { percent, type DeclinedGroup, type Report } from "./report.js";

export interface Hints {
  /** The topic file a fact lives in ("membership" for data/facts/membership.json), when known. */
  topicOf?: (factId: string) => string | undefined;
  /** Days entries are kept, for the header. */
  retentionDays?: number;
}

/** A question as a shell argument, in single quotes: safe to paste whatever it holds. */
export function shellQuoted(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** What to do about one declined group, as lines of shell and plain words. */
export function nextSteps(group: DeclinedGroup, hints: Hints = {}): string[] {
  const top = group.wordings[0]!.text;
  const lang = group.langs[0] ?? "en";
  const steps = [`npm run ask -- --explain ${shellQuoted(top)}`];
  if (group.nowAnswered) return [...steps, `(now answered by ${group.nowAnswered.id}: nothing to add)`];
  const near = group.closest[0];
  const topic = near && hints.topicOf?.(near.id);
  if (near && topic)
    steps.push(
      `if ${near.id} answers it: add the words people use to the .keywords of fact-${near.id} in locales/{be,ru,en}/facts-${topic}.ftl`,
    );
  steps.push(
    `if no fact answers it: add one to data/facts/<topic>.json and its message fact-<id> to locales/{be,ru,en}/facts-<topic>.ftl (asked in ${lang})`,
    "then: npm run kb:check && npx vitest run test/search",
  );
  return steps;
}

export function renderReportText(report: Report, hints: Hints = {}): string {
  const { totals } = report;
  const lines: string[] = [];
  const share = (n: number) =>
    totals.questions === 0 ? "—" : `${Math.round((100 * n) / totals.questions)}%`;
  lines.push(
    `Feedback report ${report.from} … ${report.to}` +
      (hints.retentionDays ? ` (entries are kept ${hints.retentionDays} days)` : ""),
    "",
    `Questions: ${totals.questions}; answered ${totals.answered} (${share(totals.answered)}), ` +
      `declined ${totals.declined} (${share(totals.declined)}); votes: 👍 ${totals.up}, 👎 ${totals.down}`,
  );
  if (totals.questions === 0) {
    lines.push(
      "",
      "Nothing was recorded in this period (is FEEDBACK off, or the period before the first question?).",
    );
    return lines.join("\n") + "\n";
  }

  lines.push("", "Answered, per language:");
  for (const lang of LANGS) {
    const tally = report.perLang[lang];
    lines.push(
      `  ${lang}  ${String(tally.questions).padStart(6)} questions  ${percent(tally).padStart(4)} answered`,
    );
  }

  lines.push("", "Answered, per day (questions in brackets):");
  for (const row of report.perDay) {
    if (row.questions === 0) continue;
    const parts = LANGS.map(
      (lang) => `${lang} ${percent(row.byLang[lang]).padStart(4)} (${row.byLang[lang].questions})`,
    );
    lines.push(`  ${row.day}  all ${percent(row).padStart(4)} (${row.questions})   ${parts.join("  ")}`);
  }

  lines.push("", `Declined questions, grouped by wording (${totals.declined} in all, most asked first):`);
  if (report.declined.length === 0) lines.push("  none");
  report.declined.forEach((group, i) => {
    const [top, ...others] = group.wordings;
    lines.push(`  ${i + 1}. ×${group.count}  “${top!.text}”  [${group.langs.join(", ")}]`);
    if (others.length > 0)
      lines.push(`       also: ${others.map((wording) => `“${wording.text}” ×${wording.count}`).join("; ")}`);
    if (group.words.length > 0) lines.push(`       words: ${group.words.join(", ")}`);
    if (group.closest.length > 0)
      lines.push(
        `       closest facts: ${group.closest.map((fact) => `${fact.id} (“${fact.title}”) ×${fact.count}`).join("; ")}`,
      );
    if (group.nowAnswered)
      lines.push(`       now answered by ${group.nowAnswered.id} (“${group.nowAnswered.title}”)`);
  });
  if (report.moreDeclined > 0)
    lines.push(`  … and ${report.moreDeclined} smaller groups (see the HTML page)`);

  lines.push("", "Answers with the most 👎:");
  if (report.disliked.length === 0) lines.push("  none");
  report.disliked.forEach((fact, i) => {
    lines.push(
      `  ${i + 1}. ${fact.id} (“${fact.title}”): 👎 ${fact.down}, 👍 ${fact.up}, answered ${fact.answered}×`,
    );
    for (const example of fact.examples) lines.push(`       👎 after “${example}”`);
  });

  const todo = report.declined.filter((group) => !group.nowAnswered).slice(0, 3);
  if (todo.length > 0) {
    lines.push("", "What to add next (the largest declined groups):");
    for (const group of todo) {
      lines.push(`  “${group.wordings[0]!.text}” (×${group.count}):`);
      for (const step of nextSteps(group, hints)) lines.push(`    ${step}`);
    }
  }
  if (report.disliked.length > 0)
    lines.push(
      "",
      `For an answer with many 👎, check its text and sources: npm run ask -- --explain ${shellQuoted(report.disliked[0]!.examples[0] ?? report.disliked[0]!.title)}`,
    );
  return lines.join("\n") + "\n";
}
