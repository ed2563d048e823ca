/** The offline chat's greeting on a terminal names the bot's own commands, /about included. */
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { COMMANDS, createBot } from "../../src/bot/index.js";
import { runOfflineChat } from "../../src/cli/chat.js";
import { OFFLINE_BOT_INFO } from "../../src/cli/offline-telegram.js";
import { createLogger } from "../../src/log.js";
import { knowledge } from "../bot/support/knowledge.js";

describe("the offline chat on a terminal", () => {
  it("lists every command but /start, from the bot's declarations", async () => {
    const { kb, answerer } = knowledge();
    const bot = createBot(
      { token: "offline", sessions: { kind: "memory" }, botInfo: OFFLINE_BOT_INFO },
      { kb, answerer },
    );
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (chunk: Buffer) => (printed += chunk.toString()));
    const done = runOfflineChat({
      bot,
      lang: "en",
      input,
      output,
      interactive: true,
      logger: createLogger("error"),
    });
    input.end();
    await done;
    const intro = /use a command \(([^)]*)\)/.exec(printed)?.[1];
    expect(intro?.split(", ")).toEqual(COMMANDS.filter((name) => name !== "start").map((name) => `/${name}`));
    expect(intro).toContain("/about");
  });
});
