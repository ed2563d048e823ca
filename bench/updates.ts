/**
 * Updates per second through `bot.handleUpdate`, with the Bot API answered in process, for five
 * streams: (1) a bare grammY bot replying with a constant — the framework's ceiling; (2) grammY
 * with in-memory sessions and @grammyjs/i18n replying with one Fluent message — the ceiling of
 * this bot's framework stack; (3) this bot on commands and callbacks (/help, /timeline paging);
 * (4) this bot on free-text questions; (5) the search core alone on the same questions.
 * Targets: (3) ≥ 0.8 × (2) and (4) ≥ 0.8 × (5).
 *
 * Each stream runs in a process of its own (update-stream.ts), as a bot runs in production: bots
 * sharing one process share grammY's compiled code, and each slows the others down by a
 * different amount depending on which ran before. The streams take turns, round after round,
 * and each figure is the median of its rounds, so a slow moment of the machine weighs on every
 * stream alike. Sessions on disk and in Redis are lines of their own, on another stream: many
 * people, each asking for /help, then choosing a language.
 */
import { I18n, type I18nFlavor } from "@grammyjs/i18n";
import { Bot, session, type Context, type SessionFlavor, type Transformer } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encodeAction } from "../src/bot/callback-data.js";
import { createBot, type SessionStorageConfig } from "../src/bot/index.js";
import { OFFLINE_BOT_INFO } from "../src/cli/offline-telegram.js";
import type { KnowledgeBase } from "../src/kb/types.js";
import type { QuestionAnswerer } from "../src/search/types.js";
import { openSessionStore } from "../src/server/storage.js";
import { runScript } from "./child.js";
import { NO_REDIS } from "./redis.js";
import { percentile, type Row } from "./report.js";
import { QUESTIONS } from "./search.js";

/** The bench bot's own user, as getMe returns it (given as `botInfo`, so getMe is never called). */
export const BOT_INFO: UserFromGetMe = {
  ...OFFLINE_BOT_INFO,
  id: 42,
  first_name: "Bench",
  username: "bench_bot",
  can_join_groups: true,
};

/** What Telegram would answer to `method`: the bot's user, a message for send… and edit…, else true. */
export function apiResult(method: string, payload: Record<string, unknown>): unknown {
  if (method === "getMe") return BOT_INFO;
  if (!method.startsWith("send") && !method.startsWith("edit")) return true;
  const chat = { id: 1, type: "private" as const, first_name: "U" };
  return { message_id: 1, date: 0, chat, text: typeof payload.text === "string" ? payload.text : "" };
}

/** Answers every Bot API call in process, as Telegram would, so only the bot's own work is timed. */
const inProcessApi: Transformer = (_prev, method, payload) =>
  Promise.resolve({ ok: true as const, result: apiResult(method, payload) as never });

let updateId = 0;
const person = (userId: number) => ({ id: userId, is_bot: false, first_name: "U", language_code: "en" });

export function textUpdate(text: string, userId = 7): Update {
  const command = text.startsWith("/")
    ? [{ type: "bot_command" as const, offset: 0, length: text.split(" ")[0]!.length }]
    : undefined;
  return {
    update_id: ++updateId,
    message: {
      message_id: updateId,
      date: 0,
      chat: { id: userId, type: "private", first_name: "U" },
      from: person(userId),
      text,
      entities: command,
    },
  };
}

export function callbackUpdate(data: string, userId = 7): Update {
  return {
    update_id: ++updateId,
    callback_query: {
      id: String(updateId),
      from: person(userId),
      chat_instance: "bench",
      data,
      message: { message_id: 1, date: 0, chat: { id: userId, type: "private", first_name: "U" }, text: "…" },
    },
  };
}

/** Updates per second over `count` updates handled one after another. */
export async function rate(
  handle: (update: Update) => Promise<void>,
  make: (i: number) => Update,
  count: number,
): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) await handle(make(i));
  return count / (Number(process.hrtime.bigint() - start) / 1e9);
}

export interface Stream {
  handle: (update: Update) => Promise<void>;
  make: (i: number) => Update;
  /** Updates per measurement. */
  count: number;
}

export const STREAMS = ["framework", "frameworkStack", "commands", "asking", "search"] as const;
export type StreamName = (typeof STREAMS)[number];

