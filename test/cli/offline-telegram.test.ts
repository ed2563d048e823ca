/**
 * The terminal stand-in for Telegram, driven by a tiny grammY bot of its own: what a bot sends
 * is printed, buttons become numbers, and edits behave as Telegram's do.
 */
import { Bot, GrammyError, InlineKeyboard } from "grammy";
import { describe, expect, it } from "vitest";
import { OFFLINE_BOT_INFO, OfflineTelegram } from "../../src/cli/offline-telegram.js";

function setUp() {
  const printed: string[] = [];
  const telegram = new OfflineTelegram("be", (block) => printed.push(block));
  const bot = new Bot("offline", { botInfo: OFFLINE_BOT_INFO });
  bot.api.config.use(telegram.transformer);
  return { bot, telegram, printed };
}

async function press(bot: Bot, telegram: OfflineTelegram, n: number) {
  const result = telegram.press(n);
  if ("update" in result) await bot.handleUpdate(result.update);
  return result;
}

describe("the offline Telegram", () => {
  it("delivers text as a message from the offline person, with their language and command entity", async () => {
    const { bot, telegram, printed } = setUp();
    bot.command("help", (ctx) => ctx.reply(`help for ${ctx.from?.language_code}`));
    await bot.handleUpdate(telegram.textMessage("/help"));
    expect(printed).toEqual(["help for be"]);
  });

  it("prints HTML as plain text with its buttons numbered", async () => {
    const { bot, telegram, printed } = setUp();
    bot.on("message", (ctx) =>
      ctx.reply('<b>Answer</b> — <a href="https://coe.int">CoE</a>', {
        parse_mode: "HTML",
        reply_markup: new InlineKeyboard().text("More", "more").url("Open", "https://coe.int"),
      }),
    );
    await bot.handleUpdate(telegram.textMessage("hi"));
    expect(printed).toEqual(["Answer — CoE — https://coe.int\n  [1] More   [2] Open ↗"]);
    expect(telegram.choiceCount).toBe(2);
  });

  it("presses a callback button on the message it belongs to, so the bot can edit that message", async () => {
    const { bot, telegram, printed } = setUp();
    bot.command("list", (ctx) =>
      ctx.reply("Page 1", { reply_markup: new InlineKeyboard().text("Next", "p2") }),
    );
    bot.callbackQuery("p2", async (ctx) => {
      await ctx.answerCallbackQuery({ text: "Turning" });
      await ctx.editMessageText("Page 2");
    });
    await bot.handleUpdate(telegram.textMessage("/list"));
    await press(bot, telegram, 1);
    expect(printed).toEqual(["Page 1\n  [1] Next", "ⓘ Turning", "(updated) Page 2"]);
    expect(telegram.choiceCount, "the edit removed the keyboard").toBe(0);
  });

  it("refuses an edit that changes nothing, as Telegram does", async () => {
    const { bot, telegram } = setUp();
    bot.command("list", (ctx) =>
      ctx.reply("Same", { reply_markup: new InlineKeyboard().text("Again", "again") }),
    );
    let refusal: unknown;
    bot.callbackQuery("again", async (ctx) => {
      refusal = await ctx
        .editMessageText("Same", { reply_markup: new InlineKeyboard().text("Again", "again") })
        .catch((error: unknown) => error);
    });
    await bot.handleUpdate(telegram.textMessage("/list"));
    await press(bot, telegram, 1);
    expect(refusal).toBeInstanceOf(GrammyError);
    expect((refusal as GrammyError).description).toMatch(/message is not modified/);
  });

  it("explains link and share buttons instead of pretending to follow them", async () => {
    const { bot, telegram } = setUp();
    bot.on("message", (ctx) =>
      ctx.reply("x", {
        reply_markup: new InlineKeyboard().url("Web", "https://coe.int").switchInline("Share", "q"),
      }),
    );
    await bot.handleUpdate(telegram.textMessage("hi"));
    const explanation = async (n: number) => {
      const result = await press(bot, telegram, n);
      return "explanation" in result ? result.explanation : "(an update was sent)";
    };
    expect(await explanation(1)).toContain("https://coe.int");
    expect(await explanation(2)).toContain("share the answer there through inline mode");
  });

  it("answers methods it cannot show with an error the bot can handle, never a call to Telegram", async () => {
    const { bot, printed } = setUp();
    await expect(bot.api.sendPhoto(1000, "file-id")).rejects.toThrow(/not available offline/);
    await expect(bot.api.setMyCommands([{ command: "help", description: "Help" }])).resolves.toBe(true);
    expect(printed).toEqual(["(the bot called sendPhoto, which the offline chat cannot show)"]);
  });
});
