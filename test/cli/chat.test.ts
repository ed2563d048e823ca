/**
 * The offline chat as a person (or a script) uses it: `npm start` without BOT_TOKEN, driven
 * through a pipe. It is the Telegram bot itself, so the wording is the bot's, in plain text.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../src/kb/load.js";
import { startMain, WAIT_MS, type MainProcess } from "../support/main-process.js";

const kb = loadKnowledgeBase();
const t = (key: string, args?: Record<string, string | number>) => kb.t("en", key, args);
const sessionDir = mkdtempSync(join(tmpdir(), "bot-chat-sessions-"));
const QUESTION = "When was the Contact Group created?";

let chat: MainProcess | undefined;

/** The offline chat with every setting given, so a developer's .env cannot change the run. */
function startChat(settings: Record<string, string> = {}): MainProcess {
  chat = startMain({
    BOT_TOKEN: "",
    TELEGRAM_API_ROOT: "",
    SESSION_DIR: sessionDir,
    LOG_LEVEL: "warn",
    DEFAULT_LANG: "en",
    ...settings,
  });
  return chat;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

afterEach(async () => {
  await chat?.stop();
  chat = undefined;
});

afterAll(() => rmSync(sessionDir, { recursive: true, force: true }));

describe("the offline chat (npm start without BOT_TOKEN)", { timeout: 3 * WAIT_MS }, () => {
  it("prints every reply, in order, for input piped at once, then exits at end of input", async () => {
    const run = startChat();
    run.write(`/help\n${QUESTION}\n`);
    run.endInput();
    const { code } = await run.closed;

    expect(code).toBe(0);
    const out = run.stdout;
    const help = out.indexOf(t("help-intro"));
    const question = out.indexOf(`> ${QUESTION}`);
    expect(out.indexOf("> /help")).toBeGreaterThanOrEqual(0);
    expect(help).toBeGreaterThan(out.indexOf("> /help"));
    expect(question).toBeGreaterThan(help);
    const answer = out.slice(question);
    expect(answer).toContain("2022");
    expect(answer).toMatch(/https?:\/\/\S+/);
    expect(out, "no HTML reaches the terminal").not.toMatch(/<\/?(b|i|a)\b|&(amp|lt|gt|quot);/);
  });

  it("presses the button whose number is typed: /timeline's next page", async () => {
    const run = startChat();
    run.write("/timeline\n");
    const [, next] = await run.waitFor(
      "stdout",
      new RegExp(`\\[(\\d+)\\] ${escapeRegExp(t("button-next-page"))}`),
    );
    run.write(`${next}\n`);
    await run.waitFor("stdout", /\(updated\) /);
    run.endInput();
    await run.closed;

    const updated = run.stdout.slice(run.stdout.indexOf("(updated) "));
    expect(updated.split("\n")[0]).toContain(t("timeline-title"));
    expect(updated).toMatch(/\b9\./); // the second page goes on from the first one's eight items
    expect(run.stdout.indexOf("(updated) ")).toBeGreaterThan(run.stdout.indexOf(`> ${next}`));
  });

  it("shows an answer as on a phone, with the same buttons, and its related facts in place", async () => {
    const run = startChat();
    run.write(`${QUESTION}\n`);
    const [, more] = await run.waitFor("stdout", /\[(\d+)\] 📚 /);
    run.write(`${more}\n`);
    await run.waitFor("stdout", /\(updated\) More on “/);
    run.endInput();
    await run.closed;

    const answer = run.stdout.slice(run.stdout.indexOf(`> ${QUESTION}`), run.stdout.indexOf(`> ${more}`));
    expect(answer.split("\n")[2], "the title, without its date").not.toMatch(/\(\D*2022\)$/);
    expect(answer.split("\n")[3], "no date line").toBe("");
    const rows = answer.split("\n").filter((line) => /^ {2}\[\d+\] /.test(line));
    expect(rows).toEqual([
      expect.stringMatching(/^ {2}\[1\] ↗ Share ⤴ {3}\[2\] 📚 More on this \(\d+\)$/),
      expect.stringMatching(/^ {2}\[3\] ← Earlier {3}\[4\] Later →$/),
    ]);
  });

  it("treats a number with no such button as a question, and explains buttons Telegram alone can follow", async () => {
    const run = startChat();
    run.write("When was the Contact Group created?\n");
    const [, shareButton] = await run.waitFor("stdout", /\[(\d+)\] [^\n]*⤴/);
    run.write(`${shareButton}\n1997\n`);
    run.endInput();
    await run.closed;

    expect(run.stdout).toContain("On Telegram this button lets you pick a chat and share the answer there");
    const afterYear = run.stdout.slice(run.stdout.indexOf("> 1997"));
    // Answered, or declined with topics, by the search core: a question either way.
    expect(afterYear, "handled as a question about 1997").toMatch(/https?:\/\/|I don’t know/);
    expect(afterYear).not.toContain("There is no button");
  });

  it("replies in DEFAULT_LANG when the question does not tell, and stops reading at /quit", async () => {
    const run = startChat({ DEFAULT_LANG: "be" });
    run.write("/help\n/quit\n/about\n");
    const { code } = await run.closed;

    expect(code).toBe(0);
    expect(run.stdout).toContain(kb.t("be", "help-intro"));
    expect(run.stdout).not.toContain("> /about");
    expect(readdirSync(sessionDir), "offline sessions stay in memory").toEqual([]);
  });

  it("refuses to start on a configuration problem, listing it without echoing the token", async () => {
    const run = startChat({ BOT_TOKEN: "not a token", DEFAULT_LANG: "de", LOG_LEVEL: "loud" });
    const { code } = await run.closed;

    expect(code).toBe(1);
    expect(run.stderr).toMatch(/BOT_TOKEN does not look like a token/);
    expect(run.stderr).toMatch(/DEFAULT_LANG must be one of be, ru, en/);
    expect(run.stderr).toMatch(/LOG_LEVEL must be one of/);
    expect(run.stderr).not.toContain("not a token");
    expect(run.stdout).toBe("");
  });
});
