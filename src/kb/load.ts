/**
 * The one loader of the knowledge base, used by the bot, the CLI, the tests and `kb:check`.
 * It reads everything, collects every problem it finds (file, fact id, what is wrong) and only
 * then either returns a complete knowledge base or throws them all at once.
 */
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { LANGS, type Lang } from "../langs.js";
import { formatMessage, listFiles, readLocales, type LocaleSet } from "./locales.js";
import { factSchema, sourceSchema, type FactRecord, type SourceRecord } from "./schema.js";
import type { Fact, FactText, KbProblem, KnowledgeBase, Source, Translate } from "./types.js";

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** A short answer: a few sentences a person reads at a glance, never a wall of text. */
export const MAX_ANSWER_LENGTH = 500;
export const MAX_TITLE_LENGTH = 90;

const ISOLATION_MARKS = /[\u2068\u2069]/;

export class KnowledgeBaseError extends Error {
  constructor(readonly problems: KbProblem[]) {
    super(`The knowledge base has ${problems.length} problem(s):\n${problems.map(formatProblem).join("\n")}`);
    this.name = "KnowledgeBaseError";
  }
}

export function formatProblem(problem: KbProblem): string {
  return `${problem.file}: ${problem.id ? `${problem.id}: ` : ""}${problem.message}`;
}

/** Loads and validates; throws a KnowledgeBaseError listing every problem. */
export function loadKnowledgeBase(root: string = PROJECT_ROOT): KnowledgeBase {
  const { kb, problems } = inspectKnowledgeBase(root);
  if (!kb) throw new KnowledgeBaseError(problems);
  return kb;
}

/** Loads and validates without throwing: the knowledge base only when there is no problem. */
export function inspectKnowledgeBase(root: string = PROJECT_ROOT): {
  kb?: KnowledgeBase;
  problems: KbProblem[];
} {
  const problems: KbProblem[] = [];
  const sourceFiles = readRecords(root, "data/sources", sourceSchema, problems);
  const factFiles = readRecords(root, "data/facts", factSchema, problems);
  const locales = readLocales(root, problems);
  checkSameMessagesInEveryLanguage(locales, problems);

  const t = translator(locales);
  const sources = new Map<string, Source>();
  for (const { record, file } of sourceFiles.records) {
    const title = textIn(locales, `source-${record.id}`, file, record.id, problems);
    if (title) sources.set(record.id, toSource(record, title));
  }
  const references: References = {
    source: (id) => sources.has(id) || sourceFiles.mentions(id),
    fact: (id) => factFiles.mentions(id),
  };
  const facts: Fact[] = [];
  for (const { record, file } of factFiles.records) {
    const fact = toFact(record, file, locales, sources, references, problems);
    if (fact) facts.push(fact);
  }
  checkNoOrphanFactMessages(locales, references, problems);
  checkInterfaceStrings(locales, problems);

  if (problems.length > 0) return { problems };
  const byId = new Map(facts.map((fact) => [fact.id, fact]));
  return {
    kb: { facts, byId, sources: [...sources.values()], localeSources: locales.sources, t },
    problems,
  };
}

interface Located<T> {
  record: T;
  file: string;
}

interface RecordFiles<T> {
  records: Located<T>[];
  /**
   * Whether an id may be referred to without a second complaint: it is valid, or its own
   * record was already reported broken, or a whole file could not be read (its ids are unknown).
   * One broken file then gives one problem, not one for every fact that cites it.
   */
  mentions(id: string): boolean;
}

/** Whether ids referred to elsewhere exist (see RecordFiles.mentions). */
interface References {
  source(id: string): boolean;
  fact(id: string): boolean;
}

