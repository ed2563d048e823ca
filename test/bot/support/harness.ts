/**
 * A bot built by `createBot`, fed updates with `bot.handleUpdate`, talking to a FakeTelegram.
 * `harness.private()` and `harness.group()` give a person who types, presses buttons and uses
 * inline mode, and each action returns what the bot did in response.
 */
import type { Bot } from "grammy";
import type {
  Chat,
  InlineKeyboardButton,
  InlineQueryResultArticle,
  InputTextMessageContent,
  MessageEntity,
  User,
} from "grammy/types";
import { afterEach, beforeEach, expect } from "vitest";
import { createBot, type BotContext, type SessionStorageConfig } from "../../../src/bot/index.js";
import { BOT_INFO, FakeTelegram, type ApiCall, type SentMessage } from "./fake-telegram.js";
import type { FeedbackRecorder } from "../../../src/feedback/recorder.js";
import type { QuestionAnswerer } from "../../../src/search/types.js";
import { knowledge } from "./knowledge.js";
import { parseTelegramHtml } from "./telegram-limits.js";

/** An inline result as the person sees it in the list, and the message it would send. */
export interface InlineResult {
  id: string;
  title: string;
  description?: string;
  /** The message sent when the result is chosen, rendered to text. */
  text: string;
  buttons: InlineKeyboardButton[];
}

/** What the bot did in response to one update. */
export interface Exchange {
  calls: ApiCall[];
  /** New messages, in order. */
  sent: SentMessage[];
  /** Messages changed in place. */
  edited: SentMessage[];
  /** Toasts and alerts shown for a button press. */
  toasts: { text?: string; show_alert?: boolean }[];
  inline?: {
    results: InlineResult[];
    cacheTime?: number;
    isPersonal?: boolean;
    button?: { text: string; start_parameter?: string };
  };
}

export interface PersonOptions {
  /** Telegram's language_code; undefined means the client sent none. */
  languageCode?: string;
  id?: number;
  firstName?: string;
}

export interface Harness {
  bot: Bot<BotContext>;
  telegram: FakeTelegram;
  errors: unknown[][];
  warnings: unknown[][];
  /** A person in a private chat with the bot. */
  private(person?: PersonOptions): Person;
  /** A person in a supergroup the bot is a member of. */
  group(person?: PersonOptions): Person;
  /** Fails the test on any Telegram limit broken or any error logged. */
  expectClean(): void;
  /** Forgets the broken limits, errors and warnings so far, so that each input is judged alone. */
  clear(): void;
}

let lastUpdateId = 0;
let lastUserId = 500;
let lastIncomingId = 10_000;

export interface HarnessOptions {
  sessions?: SessionStorageConfig;
  /**
   * A fake Telegram behind an HTTP server (bot-api-server.ts), reached through the bot's own
   * client and retries; by default the fake answers in process and no request is made.
   */
  botApi?: { apiRoot: string; telegram: FakeTelegram };
  /** The same Telegram as another harness's: a second bot, as after a restart, sees its messages. */
  telegram?: FakeTelegram;
  /** Another search core in front of the real one, to put the bot in a chosen situation. */
  answerer?: (real: QuestionAnswerer) => QuestionAnswerer;
  /** Records questions and votes (test/feedback); none by default. */
  feedback?: FeedbackRecorder;
}

export function createHarness(options: HarnessOptions = {}): Harness {
  const telegram = options.botApi?.telegram ?? options.telegram ?? new FakeTelegram();
  const errors: unknown[][] = [];
  const warnings: unknown[][] = [];
  const log = {
    error: (...data: unknown[]) => errors.push(data),
    warn: (...data: unknown[]) => warnings.push(data),
  };
  const bot = createBot(
    {
      token: "123:TEST",
      apiRoot: options.botApi?.apiRoot,
      sessions: options.sessions ?? { kind: "memory" },
      botInfo: BOT_INFO,
    },
    {
      ...knowledge(),
      ...(options.answerer && { answerer: options.answerer(knowledge().answerer) }),
      log,
      feedback: options.feedback,
    },
  );
  if (!options.botApi) bot.api.config.use(telegram.transformer);
  const person = (chatType: "private" | "supergroup", options: PersonOptions = {}) => {
    const user: User = {
      id: options.id ?? ++lastUserId,
      is_bot: false,
      first_name: options.firstName ?? "Alesia",
      ...("languageCode" in options
        ? options.languageCode !== undefined && { language_code: options.languageCode }
        : { language_code: "en" }),
    };
    const chat: Chat =
      chatType === "private"
        ? { id: user.id, type: "private", first_name: user.first_name }
        : { id: -1_000_000_000_123, type: "supergroup", title: "Belarus diaspora" };
    return new Person(bot, telegram, user, chat);
  };
  return {
    bot,
    telegram,
    errors,
    warnings,
    private: (options) => person("private", options),
    group: (options) => person("supergroup", options),
    expectClean() {
      expect(telegram.violations, "Telegram limits broken").toEqual([]);
      expect(errors, "errors logged").toEqual([]);
    },
    clear() {
      for (const list of [telegram.violations, errors, warnings]) list.length = 0;
    },
  };
}

