/**
 * End to end over HTTP: the bot started as `npm start` starts it, polling a local Bot API
 * emulator on 127.0.0.1 (see emulator.ts for what the emulator can and cannot do). Nothing here
 * leaves the machine; every wait has a deadline; the bot, the emulator and the temp folder are
 * always cleaned up.
 */
import { mkdtempSync, rmSync } from "node:fs";
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

  it("keeps running although the emulator refuses setMyCommands, and logs that", async () => {
    await bot.waitFor("stderr", /setMyCommands.*failed/);
    expect(plain(await send("/help"))).toContain(t("help-intro"));
  });

  it("stops cleanly on SIGTERM", async () => {
    await bot.stop();
    expect(bot.stderr).toMatch(/SIGTERM: finishing the updates in hand/);
    expect(bot.stderr).toMatch(/Stopped/);
    expect(bot.stderr).not.toMatch(/Did not stop/);
  });
});
