/** Writes a small, valid knowledge base to a temporary folder; tests then break one thing in it. */
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export type FixtureFiles = Record<string, string>;

const fact = (lang: string, answer: string, title: string, keywords: string) =>
  `fact-guest-1997 = ${answer}\n    .title = ${title}\n    .keywords = ${keywords}\n`;

export function validFixture(): FixtureFiles {
  return {
    "data/sources/core.json": JSON.stringify([
      { id: "mfa", url: "https://mfa.gov.by/en/", publisher: "MFA", lang: "en" },
    ]),
    "data/facts/membership.json": JSON.stringify([
      { id: "guest-1997", kind: "event", date: "1997-01", sources: ["mfa"] },
    ]),
    "locales/en/facts.ftl":
      fact("en", "In January 1997 PACE suspended the special guest status.", "Guest status", "guest") +
      "source-mfa = Foreign ministry\n",
    "locales/ru/facts.ftl":
      fact("ru", "В январе 1997 года ПАСЕ приостановила статус.", "Статус гостя", "гость") +
      "source-mfa = МИД\n",
    "locales/be/facts.ftl":
      fact("be", "У студзені 1997 года ПАСЕ прыпыніла статус.", "Статус госця", "госць") +
      "source-mfa = МЗС\n",
    "locales/en/bot.ftl": "hello = Hello, { $name }!\n",
    "locales/ru/bot.ftl": "hello = Привет, { $name }!\n",
    "locales/be/bot.ftl": "hello = Прывітанне, { $name }!\n",
  };
}

export function writeFixture(files: FixtureFiles): string {
  const root = mkdtempSync(join(tmpdir(), "kb-fixture-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
