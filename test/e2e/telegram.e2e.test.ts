/**
 * End to end over HTTP: the bot started as `npm start` starts it, polling a local Bot API
 * emulator on 127.0.0.1 (see emulator.ts for what the emulator can and cannot do). Nothing here
 * leaves the machine; every wait has a deadline; the bot, the emulator and the temp folder are
 * always cleaned up.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { InlineKeyboardButton } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { htmlToPlain } from "../../src/cli/render.js";
import { loadKnowledgeBase } from "../../src/kb/load.js";
import { sleep, startMain, WAIT_MS, type MainProcess } from "../support/main-process.js";
import { startLocalBotApi, type LocalBotApi, type Person, type SentMessage } from "./emulator.js";

/** Shaped like a real token so the bot's config check accepts it; the emulator takes any. */
const TOKEN = "123456789:e2e-test-token";
const USER = { id: 4242, is_bot: false, first_name: "Ales", language_code: "en" };

const kb = loadKnowledgeBase();
const t = (key: string, args?: Record<string, string | number>) => kb.t("en", key, args);

let api: LocalBotApi;
let person: Person;
let bot: MainProcess;
let sessionDir: string;

/** Polls (bounded) until `probe` returns something, and returns it. */
async function waitFor<T>(probe: () => T | undefined, what: string): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const found = probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline)
      throw new Error(`No ${what} within ${WAIT_MS} ms.\n--- bot stderr ---\n${bot.stderr}`);
    await sleep(50);
  }
}

