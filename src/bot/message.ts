/** How the bot reads an incoming message: a command, a mention, a reply to it, a question. */
import type { Context } from "grammy";

export interface CommandCall {
  /** The command name as typed, without "/" (may be mistyped or in another case). */
  name: string;
  /** What follows the command: the deep-link payload of /start. */
  args: string;
  /** The bot username after "@", when the command names one ("/help@some_bot"). */
  target?: string;
}

/** The command a message starts with, if any: Telegram marks it with a bot_command entity at 0. */
export function commandOf(ctx: Context): CommandCall | undefined {
  const message = ctx.message;
  const text = message?.text;
  const entity = message?.entities?.find((e) => e.type === "bot_command" && e.offset === 0);
  if (!text || !entity) return undefined;
  const [name = "", target] = text.slice(1, entity.length).split("@", 2);
  const args = text.slice(entity.length).trim();
  return target ? { name, args, target } : { name, args };
}

/**
 * The command this message calls on this bot, in lower case: commands are case-insensitive
 * (people type /HELP and /Start), and "/help@other_bot" is not ours.
 */
export function ownCommand(ctx: Context): CommandCall | undefined {
  const call = commandOf(ctx);
  return call && isForThisBot(ctx, call) ? { ...call, name: call.name.toLowerCase() } : undefined;
}

/** True when a command names no bot or names this one. */
export function isForThisBot(ctx: Context, call: CommandCall): boolean {
  return call.target === undefined || call.target.toLowerCase() === ctx.me.username.toLowerCase();
}

/** The message mentions this bot by @username or by a text mention. */
export function mentionsBot(ctx: Context): boolean {
  const username = `@${ctx.me.username}`.toLowerCase();
  return (
    ctx.entities("mention").some((entity) => entity.text.toLowerCase() === username) ||
    ctx.entities("text_mention").some((entity) => entity.user.id === ctx.me.id)
  );
}

export function repliesToBot(ctx: Context): boolean {
  return ctx.message?.reply_to_message?.from?.id === ctx.me.id;
}

export function isGroupChat(ctx: Context): boolean {
  return ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
}

/**
 * The text of a question to the bot, without "@bot": a text message that is not a command, or
 * the caption of a photo, video or document (people ask with a screenshot attached).
 */
export function questionText(ctx: Context): string | undefined {
  const text = ctx.message?.text ?? ctx.message?.caption;
  if (text === undefined || commandOf(ctx)) return undefined;
  const mention = new RegExp(`@${ctx.me.username}\\b`, "gi");
  return text.replace(mention, " ").replace(/\s+/g, " ").trim();
}
