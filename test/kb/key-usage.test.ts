import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { checkKeyUsage } from "../../src/kb/key-usage.js";
import { PROJECT_ROOT } from "../../src/kb/load.js";
import { validFixture, writeFixture, type FixtureFiles } from "../support/kb-fixture.js";

/** The fixture defines `hello` in every language; `src` is the code to check against it. */
function problemsWith(src: FixtureFiles) {
  const files = { ...validFixture(), ...src };
  for (const lang of ["be", "ru", "en"]) files[`locales/${lang}/bot.ftl`] += "hello-again = Hi again\n";
  return checkKeyUsage(writeFixture(files)).map((p) => `${p.file}: ${p.id}: ${p.message}`);
}

describe("the check that code and locale files agree on the interface strings", () => {
  it("accepts keys written out, in a call or in a typed map, and ignores fact and source keys", () => {
    expect(
      problemsWith({
        "src/reply.ts": 'const text = t("hello");\nconst KEY = { again: "hello-again" } as const;\n',
      }),
    ).toEqual([]);
  });

  it("reports a key defined in the locale files that no code uses, naming its file", () => {
    expect(problemsWith({ "src/reply.ts": 't("hello");\n' })).toEqual([
      "locales/be/bot.ftl: hello-again: defined but never used in src/ (write the key out where it is used)",
    ]);
  });

  it("reports a key the code uses that no locale file defines, with its file and line", () => {
    expect(
      problemsWith({ "src/bot/reply.ts": 't("hello");\nt("hello-again");\nt("hello-there");\n' }),
    ).toEqual(["src/bot/reply.ts:3: hello-there: used but not defined in locales/<lang>/*.ftl"]);
  });

  it("does not count a key built at run time, or one only mentioned in a comment", () => {
    expect(
      problemsWith({ "src/reply.ts": 't("hello");\n// t("hello-again")\nt(`hello-${"again".slice(0)}`);\n' }),
    ).toEqual([
      "locales/be/bot.ftl: hello-again: defined but never used in src/ (write the key out where it is used)",
    ]);
  });

  it("takes kebab-case strings that start no key family for what they are: not keys", () => {
    expect(
      problemsWith({ "src/reply.ts": 't("hello"); t("hello-again"); const id = "contact-group";\n' }),
    ).toEqual([]);
  });

  it("passes for the shipped code and locale files, and kb:check says so", () => {
    expect(checkKeyUsage(PROJECT_ROOT)).toEqual([]);
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/kb-check.ts"], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
  });
});