/** Sends `text` and returns the bot's next message. */
async function send(text: string): Promise<SentMessage> {
  const seen = api.sentMessages().length;
  await person.say(text);
  return waitFor(() => api.sentMessages()[seen], `reply to "${text}"`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const plain = (message: SentMessage) =>
  message.parse_mode === "HTML" ? htmlToPlain(message.text) : message.text;

const buttons = (message: SentMessage): InlineKeyboardButton[] =>
  message.reply_markup?.inline_keyboard.flat() ?? [];

/** The page count that /timeline's "page 1 of N" line states, found by rendering the same line. */
function pageCountIn(text: string): number | undefined {
  // From the top down: "1 of 1" is a prefix of "1 of 10".
  for (let pages = 100; pages >= 1; pages--)
    if (text.includes(t("page-of", { page: 1, pages }))) return pages;
  return undefined;
}

beforeAll(async () => {
  sessionDir = mkdtempSync(join(tmpdir(), "bot-e2e-sessions-"));
  api = await startLocalBotApi();
  person = api.person(TOKEN, USER);
  bot = startMain({
    BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: api.apiRoot,
    SESSION_DIR: sessionDir,
    LOG_LEVEL: "info",
    DEFAULT_LANG: "",
  });
  await bot.waitFor("stderr", /Polling as @\w+/);
}, 2 * WAIT_MS);

afterAll(async () => {
  await bot?.stop();
  await api?.stop();
  rmSync(sessionDir, { recursive: true, force: true });
}, 2 * WAIT_MS);

describe("the bot on a local Bot API server, started like `npm start`", { timeout: 3 * WAIT_MS }, () => {
  it("greets /start with the welcome", async () => {
    const reply = await send("/start");
    expect(plain(reply)).toContain(t("welcome", { name: USER.first_name }));
  });

  it("answers a question with the year and a link to its source", async () => {
    const reply = await send("When was the Contact Group created?");
    expect(plain(reply)).toContain("2022");
    expect(reply.text).toMatch(/<a href="https:\/\/[^"]+">/);
  });

  it("turns the /timeline page with its next-page button, editing the message in place", async () => {
    const list = await send("/timeline");
    const index = api.sentMessages().length - 1;
    const next = buttons(list).find((button) => button.text === t("button-next-page"));
    if (!next || !("callback_data" in next))
      throw new Error(`No next-page button on /timeline: ${plain(list)}`);
    const pages = pageCountIn(plain(list));
    expect(pages, "the first page says how many pages there are").toBeGreaterThan(1);

    await person.press(list, next.callback_data);
    const edited = await waitFor(() => {
      const now = api.sentMessages()[index];
      return now && now.text !== list.text ? now : undefined;
    }, "edit of the /timeline message");

    expect(plain(edited)).toContain(t("page-of", { page: 2, pages: pages! }));
    expect(api.sentMessages(), "edited in place, no new message").toHaveLength(index + 1);
  });

  it("lays an answer out for a phone: date once, at most three rows, whole-word labels", async () => {
    const reply = await send("When was the Contact Group created?");
    const lines = plain(reply).split("\n");
    expect(lines[0], "the title, without the year the sentence states").not.toMatch(/\([^()]*2022[^()]*\)$/);
    expect(lines[1], "no date line between title and answer").toBe("");
    expect(lines[2], "the sentence states the date").toMatch(/2022/);
    const rows = reply.reply_markup?.inline_keyboard ?? [];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(3);
    for (const button of rows.flat()) expect(button.text).not.toMatch(/\p{L}…$/u);
  });

  it("shows related facts in place and goes back, never sending a new message", async () => {
    const answer = await send("When did Belarus apply to join the Council of Europe?");
    const index = api.sentMessages().length - 1;
    const more = buttons(answer).find((button) => button.text.startsWith("📚 "));
    if (!more || !("callback_data" in more)) throw new Error(`No related button: ${plain(answer)}`);
    await person.press(answer, more.callback_data);
    const list = await waitFor(() => {
      const now = api.sentMessages()[index];
      return now && now.text !== answer.text ? now : undefined;
    }, "the related list in place of the answer");
    expect(plain(list)).toMatch(/^More on “Membership application”/);
    const back = buttons(list).find((button) => button.text === t("button-back"));
    if (!back || !("callback_data" in back)) throw new Error(`No back button: ${plain(list)}`);
    await person.press(list, back.callback_data);
    await waitFor(
      () => (api.sentMessages()[index]?.text === answer.text ? true : undefined),
      "back to the answer",
    );
    expect(api.sentMessages(), "all in place").toHaveLength(index + 1);
  });

  it("sends /sources as one headed message", async () => {
    const seen = api.sentMessages().length;
    const first = await send("/sources");
    expect(plain(first)).toMatch(
      new RegExp(`^${escapeRegExp(t("sources-title", { count: kb.sources.length }))}\n\n`),
    );
    await person.say("/help"); // whatever /sources sent arrives before this reply
    await waitFor(
      () => (plain(api.sentMessages().at(-1)!).includes(t("help-intro")) ? true : undefined),
      "/help",
    );
    expect(api.sentMessages().length - seen, "/sources and /help: one message each").toBe(2);
  });

  it("answers a photo's caption", async () => {
    const seen = api.sentMessages().length;
    await person.sendPhoto("When did Belarus apply to join the Council of Europe?");
    const reply = await waitFor(() => api.sentMessages()[seen], "the answer to a caption");
    expect(plain(reply)).toContain(kb.byId.get("application-1993")!.text.en.answer);
  });

  it("in a group, a /language press answers the presser and leaves the shared menu as it is", async () => {
    const group = { id: -100_777, title: "Belarus diaspora" };
    const asker = api.person(TOKEN, USER, group);
    const other = api.person(
      TOKEN,
      { id: 4343, is_bot: false, first_name: "Nasta", language_code: "ru" },
      group,
    );
    const seen = api.sentMessages().length;
    await asker.say("/language");
    const menu = await waitFor(() => api.sentMessages()[seen], "the /language menu in the group");
    const belarusian = buttons(menu).find((button) => button.text === kb.t("be", "language-name-be"));
    if (!belarusian || !("callback_data" in belarusian))
      throw new Error(`No language button: ${plain(menu)}`);
    await other.press(menu, belarusian.callback_data);
    await other.say("/help");
    const help = await waitFor(() => api.sentMessages()[seen + 1], "/help after choosing a language");
    expect(plain(help), "the presser's own language is now Belarusian").toContain(kb.t("be", "help-intro"));
    expect(api.sentMessages()[seen]?.text, "the shared menu is unchanged").toBe(menu.text);
    expect(api.sentMessages()).toHaveLength(seen + 2);
  });

  it("keeps running although the emulator refuses setMyCommands, and logs that", async () => {
    await bot.waitFor("stderr", /setMyCommands.*failed/);
    expect(plain(await send("/help"))).toContain(t("help-intro"));
  });

  it("records a question and its 👍 under SESSION_DIR, with nothing about the person", async () => {
    const question = "When did Belarus apply to join the Council of Europe? Call +375 29 123-45-67";
    const answer = await send(question);
    const up = buttons(answer).find((button) => button.text === kb.t("en", "feedback-button-up"));
    if (!up || !("callback_data" in up)) throw new Error(`No 👍 on the answer: ${plain(answer)}`);
    await person.press(answer, up.callback_data);
    const file = join(sessionDir, "feedback", "feedback.jsonl");
    const recorded = await waitFor(() => {
      const text = existsSync(file) ? readFileSync(file, "utf8") : "";
      return text.includes('"vote":"up"') ? text : undefined;
    }, "the question and its vote in the feedback file");
    expect(recorded).toContain("When did Belarus apply to join the Council of Europe? Call [phone]");
    for (const trace of [String(USER.id), USER.first_name, "+375", "123-45-67"])
      expect(recorded).not.toContain(trace);
  });

  it("stops cleanly on SIGTERM", async () => {
    await bot.stop();
    expect(bot.stderr).toMatch(/SIGTERM: finishing the updates in hand/);
    expect(bot.stderr).toMatch(/Stopped/);
    expect(bot.stderr).not.toMatch(/Did not stop/);
  });
});
