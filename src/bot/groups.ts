import type { Context } from "grammy";
import { commandOf, isGroupChat, mentionsBot, repliesToBot } from "./message.js";

/**
 * In groups the bot speaks only when spoken to: commands, mentions of it and replies to its
 * messages. Everything else there is people talking to each other. Updates that are not
 * messages (buttons, inline queries) always pass; channel posts never reach it.
 */
export function isAddressedToBot(ctx: Context): boolean {
  if (ctx.channelPost || ctx.editedChannelPost) return false;
  if (!ctx.message || !isGroupChat(ctx)) return true;
  return commandOf(ctx) !== undefined || mentionsBot(ctx) || repliesToBot(ctx);
}
