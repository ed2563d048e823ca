import type { InlineKeyboard } from "grammy";
import type { Html } from "../html.js";

/** A message as the bot draws it: its text and, when it has any, its buttons. */
export interface BotMessage {
  text: Html;
  keyboard?: InlineKeyboard;
}