export class Person {
  constructor(
    private readonly bot: Bot<BotContext>,
    private readonly telegram: FakeTelegram,
    readonly user: User,
    readonly chat: Chat,
  ) {}

  /** Types a message; "/cmd" and "@username" get the entities Telegram would add. */
  send(text: string, options: { replyTo?: SentMessage } = {}): Promise<Exchange> {
    return this.deliver({
      message: {
        ...this.incoming(),
        text,
        ...(entitiesOf(text).length > 0 && { entities: entitiesOf(text) }),
        ...(options.replyTo && { reply_to_message: this.botMessage(options.replyTo) }),
      },
    });
  }

  sendSticker(): Promise<Exchange> {
    return this.deliver({
      message: {
        ...this.incoming(),
        sticker: {
          file_id: "sticker",
          file_unique_id: "sticker",
          type: "regular",
          width: 512,
          height: 512,
          is_animated: false,
          is_video: false,
          emoji: "👍",
        },
      },
    });
  }

  sendPhoto(options: { replyTo?: SentMessage } = {}): Promise<Exchange> {
    return this.deliver({
      message: {
        ...this.incoming(),
        photo: [{ file_id: "photo", file_unique_id: "photo", width: 90, height: 90 }],
        ...(options.replyTo && { reply_to_message: this.botMessage(options.replyTo) }),
      },
    });
  }

  /** A photo, video or document with a caption; "@username" in it gets its entity, as Telegram adds. */
  sendMedia(
    kind: "photo" | "video" | "document",
    caption: string,
    options: { replyTo?: SentMessage } = {},
  ): Promise<Exchange> {
    const media = {
      photo: { photo: [{ file_id: "photo", file_unique_id: "photo", width: 90, height: 90 }] },
      video: { video: { file_id: "video", file_unique_id: "video", width: 1, height: 1, duration: 1 } },
      document: { document: { file_id: "doc", file_unique_id: "doc", file_name: "screenshot.pdf" } },
    }[kind];
    const entities = entitiesOf(caption).filter((entity) => entity.type !== "bot_command");
    return this.deliver({
      message: {
        ...this.incoming(),
        ...media,
        caption,
        ...(entities.length > 0 && { caption_entities: entities }),
        ...(options.replyTo && { reply_to_message: this.botMessage(options.replyTo) }),
      },
    });
  }

  sendVoice(): Promise<Exchange> {
    return this.deliver({
      message: { ...this.incoming(), voice: { file_id: "voice", file_unique_id: "voice", duration: 3 } },
    });
  }

  /** Presses the button whose label matches, on a message the bot sent. */
  press(message: SentMessage, label: string | RegExp): Promise<Exchange> {
    const current = this.telegram.message(message.chatId, message.messageId) ?? message;
    const button = current.buttons.find((b) =>
      typeof label === "string" ? b.text === label : label.test(b.text),
    );
    if (!button || !("callback_data" in button))
      throw new Error(
        `No callback button ${String(label)} among: ${current.buttons.map((b) => b.text).join(" | ")}`,
      );
    return this.pressData(button.callback_data, current);
  }

  /** Sends a callback query with any data, as an old or forged button would. */
  async pressData(data: string, message?: SentMessage): Promise<Exchange> {
    const exchange = await this.deliver({
      callback_query: {
        id: String(++lastUpdateId),
        from: this.user,
        chat_instance: "test",
        data,
        ...(message && { message: this.botMessage(message) }),
      },
    });
    const answers = exchange.calls.filter((call) => call.method === "answerCallbackQuery").length;
    if (answers !== 1) this.telegram.violations.push(`callback query "${data}" answered ${answers} times`);
    return exchange;
  }

  /** Types "@bot query" in some chat's input field. */
  inline(query: string): Promise<Exchange> {
    return this.deliver({
      inline_query: { id: String(++lastUpdateId), from: this.user, query, offset: "", chat_type: "sender" },
    });
  }

