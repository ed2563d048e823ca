/**
 * Sending and editing HTML messages the same way everywhere, and the one rule for what a button
 * press may change: a list edits in place, but in a group only the person a message was sent to
 * may change it; anyone else gets their own copy as a new message.
 */
import { InlineKeyboard } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import { withOwner } from "./callback-data.js";
import type { BotContext } from "./context.js";
import { isNotModified } from "./errors.js";
import { isGroupChat } from "./message.js";
import type { BotMessage } from "./render/message.js";

const NO_PREVIEW = { is_disabled: true };

/**
 * Sends a new message. In groups it quotes what it answers (the person's message, or the bot's
 * message whose button was pressed), so the thread stays readable, and its buttons carry the
 * person it answers, so that only they change it in place.
 */
export async function sendMessage(ctx: BotContext, { text, keyboard }: BotMessage): Promise<void> {
  const group = isGroupChat(ctx);
  const quoted = group ? (ctx.message ?? ctx.callbackQuery?.message)?.message_id : undefined;
  await ctx.reply(text.value, {
    parse_mode: "HTML",
    link_preview_options: NO_PREVIEW,
    reply_markup: group ? ownedBy(ctx, keyboard) : keyboard,
    ...(quoted !== undefined && {
      reply_parameters: { message_id: quoted, allow_sending_without_reply: true },
    }),
  });
}

/**
 * For a button press: the message it sits on becomes `message`, when the presser may change it;
 * otherwise (someone else's message in a group) `message` is sent to the presser as a new one.
 */
export async function showMessage(ctx: BotContext, message: BotMessage): Promise<void> {
  if (mayChangeInPlace(ctx)) await editMessage(ctx, message);
  else await sendMessage(ctx, message);
}

/**
 * In private chats, always. In groups, when the message is the presser's: its buttons name them
 * (or, on buttons sent before they named anyone, the message quotes theirs); a message that names
 * nobody may be changed by anyone, as before.
 */
export function mayChangeInPlace(ctx: BotContext): boolean {
  if (!isGroupChat(ctx)) return true;
  const message = ctx.callbackQuery?.message;
  const quoted = message && "reply_to_message" in message ? message.reply_to_message?.from : undefined;
  const owner = ctx.buttonOwner ?? (quoted && !quoted.is_bot ? quoted.id : undefined);
  return owner === undefined || owner === ctx.from?.id;
}

/** Replaces the message a button sits on; pressing the same button twice is fine. */
export async function editMessage(ctx: BotContext, { text, keyboard }: BotMessage): Promise<void> {
  try {
    await ctx.editMessageText(text.value, {
      parse_mode: "HTML",
      link_preview_options: NO_PREVIEW,
      reply_markup: isGroupChat(ctx) ? ownedBy(ctx, keyboard) : keyboard,
    });
  } catch (error) {
    if (!isNotModified(error)) throw error;
  }
}

/** The keyboard with every callback button marked with the person the message is for. */
function ownedBy(ctx: BotContext, keyboard: InlineKeyboard | undefined): InlineKeyboard | undefined {
  const owner = ctx.from?.id;
  if (!keyboard || owner === undefined) return keyboard;
  const mark = (button: InlineKeyboardButton): InlineKeyboardButton =>
    "callback_data" in button ? { ...button, callback_data: withOwner(button.callback_data, owner) } : button;
  return InlineKeyboard.from(keyboard.inline_keyboard.map((row) => row.map(mark)));
}
