/**
 * What every message is rendered from: the knowledge base, the reply language and its strings,
 * and the bot's username (deep links and the inline-mode hint name it). The bot makes one per
 * update (`renderContextOf`); the offline tools make one for a language (`renderContextFor`).
 */
import type { KnowledgeBase } from "../../kb/types.js";
import type { Lang } from "../../langs.js";
import type { BotContext } from "../context.js";
import { replyLang } from "../language.js";

export interface RenderContext {
  kb: KnowledgeBase;
  lang: Lang;
  /** An interface string of locales/<lang>/*.ftl in `lang`. */
  t: (key: string, args?: Record<string, string | number>) => string;
  botUsername: string;
}

export function renderContextFor(kb: KnowledgeBase, lang: Lang, botUsername: string): RenderContext {
  return { kb, lang, t: (key, args) => kb.t(lang, key, args), botUsername };
}

/** The context of one update: its reply language (see language.ts) and this bot's username. */
export function renderContextOf(ctx: BotContext, kb: KnowledgeBase): RenderContext {
  return renderContextFor(kb, replyLang(ctx), ctx.me.username);
}

/** A t.me link that opens the bot on one fact; fact ids fit the payload alphabet [A-Za-z0-9_-]. */
export function deepLink(rc: RenderContext, payload: string): string {
  return `https://t.me/${rc.botUsername}?start=${payload}`;
}
