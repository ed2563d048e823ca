import type { Composer } from "grammy";
import { BotComposer } from "../composer.js";
import { closest } from "../closest.js";
import { COMMANDS } from "../commands.js";
import type { BotContext } from "../context.js";
import { safe, joinHtml } from "../html.js";
import { commandOf, isForThisBot, isGroupChat } from "../message.js";
import { commandList } from "../render/commands.js";
import { viewOf } from "../render/view.js";
import { replyHtml } from "../reply.js";

/**
 * A command no feature took: the closest real one ("/timelin" → /timeline), else the list.
 * In groups, a bare unknown command may belong to another bot, so only "/cmd@thisbot" is answered.
 */
export function unknownCommand(): Composer<BotContext> {
  const composer = new BotComposer<BotContext>();
  composer.on("message", async (ctx, next) => {
    const call = commandOf(ctx);
    if (!call) return next();
    if (!isForThisBot(ctx, call) || (isGroupChat(ctx) && !call.target)) return;
    const view = viewOf(ctx);
    const typed = `/${call.name}`;
    const guess = closest(call.name, COMMANDS);
    const text = guess
      ? safe`${view.t("command-unknown-suggest", { command: typed, suggestion: `/${guess}` })}`
      : joinHtml([safe`${view.t("command-unknown", { command: typed })}\n`, ...commandList(view)], "\n");
    await replyHtml(ctx, text);
  });
  return composer;
}
