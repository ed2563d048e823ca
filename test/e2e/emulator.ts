/**
 * A local Bot API for end-to-end tests: the telegram-test-api emulator on 127.0.0.1, behind a
 * small shim that gives it long polling.
 *
 * What telegram-test-api 4.2 emulates (lib/routes/bot): getMe, getUpdates, sendMessage,
 * editMessageText, editMessageReplyMarkup, answerCallbackQuery, deleteMessage, setWebhook and
 * deleteWebhook. What it lacks, and what follows for these tests:
 * - Every other method (setMyCommands, sendChatAction, answerInlineQuery, …) gets HTTP 500 with
 *   `{ message }` and no `ok`/`error_code`: grammY raises a GrammyError, auto-retry does not
 *   retry it, and the bot logs it (setMyCommands failing must not stop the bot: tested here).
 * - A person cannot send inline queries, so inline mode is covered by the in-process suite only.
 * - getUpdates answers at once even when there is nothing new (no long polling) and ignores
 *   `offset` (it hands each update out once). A bot polling it would spin at ~2 000 requests a
 *   second, so the shim holds an empty getUpdates for up to the requested timeout (capped at
 *   one second), as Telegram does; every other request passes through untouched.
 * - A callback query carries only `from` and `chat` of the message with the button, not its
 *   `message_id` or text: the test adds them, as Telegram would (see `pressButton`).
 * - editMessageText replies `result: null` instead of the edited message, and changes the
 *   stored bot message in place: an edit is seen in `botMessages`, not as a new message.
 * - Port 0 means port 9000 to it, so a free port is found first.
 */
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { InlineKeyboardMarkup, User } from "grammy/types";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { sleep } from "../support/main-process.js";

const HOST = "127.0.0.1";
const MAX_HOLD_MS = 1_000;

/** A message the bot sent, as the emulator keeps it: the sendMessage payload with edits applied. */
export interface SentMessage {
  messageId: number;
  chat_id: number | string;
  text: string;
  parse_mode?: string;
  reply_markup?: InlineKeyboardMarkup;
}

/** A person in a private chat with the bot. */
export interface Person {
  /** Sends a text message; one starting with "/" carries its bot_command entity. */
  say(text: string): Promise<void>;
  /** Sends a photo with `caption` (and a mention entity for each "@name" in it, as Telegram adds). */
  sendPhoto(caption: string): Promise<void>;
  /** Presses a callback button with `data` on the bot's message `on`. */
  press(on: SentMessage, data: string): Promise<void>;
}

export interface LocalBotApi {
  /** What the bot is given as TELEGRAM_API_ROOT: the shim in front of the emulator. */
  apiRoot: string;
  /** A snapshot of the bot's messages so far, oldest first. */
  sentMessages(): SentMessage[];
  /** A person in a private chat with the bot, or in `group` (a supergroup the bot is in). */
  person(token: string, user: User, group?: { id: number; title: string }): Person;
  stop(): Promise<void>;
}

export async function startLocalBotApi(): Promise<LocalBotApi> {
  const emulator = new TelegramServer({ host: HOST, port: await freePort(), storeTimeout: 600 });
  await emulator.start();
  const upstream = new URL(emulator.config.apiURL);
  const shim = createServer((req, res) => {
    const token = /^\/bot([^/]+)\/getUpdates\b/.exec(req.url ?? "")?.[1];
    if (token) void holdGetUpdates(emulator, decodeURIComponent(token), req, res);
    else forward(req, res, upstream);
  });
  const port = await listen(shim);
  return {
    apiRoot: `http://${HOST}:${port}`,
    sentMessages: () =>
      emulator.storage.botMessages.map(({ messageId, message }) => ({
        messageId,
        ...(message as unknown as Omit<SentMessage, "messageId">),
      })),
    person: (token, user, group) => personIn(emulator, token, user, group),
    async stop() {
      shim.closeAllConnections();
      await new Promise((resolve) => shim.close(resolve));
      await emulator.stop();
    },
  };
}

function personIn(
  emulator: TelegramServer,
  token: string,
  user: User,
  group?: { id: number; title: string },
): Person {
  const client = emulator.getClient(token, {
    userId: user.id,
    chatId: group?.id ?? user.id,
    firstName: user.first_name,
  });
  const envelope = {
    from: user,
    chat: group
      ? { id: group.id, title: group.title, type: "supergroup" as const }
      : { id: user.id, first_name: user.first_name, type: "private" as const },
  };
  return {
    async sendPhoto(caption) {
      // A photo message has a caption instead of a text; the emulator routes it by botToken.
      const message = { ...envelope, botToken: token, date: Math.floor(Date.now() / 1000) };
      const mentions = [...caption.matchAll(/@\w{5,32}/g)].map((match) => ({
        type: "mention",
        offset: match.index,
        length: match[0].length,
      }));
      await client.sendMessage({
        ...message,
        photo: [{ file_id: "photo", file_unique_id: "photo", width: 90, height: 90 }],
        caption,
        ...(mentions.length > 0 && { caption_entities: mentions }),
      } as Parameters<typeof client.sendMessage>[0]);
    },
    async say(text) {
      if (text.startsWith("/")) await client.sendCommand(client.makeCommand(text, envelope));
      else await client.sendMessage(client.makeMessage(text, envelope));
    },
    async press(on, data) {
      // The emulator's callback query lacks the message's id and text; Telegram sends both.
      const message = { ...envelope, message_id: on.messageId, text: on.text };
      await client.sendCallback(client.makeCallbackQuery(data, { from: user, message }));
    },
  };
}

/** Long polling: wait (bounded) for an update instead of answering "nothing" at once. */
async function holdGetUpdates(
  emulator: TelegramServer,
  token: string,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const body = await readBody(req);
  const timeout = Number((JSON.parse(body || "{}") as { timeout?: unknown }).timeout ?? 0);
  const deadline = Date.now() + Math.min(timeout * 1000, MAX_HOLD_MS);
  // The emulator hands each update out only once: never take one for a bot that hung up.
  let gone = false;
  res.once("close", () => (gone = true));
  while (!gone) {
    const updates = emulator.getUpdates(token);
    if (updates.length > 0 || Date.now() >= deadline) {
      res
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ ok: true, result: updates }));
      return;
    }
    await sleep(25);
  }
}

function forward(req: IncomingMessage, res: ServerResponse, upstream: URL) {
  const proxied = request(
    { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  proxied.on("error", (error) => res.writeHead(502).end(error.message));
  req.pipe(proxied);
}

async function readBody(req: IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of req) body += String(chunk);
  return body;
}

function listen(server: Server, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject).listen(port, HOST, () => resolve((server.address() as AddressInfo).port));
  });
}

async function freePort(): Promise<number> {
  const probe = createServer();
  const port = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
