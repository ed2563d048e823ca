/**
 * The compiled production start: on a copy of the project, `npm start`'s launcher compiles
 * src/ to dist/ on the first start (JSON files the sources import included), answers a question
 * with plain node, starts without compiling the next time, and compiles again after a source
 * changes. The Docker image runs the same dist/main.js.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/kb/load.js";

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "bot-build-"));
  for (const entry of [
    "src",
    "data",
    "locales",
    "scripts",
    "package.json",
    "tsconfig.json",
    "tsconfig.build.json",
  ])
    cpSync(join(PROJECT_ROOT, entry), join(root, entry), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, "node_modules"), join(root, "node_modules"), "dir");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** `npm start` as package.json runs it, offline, with one question on stdin. */
function start() {
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? root,
    DEFAULT_LANG: "en",
    LOG_LEVEL: "error",
  };
  return spawnSync(process.execPath, ["--max-semi-space-size=2", "scripts/start.js"], {
    cwd: root,
    env,
    input: "When was the Contact Group created?\n",
    encoding: "utf8",
    timeout: 90_000,
  });
}

describe("npm start on a fresh copy", () => {
  it("compiles to dist/ once, then runs it with plain node", { timeout: 180_000 }, () => {
    const first = start();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toContain("Compiling the bot (npm run build)");
    expect(first.stdout).toMatch(/Contact Group/);
    expect(existsSync(join(root, "dist", "main.js"))).toBe(true);
    // Every JSON file src/ imports reaches dist/ (the language model, the lead's decision model…).
    const jsonInSrc = readdirSync(join(root, "src", "search")).filter((name) => name.endsWith(".json"));
    expect(jsonInSrc).toContain("detect-lang-model.json");
    for (const name of jsonInSrc) expect(existsSync(join(root, "dist", "search", name)), name).toBe(true);

    const second = start();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stderr).not.toContain("Compiling");
    expect(second.stdout).toBe(first.stdout);

    const later = (Date.now() + 5_000) / 1000;
    utimesSync(join(root, "src", "langs.ts"), later, later);
    const third = start();
    expect(third.status, third.stderr).toBe(0);
    expect(third.stderr).toContain("Compiling the bot");
  });
});
