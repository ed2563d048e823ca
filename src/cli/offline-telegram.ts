/**
 * Telegram, as far as one private chat in a terminal needs it. Installed as a grammY API
 * transformer, it answers the bot's API calls itself instead of sending them anywhere: what the
 * bot sends is printed as plain text, and its buttons become numbered choices. It also builds the
 * updates a person's typing produces, with message ids that agree with the bot's own messages,
 * so `ctx.editMessageText` after a button press edits the message the button was on.
 */
import type { Transformer } from "grammy";
import type {
  ApiResponse,
  Chat,
  InlineKeyboardMarkup,
  Message,
  MessageEntity,
  Update,
  User,
  UserFromGetMe,
} from "grammy/types";
import type { Lang } from "../langs.js";
import { explainChoice, messageToPlain, renderKeyboard, type Choice } from "./render.js";

/** The bot's identity offline: set as `botInfo` so no getMe call is ever made. */
export const OFFLINE_BOT_INFO: UserFromGetMe = {
  id: 1,
  is_bot: true,
  first_name: "Belarus & Council of Europe (offline)",
  username: "offline_bot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

/** API methods that change nothing a terminal could show: acknowledged and otherwise ignored. */
const SILENT_METHODS = new Set([
  "getMe",
  "sendChatAction",
  "setMyCommands",
  "deleteMyCommands",
  "setChatMenuButton",
  "setMyDescription",
  "setMyShortDescription",
  "deleteWebhook",
  "answerInlineQuery",
]);

type Payload = Record<string, unknown>;
type TextPayload = Payload & { text: string; parse_mode?: string; entities?: MessageEntity[] };

/** A message of the one private chat there is offline. */
type ChatMessage = Message.TextMessage & { chat: Chat.PrivateChat; from: User };

/** What a number typed by the person does: an update for the bot, or an explanation to print. */
export type Press = { update: Update } | { explanation: string };

export class OfflineTelegram {
  private readonly user: User;
  private readonly chat: Chat.PrivateChat;
  private readonly messages = new Map<number, ChatMessage>();
  private lastMessageId = 0;
  private lastUpdateId = 0;
  /** The buttons of the latest keyboard shown: typing n presses `choices[n - 1]`. */
  private keyboard?: { messageId: number; choices: Choice[] };

  /**
   * @param lang the offline user's `language_code`, as Telegram would report it
   * @param print shows one block of text to the person
   */
  constructor(
    lang: Lang,
    private readonly print: (block: string) => void,
  ) {
    this.user = { id: 1000, is_bot: false, first_name: "Offline", language_code: lang };
    this.chat = { id: this.user.id, type: "private", first_name: this.user.first_name };
  }

  /** Install with `bot.api.config.use(...)`; it never calls `prev`, so nothing leaves the machine. */
  readonly transformer: Transformer = (_prev, method, payload) =>
    Promise.resolve(this.call(method, (payload ?? {}) as Payload) as ApiResponse<never>);

  /** The number of choices the person can currently type. */
  get choiceCount(): number {
    return this.keyboard?.choices.length ?? 0;
  }

  /** A text message from the person; commands carry the `bot_command` entity Telegram adds. */
  textMessage(text: string): Update {
    const command = /^\/\S+/.exec(text)?.[0];
    const entities: MessageEntity[] | undefined = command
      ? [{ type: "bot_command", offset: 0, length: command.length }]
      : undefined;
    const message: ChatMessage = { ...this.envelope(), from: this.user, text, entities };
    this.messages.set(message.message_id, message);
    return { update_id: ++this.lastUpdateId, message };
  }

  /** Presses choice `n` (1-based) of the latest keyboard. */
  press(n: number): Press {
    const choice = this.keyboard?.choices[n - 1];
    const message = this.keyboard && this.messages.get(this.keyboard.messageId);
    if (!choice || !message) return { explanation: `There is no button ${n}.` };
    if (choice.kind !== "callback") return { explanation: explainChoice(choice) };
    return {
      update: {
        update_id: ++this.lastUpdateId,
        callback_query: {
          id: String(this.lastUpdateId),
          from: this.user,
          chat_instance: String(this.chat.id),
          message,
          data: choice.data,
        },
      },
    };
  }

  private envelope() {
    return { message_id: ++this.lastMessageId, date: Math.floor(Date.now() / 1000), chat: this.chat };
  }

  private call(method: string, payload: Payload): ApiResponse<unknown> {
    switch (method) {
      case "sendMessage":
        return ok(this.send(payload as TextPayload));
      case "editMessageText":
      case "editMessageReplyMarkup":
        return this.edit(payload);
      case "deleteMessage":
        return ok(this.messages.delete(Number(payload.message_id)));
      case "answerCallbackQuery":
        if (typeof payload.text === "string" && payload.text)
          this.print(`${payload.show_alert ? "⚠" : "ⓘ"} ${payload.text}`);
        return ok(true);
      default:
        if (method === "getMe") return ok(OFFLINE_BOT_INFO);
        if (SILENT_METHODS.has(method)) return ok(true);
        this.print(`(the bot called ${method}, which the offline chat cannot show)`);
        return { ok: false, error_code: 400, description: `Bad Request: ${method} is not available offline` };
    }
  }

  private send(payload: TextPayload): ChatMessage {
    const message: ChatMessage = {
      ...this.envelope(),
      from: OFFLINE_BOT_INFO,
      text: messageToPlain(payload),
      reply_markup: inlineKeyboardOf(payload),
    };
    this.messages.set(message.message_id, message);
    this.show(message, "");
    return message;
  }

  /** editMessageText and editMessageReplyMarkup, with Telegram's errors for what it refuses. */
  private edit(payload: Payload): ApiResponse<unknown> {
    if (payload.inline_message_id !== undefined) return ok(true);
    const old = this.messages.get(Number(payload.message_id));
    if (!old || old.from?.id !== OFFLINE_BOT_INFO.id)
      return { ok: false, error_code: 400, description: "Bad Request: message to edit not found" };
    const text = typeof payload.text === "string" ? messageToPlain(payload as TextPayload) : old.text;
    const reply_markup = inlineKeyboardOf(payload);
    if (text === old.text && JSON.stringify(reply_markup) === JSON.stringify(old.reply_markup))
      return {
        ok: false,
        error_code: 400,
        description:
          "Bad Request: message is not modified: specified new message content and reply markup " +
          "are exactly the same as a current content and reply markup of the message",
      };
    const message: ChatMessage = { ...old, text, reply_markup, edit_date: Math.floor(Date.now() / 1000) };
    this.messages.set(message.message_id, message);
    this.show(message, "(updated) ");
    return ok(message);
  }

  private show(message: ChatMessage, prefix: string) {
    const { lines, choices } = renderKeyboard(message.reply_markup);
    if (choices.length > 0) this.keyboard = { messageId: message.message_id, choices };
    else if (this.keyboard?.messageId === message.message_id) this.keyboard = undefined;
    this.print([prefix + message.text, ...lines.map((line) => `  ${line}`)].join("\n"));
  }
}

function ok<T>(result: T): ApiResponse<T> {
  return { ok: true, result };
}

/** Only inline keyboards belong to a message; reply keyboards are not used by this bot. */
function inlineKeyboardOf(payload: Payload): InlineKeyboardMarkup | undefined {
  const markup = payload.reply_markup as Partial<InlineKeyboardMarkup> | undefined;
  return markup?.inline_keyboard ? { inline_keyboard: markup.inline_keyboard } : undefined;
}
