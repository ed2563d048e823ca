/**
 * The bot's Telegram profile at start: descriptions in be, ru and the default language from
 * Fluent, within Telegram's limits, set only when Telegram has another text, a failure only
 * logged; and a bot whose inline mode is off warns with what to do and shows no button that needs it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { InlineKeyboardButton } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkInlineMode,
  DESCRIPTION_LIMIT,
  profileTexts,
  publishProfile,
  SHORT_DESCRIPTION_LIMIT,
} from "../../src/bot/profile.js";
import { LANGS } from "../../src/langs.js";
import { startMain, WAIT_MS, type MainProcess } from "../support/main-process.js";
import { kb, recordingBot } from "../support/recording-bot.js";
import { BOT_USER, startFakeBotApi, type FakeBotApi } from "./fake-bot-api.js";
import { person, textMessage } from "./updates.js";

const NEEDS_INLINE = /switch_inline_query/;

describe("the profile texts", () => {
  it.each(LANGS)("fit Telegram's limits in %s", (lang) => {
    const { description, short } = profileTexts(kb, lang);
    expect(description.length).toBeGreaterThan(50);
    expect(description.length).toBeLessThanOrEqual(DESCRIPTION_LIMIT);
    expect(short.length).toBeGreaterThan(20);
    expect(short.length).toBeLessThanOrEqual(SHORT_DESCRIPTION_LIMIT);
  });

  it("are set for the default language, be and ru, and only when Telegram has another text", async () => {
    const fresh = recordingBot(
      {},
      { getMyDescription: { description: "" }, getMyShortDescription: { short_description: "" } },
    );
    expect(await publishProfile(fresh.bot.api, kb)).toBe(true);
    expect(
      fresh.callsOf("setMyDescription").map((call) => [call.payload.language_code, call.payload.description]),
    ).toEqual([
      [undefined, kb.t("en", "bot-description")],
      ["be", kb.t("be", "bot-description")],
      ["ru", kb.t("ru", "bot-description")],
    ]);
    expect(fresh.callsOf("setMyShortDescription").map((call) => call.payload.language_code)).toEqual([
      undefined,
      "be",
      "ru",
    ]);

    const same = recordingBot(
      {},
      {
        getMyDescription: { description: kb.t("en", "bot-description") },
        getMyShortDescription: { short_description: kb.t("en", "bot-short-description") },
      },
    );
    await publishProfile(same.bot.api, kb);
    expect(same.callsOf("setMyDescription").map((call) => call.payload.language_code)).toEqual(["be", "ru"]);
  });

  it("only logs a failure: the bot runs without a profile text", async () => {
    const { bot } = recordingBot();
    bot.api.config.use((prev, method, payload, signal) =>
      method === "setMyShortDescription"
        ? Promise.reject(new Error("Bad Request"))
        : prev(method, payload, signal),
    );
    const errors: string[] = [];
    const log = {
      warn: () => undefined,
      error: (message: unknown) => void errors.push(String(message)),
    };
    expect(await publishProfile(bot.api, kb, log)).toBe(false);
    expect(errors).toEqual([
      "setMyShortDescription (default) failed; the bot runs without that description:",
      "setMyShortDescription (be) failed; the bot runs without that description:",
      "setMyShortDescription (ru) failed; the bot runs without that description:",
    ]);
  });
});

describe("inline mode off in @BotFather", () => {
  const buttons = (markup: unknown) =>
    ((markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined)?.inline_keyboard ?? []).flat();

  it("warns naming /setinline and shows no share button", async () => {
    const off = recordingBot({}, {}, { ...BOT_USER, supports_inline_queries: false });
    const warnings: string[] = [];
    expect(
      checkInlineMode(off.bot, {
        warn: (m: unknown) => void warnings.push(String(m)),
        error: () => undefined,
      }),
    ).toBe(false);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/Inline mode is off for @deploy_test_bot.*\/setinline/);

    const on = recordingBot();
    expect(checkInlineMode(on.bot, console)).toBe(true);
    for (const { bot } of [off, on]) {
      await bot.handleUpdate(textMessage(person(6001), "When was the Contact Group created?"));
      await bot.handleUpdate(textMessage(person(6001), "/start"));
    }
    const withInline = on.callsOf("sendMessage").flatMap((call) => buttons(call.payload.reply_markup));
    expect(JSON.stringify(withInline), "the bot offers share buttons when inline mode is on").toMatch(
      NEEDS_INLINE,
    );
    const withoutInline = off.callsOf("sendMessage").flatMap((call) => buttons(call.payload.reply_markup));
    expect(JSON.stringify(withoutInline)).not.toMatch(NEEDS_INLINE);
    expect(withoutInline.length, "the other buttons stay").toBeGreaterThan(0);
  });
});

describe("at start", () => {
  let api: FakeBotApi;
  let sessionDir: string;
  let bot: MainProcess;
  beforeAll(async () => {
    api = await startFakeBotApi();
    sessionDir = mkdtempSync(join(tmpdir(), "profile-sessions-"));
  });
  afterAll(async () => {
    await bot?.stop();
    await api.stop();
    rmSync(sessionDir, { recursive: true, force: true });
  });

  it(
    "publishes the command menu and both descriptions in three languages",
    { timeout: 2 * WAIT_MS },
    async () => {
      bot = startMain({
        BOT_TOKEN: "123456789:profile-test-token-abcdefgh",
        TELEGRAM_API_ROOT: api.apiRoot,
        SESSION_DIR: sessionDir,
        LOG_LEVEL: "info",
      });
      await api.waitFor(
        (call) => call.method === "setMyShortDescription" && call.payload.language_code === "ru",
        0,
        "the Russian short description",
        WAIT_MS,
      );
      expect(api.calls("setMyCommands")).toHaveLength(3);
      expect(api.calls("setMyDescription").map((call) => call.payload.language_code)).toEqual([
        undefined,
        "be",
        "ru",
      ]);
    },
  );
});
