/** Updates as Telegram sends them to the webhook, for a person in a private chat with the bot. */
import type { Update, User } from "grammy/types";
import { BOT_USER } from "./fake-bot-api.js";

let lastUpdateId = 1_000;

export function person(id: number, languageCode = "en"): User {
  return { id, is_bot: false, first_name: "Person", language_code: languageCode };
}

/** A text message; one starting with "/" carries its bot_command entity. */
export function textMessage(from: User, text: string): Update {
  const command = /^\/\w+/.exec(text)?.[0];
  return {
    update_id: ++lastUpdateId,
    message: {
      message_id: lastUpdateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: from.id, type: "private", first_name: from.first_name },
      from,
      text,
      ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command.length }] } : {}),
    },
  };
}

/** Pressing the button with `data` on one of the bot's messages. */
export function buttonPress(from: User, data: string): Update {
  return {
    update_id: ++lastUpdateId,
    callback_query: {
      id: `cq-${lastUpdateId}`,
      from,
      chat_instance: `ci-${from.id}`,
      data,
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id: from.id, type: "private", first_name: from.first_name },
        from: BOT_USER,
        text: "…",
      },
    },
  };
}

/** Posts `body` to a webhook the way Telegram does, with the secret header when given. */
export async function post(
  url: string,
  body: unknown,
  secret?: string,
): Promise<{ status: number; body: string }> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(secret === undefined ? {} : { "x-telegram-bot-api-secret-token": secret }),
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, body: await response.text() };
}
