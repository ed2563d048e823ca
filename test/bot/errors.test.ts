import { expect, it } from "vitest";
import { createBot } from "../../src/bot/index.js";
import type { QuestionAnswerer } from "../../src/search/types.js";
import { BOT_INFO, FakeTelegram } from "./support/fake-telegram.js";
import { knowledge } from "./support/knowledge.js";

it("tells the person something went wrong, in their language, when answering fails, and logs why", async () => {
  const { kb } = knowledge();
  const broken: QuestionAnswerer = {
    answer: () => {
      throw new Error("index is corrupt");
    },
    lookup: () => ({ lang: "en", facts: [] }),
  };
  const errors: unknown[][] = [];
  const bot = createBot(
    { token: "123:TEST", sessions: { kind: "memory" }, botInfo: BOT_INFO },
    { kb, answerer: broken, log: { error: (...data) => errors.push(data), warn: () => undefined } },
  );
  const telegram = new FakeTelegram();
  bot.api.config.use(telegram.transformer);
  const from = { id: 1, is_bot: false, first_name: "Ales", language_code: "be" };
  await bot.handleUpdate({
    update_id: 1,
    message: {
      message_id: 1,
      date: 0,
      chat: { id: 1, type: "private", first_name: "Ales" },
      from,
      text: "Што такое ПАСЕ?",
    },
  });
  expect(telegram.sent.map((message) => message.text)).toEqual([
    "Прабачце, у мяне нешта пайшло не так. Паспрабуйце яшчэ раз праз хвіліну.",
  ]);
  expect(String(errors[0]?.[1])).toContain("index is corrupt");
  expect(telegram.violations).toEqual([]);
});