  private incoming() {
    return {
      message_id: ++lastIncomingId,
      date: Math.floor(Date.now() / 1000),
      chat: this.chat,
      from: this.user,
    } as const;
  }

  private botMessage(message: SentMessage) {
    return {
      message_id: message.messageId,
      date: Math.floor(Date.now() / 1000),
      chat: this.chat,
      from: BOT_INFO,
      text: message.text,
      ...(message.rows.length > 0 && { reply_markup: { inline_keyboard: message.rows } }),
    };
  }

  private async deliver(update: object): Promise<Exchange> {
    const calls = this.telegram.calls.length;
    const sent = this.telegram.sent.length;
    await this.bot.handleUpdate({ update_id: ++lastUpdateId, ...update }); // built like Telegram's
    return exchangeOf(this.telegram, this.telegram.calls.slice(calls), this.telegram.sent.slice(sent));
  }
}

/** The entities Telegram would mark in a typed text: a command at the start, @mentions. */
export function entitiesOf(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const command = /^\/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?/.exec(text);
  if (command) entities.push({ type: "bot_command", offset: 0, length: command[0].length });
  for (const mention of text.matchAll(/(?<![\w/])@[A-Za-z0-9_]{5,32}/g))
    entities.push({ type: "mention", offset: mention.index, length: mention[0].length });
  return entities;
}

function exchangeOf(telegram: FakeTelegram, calls: ApiCall[], sent: SentMessage[]): Exchange {
  const exchange: Exchange = { calls, sent, edited: [], toasts: [] };
  for (const { method, payload } of calls) {
    if (method === "editMessageText" && payload.chat_id !== undefined) {
      const edited = telegram.message(Number(payload.chat_id), Number(payload.message_id));
      if (edited) exchange.edited.push(edited);
    } else if (method === "answerCallbackQuery") {
      const { text, show_alert } = payload as { text?: string; show_alert?: boolean };
      exchange.toasts.push({
        ...(text !== undefined && { text }),
        ...(show_alert !== undefined && { show_alert }),
      });
    } else if (method === "answerInlineQuery") exchange.inline = inlineOf(payload);
  }
  return exchange;
}

function inlineOf(payload: Record<string, unknown>): NonNullable<Exchange["inline"]> {
  const results = (payload.results as InlineQueryResultArticle[]).map((result) => {
    const content = result.input_message_content as InputTextMessageContent;
    return {
      id: result.id,
      title: result.title,
      ...(result.description !== undefined && { description: result.description }),
      text:
        content.parse_mode === "HTML" ? parseTelegramHtml(content.message_text).text : content.message_text,
      buttons: result.reply_markup?.inline_keyboard.flat() ?? [],
    };
  });
  return {
    results,
    ...(payload.cache_time !== undefined && { cacheTime: payload.cache_time as number }),
    ...(payload.is_personal !== undefined && { isPersonal: payload.is_personal as boolean }),
    ...(payload.button !== undefined && {
      button: payload.button as { text: string; start_parameter?: string },
    }),
  };
}

/** A fresh bot for every test, checked for broken limits and logged errors after it. */
export function useHarness(options: HarnessOptions = {}): () => Harness {
  let current: Harness | undefined;
  beforeEach(() => {
    current = createHarness(options);
  });
  afterEach(() => current?.expectClean());
  return () => current!;
}

/** The labels of a message's buttons, row by row. */
export function labels(message: SentMessage): string[][] {
  return message.rows.map((row) => row.map((button) => button.text));
}

/**
 * Fails when a button label is cut mid-word: a label that ends in "…" must end a whole word of
 * the text it shortens (the word before "…" is followed by a space there), and is never a
 * dangling one- or two-letter word ("… приглашённого в…").
 */
export function expectWholeWords(message: SentMessage, fullTexts: readonly string[] = []): void {
  for (const { text } of message.buttons) {
    if (!text.endsWith("…")) continue;
    const kept = text.slice(0, -1);
    expect(kept, `label "${text}"`).not.toMatch(/(?:^|\s)\p{L}{1,2}$/u);
    const full = fullTexts.find((candidate) => candidate.startsWith(kept));
    if (full) expect(full[kept.length], `label "${text}" cuts "${full}" mid-word`).toMatch(/[\s,.;:]/);
  }
}

/** The only message an exchange sent; fails when it sent none or several. */
export function only(exchange: Exchange): SentMessage {
  expect(exchange.sent, "messages sent").toHaveLength(1);
  return exchange.sent[0]!;
}
