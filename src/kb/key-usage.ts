/**
 * Whether the code and the locale files agree on the interface strings: every key defined in
 * locales/ is used in src/, and every key src/ uses is defined. A key is used where it is
 * written out, as a string literal (a typed map where the key depends on a value, such as
 * `{ "in-force": "convention-status-in-force", … }`), so that a search for a key finds its code.
 * fact-* and source-* keys come from data/, not from the code, and are left out.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { LANGS } from "../langs.js";
import { lineOf, readLocales } from "./locales.js";
import type { KbProblem } from "./types.js";

/** What a Fluent key looks like: lower-case words joined by "-". */
const KEY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/**
 * Comments (skipped) and "…" or '…' literals. Template literals are read through, so a key
 * written inside `${…}` counts, and one built from pieces (`command-${name}`) does not.
 */
const LITERAL_OR_COMMENT = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|(["'])((?:\\.|(?!\1)[^\\\n])*)\1/g;
const FROM_DATA = ["fact-", "source-"];

/** The problems of `root` (src/ against locales/); none when it has no src/ (a data-only copy). */
export function checkKeyUsage(root: string): KbProblem[] {
  const sourceDir = join(root, "src");
  if (!isDirectory(sourceDir)) return [];
  const defined = readLocales(root, []).messages[LANGS[0]];
  const interfaceKeys = [...defined.keys()].filter(
    (key) => !FROM_DATA.some((prefix) => key.startsWith(prefix)),
  );
  // A literal is taken for a key only when its first word starts a defined key ("button-…"), so
  // that fact ids ("contact-group") and other kebab-case strings are not.
  const families = new Set(interfaceKeys.map((key) => key.split("-")[0]!));
  const used = new Set<string>();
  const problems: KbProblem[] = [];
  for (const file of typeScriptFiles(sourceDir)) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(LITERAL_OR_COMMENT)) {
      const literal = match[2];
      if (literal === undefined || !KEY.test(literal)) continue;
      used.add(literal);
      const looksLikeKey = literal.includes("-") && families.has(literal.split("-")[0]!);
      if (looksLikeKey && !defined.has(literal) && !FROM_DATA.some((prefix) => literal.startsWith(prefix)))
        problems.push({
          file: `${relative(root, file)}:${lineOf(text, match.index)}`,
          id: literal,
          message: "used but not defined in locales/<lang>/*.ftl",
        });
    }
  }
  for (const key of interfaceKeys)
    if (!used.has(key))
      problems.push({
        file: defined.get(key)!.file,
        id: key,
        message: "defined but never used in src/ (write the key out where it is used)",
      });
  return problems;
}

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return typeScriptFiles(path);
      return entry.name.endsWith(".ts") ? [path] : [];
    });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
