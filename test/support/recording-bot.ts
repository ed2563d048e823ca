/**
 * The real bot (createBot) with its Bot API answered in process and every call recorded: for
 * tests of what runs around the features (rate limit, profile, inline mode), which need no
 * emulator and must not depend on how each reply is worded.
 */
import type { Bot, Transformer } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { createBot, type BotConfig, type BotContext } from "../../src/bot/index.js";
import { loadKnowledgeBase } from "../../src/kb/load.js";
import { createAnswerer } from "../../src/search/index.js";
import { BOT_USER } from "../deploy/fake-bot-api.js";

export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
}

export interface RecordingBot {
  bot: Bot<BotContext>;
  calls: RecordedCall[];
  warnings: string[];
  /** What `method` calls were made after the first `after` calls. */
  callsOf: (method: string, after?: number) => RecordedCall[];
}

export const kb = loadKnowledgeBase();
const answerer = createAnswerer(kb);

export function recordingBot(
  config: Partial<BotConfig> = {},
  answers: Record<string, unknown> = {},
  botInfo: UserFromGetMe = BOT_USER,
): RecordingBot {
  const calls: RecordedCall[] = [];
  const warnings: string[] = [];
  const log = {
    warn: (...what: unknown[]) => void warnings.push(what.map(String).join(" ")),
    error: (...what: unknown[]) => void warnings.push(what.map(String).join(" ")),
  };
  const bot = createBot(
    { token: "123:recording", sessions: { kind: "memory" }, botInfo, ...config },
    { kb, answerer, log },
  );
  const recorder: Transformer = (_prev, method, payload) => {
    calls.push({ method, payload });
    const message = { message_id: calls.length, date: 0, chat: { id: 1, type: "private" }, text: "…" };
    const result =
      method in answers
        ? answers[method]
        : method === "sendMessage" || method === "editMessageText"
          ? { ...message, ...payload }
          : true;
    return Promise.resolve({ ok: true, result } as never);
  };
  bot.api.config.use(recorder);
  return {
    bot,
    calls,
    warnings,
    callsOf: (method, after = 0) => calls.slice(after).filter((call) => call.method === method),
  };
}