/** The five streams; each builds only its own bot. */
export function stream(name: StreamName, kb: KnowledgeBase, answerer: QuestionAnswerer): Stream {
  const hello = () => textUpdate("hello");
  const question = (i: number) => textUpdate(QUESTIONS[i % QUESTIONS.length]!);
  switch (name) {
    case "framework": {
      const bare = new Bot("bench", { botInfo: BOT_INFO });
      bare.api.config.use(inProcessApi);
      bare.on("message", (ctx) => ctx.reply("ok"));
      return { handle: (u) => bare.handleUpdate(u), make: hello, count: 10_000 };
    }
    case "frameworkStack": {
      type StackContext = Context & SessionFlavor<{ n?: number }> & I18nFlavor;
      const stack = new Bot<StackContext>("bench", { botInfo: BOT_INFO });
      stack.api.config.use(inProcessApi);
      const i18n = new I18n<StackContext>({
        defaultLocale: "en",
        fluentBundleOptions: { useIsolating: false },
      });
      i18n.loadLocaleSync("en", { source: "hello = Hello, { $name }!" });
      stack.use(session({ initial: () => ({}) }), i18n);
      stack.on("message", (ctx) => ctx.reply(ctx.t("hello", { name: ctx.from.first_name })));
      return { handle: (u) => stack.handleUpdate(u), make: hello, count: 10_000 };
    }
    case "commands": {
      const bot = thisBot(kb, answerer, { kind: "memory" });
      const browsing = [
        () => textUpdate("/help"),
        () => callbackUpdate(encodeAction({ kind: "timeline", lang: "en", page: 1 })),
        () => callbackUpdate(encodeAction({ kind: "timeline", lang: "en", page: 2 })),
      ];
      return { handle: (u) => bot.handleUpdate(u), make: (i) => browsing[i % 3]!(), count: 5_000 };
    }
    case "asking": {
      const bot = thisBot(kb, answerer, { kind: "memory" });
      return { handle: (u) => bot.handleUpdate(u), make: question, count: 2_000 };
    }
    case "search":
      return {
        handle: (update) => {
          answerer.answer(update.message!.text!, { fallbackLang: "en" });
          return Promise.resolve();
        },
        make: question,
        count: 2_000,
      };
  }
}

const ROUNDS = 5;
const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

export function thisBot(kb: KnowledgeBase, answerer: QuestionAnswerer, sessions: SessionStorageConfig) {
  const bot = createBot({ token: "bench", botInfo: BOT_INFO, sessions }, { kb, answerer, log: console });
  bot.api.config.use(inProcessApi);
  return bot;
}

export async function benchUpdates(
  kb: KnowledgeBase,
  answerer: QuestionAnswerer,
  report: (row: Row) => void,
  /** Where the Redis line keeps its sessions; without it, that line says it was skipped. */
  redisUrl: string | undefined,
): Promise<void> {
  const samples = new Map<StreamName, number[]>(STREAMS.map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++)
    for (const name of STREAMS) {
      const { perSecond } = (await runScript("update-stream.ts", [name], { timeoutMs: 120_000 })) as {
        perSecond: number;
      };
      samples.get(name)!.push(perSecond);
    }
  const { framework, frameworkStack, commands, asking, search } = Object.fromEntries(
    STREAMS.map((name) => [name, median(samples.get(name)!)]),
  ) as Record<StreamName, number>;

  report({ name: "(1) bare grammY, constant reply", figures: { "updates/s": framework } });
  report({
    name: "(2) grammY + session + i18n",
    figures: { "updates/s": frameworkStack, "× (1)": frameworkStack / framework },
  });
  report({
    name: "(3) this bot: /help, /timeline pages",
    figures: { "updates/s": commands, "× (2), target ≥ 0.8": commands / frameworkStack },
  });
  report({
    name: "(4) this bot: free-text questions",
    figures: { "updates/s": asking, "× (5), target ≥ 0.8": asking / search },
  });
  report({ name: "(5) search core alone, same questions", figures: { "answers/s": search } });

  // Many people, each choosing a language: every update reads a session, every choice writes one.
  const choosing = (i: number) =>
    i % 2
      ? callbackUpdate(encodeAction({ kind: "language", lang: "be" }), 1000 + (i >> 1))
      : textUpdate("/help", 1000 + (i >> 1));
  const sessionsLine = async (where: string, sessions: SessionStorageConfig) => {
    const bot = thisBot(kb, answerer, sessions);
    await rate((u) => bot.handleUpdate(u), choosing, 500); // warm-up: these people exist when timed
    const perSecond = await rate((u) => bot.handleUpdate(u), choosing, 2_000);
    report({
      name: `this bot, sessions ${where}: /help + /language`,
      figures: { "updates/s": perSecond, "× (3)": perSecond / commands },
    });
  };

  const dir = mkdtempSync(join(tmpdir(), "bench-sessions-"));
  try {
    await sessionsLine("on disk", { kind: "file", dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (redisUrl === undefined)
    return report({ name: "this bot, sessions in Redis: /help + /language", figures: {}, note: NO_REDIS });
  const store = await openSessionStore({ redisUrl, sessionDir: "", log: console });
  try {
    await sessionsLine("in Redis", store.sessions);
  } finally {
    await store.close();
  }
}
