/**
 * Reads locales/<lang>/*.ftl: reports Fluent syntax errors with file and line, and builds one
 * FluentBundle per language with the options the bot uses (no isolation marks: they break links).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { parse, type Pattern } from "@fluent/syntax";
import { LANGS, type Lang } from "../langs.js";
import type { KbProblem } from "./types.js";

/** Where a message was found and what it carries, for cross-language checks. */
export interface MessageInfo {
  file: string;
  hasValue: boolean;
  attributes: string[];
  variables: string[];
}

export interface LocaleSet {
  bundles: Record<Lang, FluentBundle>;
  messages: Record<Lang, Map<string, MessageInfo>>;
  sources: Record<Lang, string>;
}

export const BUNDLE_OPTIONS = { useIsolating: false } as const;

export function readLocales(root: string, problems: KbProblem[]): LocaleSet {
  const bundles = {} as Record<Lang, FluentBundle>;
  const messages = {} as Record<Lang, Map<string, MessageInfo>>;
  const sources = {} as Record<Lang, string>;
  for (const lang of LANGS) {
    const dir = join(root, "locales", lang);
    const bundle = new FluentBundle(lang, BUNDLE_OPTIONS);
    const seen = new Map<string, MessageInfo>();
    const texts: string[] = [];
    for (const name of listFiles(dir, ".ftl", root, problems)) {
      const path = join(dir, name);
      const file = relative(root, path);
      let text: string;
      try {
        text = readFileSync(path, "utf8");
      } catch (error) {
        problems.push({
          file,
          message: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        });
        continue;
      }
      texts.push(text);
      collectMessages(text, file, seen, problems);
      bundle.addResource(new FluentResource(text), { allowOverrides: true });
    }
    bundles[lang] = bundle;
    messages[lang] = seen;
    sources[lang] = texts.join("\n");
  }
  return { bundles, messages, sources };
}

/** The files of one folder with the given ending, sorted; a missing folder is a problem. */
export function listFiles(dir: string, ending: string, root: string, problems: KbProblem[]): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith(ending))
      .sort();
  } catch {
    problems.push({ file: relative(root, dir) || dir, message: "folder is missing or unreadable" });
    return [];
  }
}

function collectMessages(text: string, file: string, seen: Map<string, MessageInfo>, problems: KbProblem[]) {
  const resource = parse(text, { withSpans: true });
  for (const entry of resource.body) {
    if (entry.type === "Junk") {
      const line = lineOf(text, entry.span?.start ?? 0);
      const why = entry.annotations.map((a) => a.message).join("; ") || "unparsable entry";
      problems.push({ file: `${file}:${line}`, message: `Fluent syntax error: ${why}` });
    } else if (entry.type === "Message") {
      const id = entry.id.name;
      const earlier = seen.get(id);
      if (earlier) {
        problems.push({ file, id, message: `duplicate message, also defined in ${earlier.file}` });
        continue;
      }
      const patterns = [entry.value, ...entry.attributes.map((a) => a.value)];
      seen.set(id, {
        file,
        hasValue: entry.value !== null,
        attributes: entry.attributes.map((a) => a.id.name).sort(),
        variables: [...new Set(patterns.flatMap(variablesOf))].sort(),
      });
    }
  }
}

function variablesOf(pattern: Pattern | null): string[] {
  if (!pattern) return [];
  const names: string[] = [];
  // Walk the placeables; a variable may sit inside a select expression's selector or variants.
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    const typed = node as { type?: string; id?: { name: string } };
    if (typed.type === "VariableReference" && typed.id) names.push(typed.id.name);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === "object") visit(value);
    }
  };
  visit(pattern);
  return names;
}

/** The 1-based line of `offset` in `text`. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Formats a message or attribute ("id" or "id.attr"); Fluent errors are appended to `errors`. */
export function formatMessage(
  bundle: FluentBundle,
  key: string,
  args: Record<string, string | number> | undefined,
  errors: Error[],
): string | undefined {
  const [id, attribute] = key.split(".", 2) as [string, string | undefined];
  const message = bundle.getMessage(id);
  const pattern = attribute ? message?.attributes[attribute] : message?.value;
  if (!pattern) return undefined;
  return bundle.formatPattern(pattern, args, errors);
}
