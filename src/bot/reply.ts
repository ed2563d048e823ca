/** Sending and editing HTML messages the same way everywhere. */
import type { InlineKeyboard } from "grammy";
import type { BotContext } from "./context.js";
import { isNotModified } from "./errors.js";
import type { Html } from "./html.js";
import { isGroupChat } from "./message.js";

const NO_PREVIEW = { is_disabled: true };

/** Sends HTML; in groups it quotes the message it answers, so the thread stays readable. */
export async function replyHtml(ctx: BotContext, text: Html, keyboard?: InlineKeyboard): Promise<void> {
  const quote =
    ctx.message && isGroupChat(ctx)
      ? { reply_parameters: { message_id: ctx.message.message_id, allow_sending_without_reply: true } }
      : {};
  await ctx.reply(text.value, {
    parse_mode: "HTML",
    link_preview_options: NO_PREVIEW,
    reply_markup: keyboard,
    ...quote,
  });
}

/** Replaces the text of the message a button sits on; pressing the same button twice is fine. */
export async function editHtml(ctx: BotContext, text: Html, keyboard?: InlineKeyboard): Promise<void> {
  try {
    await ctx.editMessageText(text.value, {
      parse_mode: "HTML",
      link_preview_options: NO_PREVIEW,
      reply_markup: keyboard,
    });
  } catch (error) {
    if (!isNotModified(error)) throw error;
  }
}
