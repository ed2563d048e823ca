import type { TranslateFunction } from "@grammyjs/i18n";
import type { Lang } from "../../langs.js";
import type { BotContext } from "../context.js";
import { replyLang } from "../language.js";

/** What rendering needs from an update: the reply language, its strings and the bot's username. */
export interface View {
  lang: Lang;
  t: TranslateFunction;
  botUsername: string;
}

export function viewOf(ctx: BotContext): View {
  return { lang: replyLang(ctx), t: ctx.t, botUsername: ctx.me.username };
}

/** A t.me link that opens the bot on one fact; fact ids fit the payload alphabet [A-Za-z0-9_-]. */
export function deepLink(view: View, payload: string): string {
  return `https://t.me/${view.botUsername}?start=${payload}`;
}

/** Shortens text for a button or a description, on a word boundary where there is one. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never half of an emoji: a lone surrogate is not UTF-8, and Telegram refuses the whole message.
  const cut = text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, "");
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/, "")}…`;
}