/** Reads every JSON array in a folder and validates each element against its schema. */
function readRecords<S extends z.ZodType<{ id: string }>>(
  root: string,
  folder: string,
  schema: S,
  problems: KbProblem[],
): RecordFiles<z.infer<S>> {
  const out: Located<z.infer<S>>[] = [];
  const seen = new Map<string, string>();
  const mentioned = new Set<string>();
  let unreadable = false;
  const dir = join(root, folder);
  for (const name of listFiles(dir, ".json", root, problems)) {
    const file = relative(root, join(dir, name));
    let items: unknown;
    try {
      items = JSON.parse(readFileSync(join(dir, name), "utf8"));
    } catch (error) {
      problems.push({ file, message: `invalid JSON: ${(error as Error).message}` });
      unreadable = true;
      continue;
    }
    if (!Array.isArray(items)) {
      problems.push({ file, message: "must contain a JSON array" });
      unreadable = true;
      continue;
    }
    items.forEach((item: unknown, index) => {
      const rawId = (item as { id?: unknown } | null)?.id;
      const label = typeof rawId === "string" ? rawId : `item ${index}`;
      if (typeof rawId === "string") mentioned.add(rawId);
      const parsed = schema.safeParse(item);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = issue.path.join(".") || "(item)";
          problems.push({ file, id: label, message: `${field} ${issue.message}` });
        }
        return;
      }
      const earlier = seen.get(parsed.data.id);
      if (earlier) {
        problems.push({ file, id: parsed.data.id, message: `duplicate id, also in ${earlier}` });
        return;
      }
      seen.set(parsed.data.id, file);
      out.push({ record: parsed.data, file });
    });
  }
  return { records: out, mentions: (id) => unreadable || mentioned.has(id) };
}

/** A message or attribute present in one language must be present in all of them. */
function checkSameMessagesInEveryLanguage(locales: LocaleSet, problems: KbProblem[]) {
  const allIds = new Set(LANGS.flatMap((lang) => [...locales.messages[lang].keys()]));
  for (const id of [...allIds].sort()) {
    const present = LANGS.filter((lang) => locales.messages[lang].has(id));
    for (const lang of LANGS) {
      const info = locales.messages[lang].get(id);
      if (!info) {
        const where = locales.messages[present[0]!].get(id)!.file;
        problems.push({
          file: `locales/${lang}/`,
          id,
          message: `message missing in ${lang} (defined in ${where})`,
        });
        continue;
      }
      for (const other of present) {
        const theirs = locales.messages[other].get(id)!;
        for (const attribute of theirs.attributes.filter((a) => !info.attributes.includes(a)))
          problems.push({ file: info.file, id, message: `attribute .${attribute} missing in ${lang}` });
      }
    }
  }
}

function toSource(record: SourceRecord, title: Record<Lang, string>): Source {
  return { ...record, localized: record.localized ?? {}, title };
}

function toFact(
  record: FactRecord,
  file: string,
  locales: LocaleSet,
  sources: ReadonlyMap<string, Source>,
  references: References,
  problems: KbProblem[],
): Fact | undefined {
  const before = problems.length;
  const id = record.id;
  for (const sourceId of record.sources)
    if (!references.source(sourceId)) problems.push({ file, id, message: `unknown source id "${sourceId}"` });
  for (const relatedId of record.related) {
    if (relatedId === id) problems.push({ file, id, message: "is related to itself" });
    else if (!references.fact(relatedId))
      problems.push({ file, id, message: `unknown related fact "${relatedId}"` });
  }
  const text = {} as Record<Lang, FactText>;
  for (const lang of LANGS) {
    const wording = factText(locales, lang, record, problems);
    if (wording) text[lang] = wording;
  }
  if (problems.length > before) return undefined;
  return { ...record, sources: record.sources.flatMap((sourceId) => sources.get(sourceId) ?? []), text };
}

