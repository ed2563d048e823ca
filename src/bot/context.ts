import type { I18nFlavor } from "@grammyjs/i18n";
import { Context, type SessionFlavor } from "grammy";
import type { Fact } from "../kb/types.js";
import type { Lang } from "../langs.js";
import type { Answer } from "../search/types.js";
import type { Action } from "./callback-data.js";

/** What the bot remembers about a person, keyed by their user id (so it also holds in inline mode). */
export interface SessionData {
  /** The language chosen with /language; unset until the person chooses one. */
  language?: Lang;
}

/** Filled before the locale is negotiated (understand.ts), because the reply language can depend on it. */
export interface UnderstandingFlavor {
  /** The search core's answer, when this update is a question: a text message meant for the bot. */
  answer?: Answer;
  /** The facts to offer and their language, when this update is a non-empty inline query. */
  inlineResults?: InlineResults;
  /** The decoded button, when this update is a callback query whose data the bot understands. */
  action?: Action;
  /** In groups, the person the message with the pressed button was sent to (from its data). */
  buttonOwner?: number;
}

export interface InlineResults {
  lang: Lang;
  facts: Fact[];
}

/**
 * grammY's context, remembering whether the button press it carries was answered, so that
 * answerEveryCallback can answer the rest without watching every API call.
 */
export class AnswerAwareContext extends Context {
  callbackAnswered = false;

  override answerCallbackQuery(...args: Parameters<Context["answerCallbackQuery"]>) {
    this.callbackAnswered = true;
    return super.answerCallbackQuery(...args);
  }
}

export type BotContext = AnswerAwareContext & SessionFlavor<SessionData> & I18nFlavor & UnderstandingFlavor;
