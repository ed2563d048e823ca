import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  inspectKnowledgeBase,
  loadKnowledgeBase,
  KnowledgeBaseError,
  PROJECT_ROOT,
} from "../../src/kb/load.js";
import type { KnowledgeBase } from "../../src/kb/types.js";
import { LANGS } from "../../src/langs.js";
import { validFixture, writeFixture, type FixtureFiles } from "../support/kb-fixture.js";

function problemsOf(change: (files: FixtureFiles) => void) {
  const files = validFixture();
  change(files);
  return inspectKnowledgeBase(writeFixture(files)).problems.map(
    (p) => `${p.file}: ${p.id ?? ""}: ${p.message}`,
  );
}

const facts = (list: object[]) => JSON.stringify(list);

describe("the knowledge-base check", () => {
  it("accepts a complete fixture and reads its wording in all three languages", () => {
    const kb = loadKnowledgeBase(writeFixture(validFixture()));
    expect(kb.facts).toHaveLength(1);
    expect(kb.byId.get("guest-1997")?.text.be.title).toBe("Статус госця");
    expect(kb.byId.get("guest-1997")?.sources[0]?.title.ru).toBe("МИД");
    expect(kb.t("en", "hello", { name: "Ann" })).toBe("Hello, Ann!");
  });

  it("names the language, file and fact when a message is missing in one language", () => {
    const problems = problemsOf((f) => (f["locales/ru/facts.ftl"] = "source-mfa = МИД\n"));
    expect(problems).toContainEqual(
      expect.stringMatching(/^locales\/ru\/: fact-guest-1997: message missing in ru/),
    );
  });

  it("names the attribute missing in one language", () => {
    const problems = problemsOf(
      (f) =>
        (f["locales/be/facts.ftl"] = "fact-guest-1997 = У 1997 годзе.\n    .title = Т\nsource-mfa = МЗС\n"),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^locales\/be\/facts\.ftl: fact-guest-1997: attribute \.keywords missing in be/),
    );
  });

  it("rejects a fact that cites an unknown source", () => {
    const problems = problemsOf(
      (f) =>
        (f["data/facts/membership.json"] = facts([
          { id: "guest-1997", kind: "event", date: "1997-01", sources: ["nowhere"] },
        ])),
    );
    expect(problems).toContainEqual('data/facts/membership.json: guest-1997: unknown source id "nowhere"');
  });

  it("rejects a fact without any source", () => {
    const problems = problemsOf(
      (f) => (f["data/facts/membership.json"] = facts([{ id: "guest-1997", kind: "event", sources: [] }])),
    );
    expect(problems).toContainEqual(
      "data/facts/membership.json: guest-1997: sources needs at least one source",
    );
  });

  it("rejects a duplicate id, even across files", () => {
    const problems = problemsOf(
      (f) => (f["data/facts/other.json"] = facts([{ id: "guest-1997", kind: "event", sources: ["mfa"] }])),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^data\/facts\/other\.json: guest-1997: duplicate id, also in data\/facts\/membership\.json/,
      ),
    );
  });

  it("rejects a source URL that is not https", () => {
    const problems = problemsOf(
      (f) =>
        (f["data/sources/core.json"] = JSON.stringify([
          { id: "mfa", url: "http://mfa.gov.by/en/", publisher: "MFA", lang: "en" },
        ])),
    );
    expect(problems).toContainEqual("data/sources/core.json: mfa: url must be an https:// URL");
  });

  it("reports a Fluent syntax error with its file and line", () => {
    const problems = problemsOf(
      (f) => (f["locales/en/bot.ftl"] = "hello = Hello, { $name }!\nbroken = { oops\n"),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^locales\/en\/bot\.ftl:2: : Fluent syntax error/));
  });

  it("rejects an id too long for callback data", () => {
    const id = "a-very-long-identifier-that-does-not-fit";
    const problems = problemsOf(
      (f) => (f["data/facts/membership.json"] = facts([{ id, kind: "event", sources: ["mfa"] }])),
    );
    expect(problems).toContainEqual(expect.stringContaining(`${id}: id is longer than 32 characters`));
  });

  it("rejects a message that renders with Fluent's isolation marks", () => {
    const problems = problemsOf(
      (f) => (f["locales/ru/bot.ftl"] = "hello = Привет, \u2068{ $name }\u2069!\n"),
    );
    expect(problems).toContainEqual("locales/ru/bot.ftl: hello: renders with Fluent isolation marks");
  });

  it("rejects an answer that does not state the year of its date", () => {
    const problems = problemsOf(
      (f) =>
        (f["data/facts/membership.json"] = facts([
          { id: "guest-1997", kind: "event", date: "1998", sources: ["mfa"] },
        ])),
    );
    expect(problems).toContainEqual(expect.stringContaining("does not state the year 1998"));
  });

  it("rejects invalid JSON and an impossible date, naming the file and field", () => {
    expect(problemsOf((f) => (f["data/facts/membership.json"] = "[{"))).toContainEqual(
      expect.stringMatching(/^data\/facts\/membership\.json: : invalid JSON/),
    );
    const problems = problemsOf(
      (f) =>
        (f["data/facts/membership.json"] = facts([
          { id: "guest-1997", kind: "event", date: "1997-02-30", sources: ["mfa"] },
        ])),
    );
    expect(problems).toContainEqual(
      "data/facts/membership.json: guest-1997: date is not a real calendar date",
    );
  });

  it("reports one broken sources file once, not again for every fact that cites it", () => {
    const problems = problemsOf((f) => (f["data/sources/core.json"] = "\uFEFF[]"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^data\/sources\/core\.json: : invalid JSON/);
  });

  it("reports a fact with an invalid kind once, not again where others relate to it", () => {
    const problems = problemsOf(
      (f) =>
        (f["data/facts/membership.json"] = facts([
          { id: "guest-1997", kind: "rumour", date: "1997-01", sources: ["mfa"] },
        ])),
    );
    expect(problems).toEqual([expect.stringMatching(/^data\/facts\/membership\.json: guest-1997: kind /)]);
  });

  it("names a locale file that cannot be read", () => {
    const root = writeFixture(validFixture());
    mkdirSync(join(root, "locales/en/broken.ftl"));
    const problems = inspectKnowledgeBase(root).problems.map((p) => `${p.file}: ${p.message}`);
    expect(problems).toContainEqual("locales/en/broken.ftl: cannot be read: EISDIR");
  });

  it("throws one error that lists every problem at once", () => {
    const files = validFixture();
    files["data/sources/core.json"] = "[]";
    files["locales/be/bot.ftl"] = "";
    expect(() => loadKnowledgeBase(writeFixture(files))).toThrow(KnowledgeBaseError);
    try {
      loadKnowledgeBase(writeFixture(files));
    } catch (error) {
      expect((error as KnowledgeBaseError).problems.length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("the shipped knowledge base", () => {
  let kb: KnowledgeBase;
  beforeAll(() => {
    kb = loadKnowledgeBase();
  });

  it("passes the check with the same facts in be, ru and en, each with a source", () => {
    expect(kb.facts.length).toBeGreaterThanOrEqual(90);
    for (const fact of kb.facts) {
      expect(fact.sources.length).toBeGreaterThan(0);
      for (const lang of LANGS) expect(fact.text[lang].answer.length).toBeGreaterThan(20);
    }
  });

  it("cites every source document of shared/sources", () => {
    const cited = new Set(kb.facts.flatMap((fact) => fact.sources.map((source) => source.id)));
    for (const id of [
      "coe-contact-group",
      "wikipedia-belarus-coe",
      "hrh-concerted-position",
      "bluelink-statement-2020",
      "fidh-freeales-solidarity",
    ])
      expect(cited, id).toContain(id);
  });

  it("kb:check prints the counts and exits 0", () => {
    const run = spawnSync("npx", ["tsx", "src/cli/kb-check.ts"], { cwd: PROJECT_ROOT, encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`ok — ${kb.facts.length} facts`));
    expect(run.stdout).toMatch(
      new RegExp(`be ${kb.facts.length}, ru ${kb.facts.length}, en ${kb.facts.length}`),
    );
  });

  it("kb:check exits 1 and names the problem for a broken folder", () => {
    const files = validFixture();
    files["data/sources/core.json"] = JSON.stringify([
      { id: "mfa", url: "ftp://x", publisher: "M", lang: "en" },
    ]);
    const run = spawnSync("npx", ["tsx", "src/cli/kb-check.ts", writeFixture(files)], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("data/sources/core.json: mfa: url must be an https:// URL");
  });
});
