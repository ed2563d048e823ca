/**
 * Telegram, in process: an API transformer that answers every call itself (nothing reaches the
 * network), records it, and rejects any call that breaks Telegram's limits the way Telegram
 * would (a 400), while collecting the violation so the test fails with a readable reason.
 */
import type { Transformer } from "grammy";
import type { InlineKeyboardButton, Message, UserFromGetMe } from "grammy/types";
import { OFFLINE_BOT_INFO } from "../../../src/cli/offline-telegram.js";
import { checkCall, parseTelegramHtml, type Link } from "./telegram-limits.js";

/** The Bot API's JSON answer. */
export type FakeResponse =
  | { ok: true; result: unknown }
  | { ok: false; error_code: number; description: string; parameters?: { retry_after?: number } };

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

/** A message the bot sent, as the person sees it. */
export interface SentMessage {
  chatId: number;
  messageId: number;
  /** What is shown: the HTML rendered to text. */
  text: string;
  html: string;
  /** Its links, with the URL as Telegram reads it. */
  links: Link[];
  buttons: InlineKeyboardButton[];
  /** The raw keyboard rows, for layout checks. */
  rows: InlineKeyboardButton[][];
  /** The message it quotes (reply_parameters), if any. */
  repliesTo?: number;
}

/** The bot under test: like the offline one, but it can join groups and has a name to mention. */
export const BOT_INFO: UserFromGetMe = {
  ...OFFLINE_BOT_INFO,
  id: 7_000_001,
  first_name: "Belarus & Council of Europe",
  username: "belarus_coe_test_bot",
  can_join_groups: true,
};

export class FakeTelegram {
  readonly calls: ApiCall[] = [];
  readonly violations: string[] = [];
  /** Every message the bot has sent, by `${chatId}:${messageId}`, updated by edits. */
  readonly messages = new Map<string, SentMessage>();
  /** Messages in the order they were sent (each as first sent; see `messages` for edits). */
  readonly sent: SentMessage[] = [];
  /** Methods that fail with this error instead of succeeding (to test failure handling). */
  readonly failing = new Map<string, { error_code: number; description: string }>();
  private lastMessageId = 100;

  readonly transformer: Transformer = (_prev, method, payload) =>
    Promise.resolve(
      this.respond(method, payload as Record<string, unknown>) as Awaited<ReturnType<typeof _prev>>,
    );

  /** Telegram's answer to one call, as the Bot API's JSON: what the transformer and a fake HTTP server return. */
  respond(method: string, payload: Record<string, unknown>): FakeResponse {
    const call = { method, payload };
    this.calls.push(call);
    const problems = checkCall(method, payload);
    this.violations.push(...problems);
    const failure =
      this.failing.get(method) ??
      (problems.length > 0
        ? { error_code: 400, description: `Bad Request: ${problems.join("; ")}` }
        : this.refusal(call));
    return failure ? { ok: false, ...failure } : { ok: true, result: this.perform(call) };
  }

  /** What Telegram refuses although the call is well-formed: an edit that changes nothing. */
  private refusal({ method, payload }: ApiCall): { error_code: number; description: string } | undefined {
    if (method !== "editMessageText" || payload.inline_message_id) return undefined;
    const before = this.messages.get(`${String(payload.chat_id)}:${String(payload.message_id)}`);
    const markup = (payload.reply_markup as { inline_keyboard?: unknown } | undefined)?.inline_keyboard ?? [];
    if (!before || before.html !== payload.text || JSON.stringify(before.rows) !== JSON.stringify(markup))
      return undefined;
    return {
      error_code: 400,
      description:
        "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
    };
  }

  private perform({ method, payload }: ApiCall): unknown {
    switch (method) {
      case "sendMessage": {
        const message = this.store(Number(payload.chat_id), ++this.lastMessageId, payload);
        this.sent.push(this.message(message.chat.id, message.message_id)!);
        return message;
      }
      case "editMessageText":
        return this.edit(payload);
      case "editMessageReplyMarkup": {
        // Only the buttons change (the 👍/👎 mark): the text stays as it was.
        const before = this.messages.get(`${String(payload.chat_id)}:${String(payload.message_id)}`);
        return before ? this.edit({ ...payload, text: before.html, parse_mode: "HTML" }) : this.edit(payload);
      }
      case "answerCallbackQuery":
      case "answerInlineQuery":
      case "setMyCommands":
        return true;
      default:
        this.violations.push(`unexpected API call ${method}`);
        return true;
    }
  }

  private edit(payload: Record<string, unknown>): unknown {
    if (payload.inline_message_id) return true;
    const key = `${String(payload.chat_id)}:${String(payload.message_id)}`;
    const before = this.messages.get(key);
    if (!before) {
      this.violations.push(`editMessageText of unknown message ${key}`);
      return true;
    }
    return this.store(before.chatId, before.messageId, payload);
  }

  private store(chatId: number, messageId: number, payload: Record<string, unknown>): Message {
    const html = String(payload.text);
    const rows =
      (payload.reply_markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined)?.inline_keyboard ??
      [];
    const { text, links } =
      payload.parse_mode === "HTML" ? parseTelegramHtml(html) : { text: html, links: [] };
    const repliesTo = (payload.reply_parameters as { message_id?: number } | undefined)?.message_id;
    this.messages.set(`${chatId}:${messageId}`, {
      chatId,
      messageId,
      text,
      html,
      links,
      rows,
      buttons: rows.flat(),
      ...(repliesTo !== undefined && { repliesTo }),
    });
    return {
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat:
        chatId > 0
          ? { id: chatId, type: "private", first_name: "Test" }
          : { id: chatId, type: "supergroup", title: "Test group" },
      from: BOT_INFO,
      text,
      ...(rows.length > 0 && { reply_markup: { inline_keyboard: rows } }),
    };
  }

  message(chatId: number, messageId: number): SentMessage | undefined {
    return this.messages.get(`${chatId}:${messageId}`);
  }
}