function factText(
  locales: LocaleSet,
  lang: Lang,
  record: FactRecord,
  problems: KbProblem[],
): FactText | undefined {
  const key = `fact-${record.id}`;
  const info = locales.messages[lang].get(key);
  const file = info?.file ?? `locales/${lang}/`;
  const report = (message: string) => problems.push({ file, id: record.id, message });
  if (!info) return void report(`no message ${key} in ${lang}`);
  const read = (part: string) => {
    const errors: Error[] = [];
    const value = formatMessage(locales.bundles[lang], part, undefined, errors)?.trim();
    for (const error of errors) report(`${part}: ${error.message}`);
    if (value && ISOLATION_MARKS.test(value)) report(`${part} renders with Fluent isolation marks`);
    return value;
  };
  const answer = read(key);
  const title = read(`${key}.title`);
  const keywords = read(`${key}.keywords`);
  const questions = read(`${key}.questions`);
  const unanswered = read(`${key}.unanswered`);
  const short = read(`${key}.short`);
  if (!answer) report(`${key} has no answer text in ${lang}`);
  if (!title) report(`${key}.title is missing in ${lang}`);
  if (!keywords) report(`${key}.keywords is missing in ${lang}`);
  if (!answer || !title || !keywords) return undefined;
  if (answer.length > MAX_ANSWER_LENGTH)
    report(`${key} answer is ${answer.length} characters in ${lang}, over ${MAX_ANSWER_LENGTH}`);
  if (title.length > MAX_TITLE_LENGTH)
    report(`${key}.title is ${title.length} characters in ${lang}, over ${MAX_TITLE_LENGTH}`);
  const year = record.date?.slice(0, 4);
  if (year && !answer.includes(year)) report(`${key} answer in ${lang} does not state the year ${year}`);
  return {
    answer,
    title,
    keywords: keywords
      .split(",")
      .map((word) => word.trim())
      .filter(Boolean),
    questions: lines(questions),
    unanswered: lines(unanswered),
    ...(short && { short }),
  };
}

/** The lines of a multiline attribute, trimmed, without empty ones. */
const lines = (value: string | undefined) =>
  (value ?? "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

function textIn(
  locales: LocaleSet,
  key: string,
  file: string,
  id: string,
  problems: KbProblem[],
): Record<Lang, string> | undefined {
  const out = {} as Record<Lang, string>;
  for (const lang of LANGS) {
    const value = formatMessage(locales.bundles[lang], key, undefined, [])?.trim();
    if (!value) problems.push({ file, id, message: `no title ${key} in locales/${lang}` });
    else out[lang] = value;
  }
  return Object.keys(out).length === LANGS.length ? out : undefined;
}

function checkNoOrphanFactMessages(locales: LocaleSet, references: References, problems: KbProblem[]) {
  for (const lang of LANGS)
    for (const [key, info] of locales.messages[lang])
      if (key.startsWith("fact-") && !references.fact(key.slice(5)))
        problems.push({ file: info.file, id: key, message: "no fact with this id in data/facts" });
}

/** Interface strings must render cleanly, with sample values for their variables. */
function checkInterfaceStrings(locales: LocaleSet, problems: KbProblem[]) {
  for (const lang of LANGS)
    for (const [key, info] of locales.messages[lang]) {
      if (key.startsWith("fact-") || key.startsWith("source-")) continue;
      const args = Object.fromEntries(info.variables.map((name) => [name, 1]));
      for (const part of [...(info.hasValue ? [key] : []), ...info.attributes.map((a) => `${key}.${a}`)]) {
        const errors: Error[] = [];
        const value = formatMessage(locales.bundles[lang], part, args, errors) ?? "";
        for (const error of errors) problems.push({ file: info.file, id: part, message: error.message });
        if (ISOLATION_MARKS.test(value))
          problems.push({ file: info.file, id: part, message: "renders with Fluent isolation marks" });
      }
    }
}

/** Interface strings never throw at run time: a missing key renders as the key itself. */
function translator(locales: LocaleSet): Translate {
  return (lang, key, args) => formatMessage(locales.bundles[lang], key, args, []) ?? key;
}
