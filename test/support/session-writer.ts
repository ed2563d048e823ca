/**
 * A bot that saves /language choices as fast as it can, for the crash test
 * (test/faults/session-crash.test.ts), which kills it with SIGKILL at a random moment:
 * `node --import tsx test/support/session-writer.ts <session folder> <people> <round>`.
 *
 * The real bot (createBot with file sessions), its Bot API answered in process. Every round,
 * each person presses the language button for the next language, all at once; before an update
 * starts it prints `try <user id> <lang>`, once it is handled `done <user id> <lang>`.
 */
import type { Transformer } from "grammy";
import { createBot } from "../../src/bot/index.js";
import { encodeAction } from "../../src/bot/callback-data.js";
import { loadKnowledgeBase } from "../../src/kb/load.js";
import { LANGS } from "../../src/langs.js";
import { createAnswerer } from "../../src/search/index.js";
import { BOT_USER } from "../deploy/fake-bot-api.js";
import { buttonPress, person } from "../deploy/updates.js";

const [dir, people, firstRound] = process.argv.slice(2);
if (!dir || !people) throw new Error("usage: session-writer.ts <session folder> <people> <round>");

const kb = loadKnowledgeBase();
const bot = createBot(
  { token: "123:session-writer", sessions: { kind: "file", dir }, botInfo: BOT_USER },
  {
    kb,
    answerer: createAnswerer(kb),
    log: { warn: () => undefined, error: () => undefined },
  },
);
const answerEverything: Transformer = (_prev, method, payload) => {
  const message = { message_id: 1, date: 0, chat: { id: 1, type: "private" }, text: "…" };
  const result = method === "sendMessage" || method === "editMessageText" ? { ...message, ...payload } : true;
  return Promise.resolve({ ok: true, result } as never);
};
bot.api.config.use(answerEverything);

const write = (line: string) => process.stdout.write(`${line}\n`);
for (let round = Number(firstRound ?? 0); ; round++) {
  await Promise.all(
    Array.from({ length: Number(people) }, async (_, i) => {
      const userId = 1_000 + i;
      const lang = LANGS[(round + i) % LANGS.length]!;
      write(`try ${userId} ${lang}`);
      await bot.handleUpdate(buttonPress(person(userId), encodeAction({ kind: "language", lang })));
      write(`done ${userId} ${lang}`);
    }),
  );
}
