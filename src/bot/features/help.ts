import type { Composer } from "grammy";
import { BotComposer } from "../composer.js";
import type { BotContext } from "../context.js";
import { safe, joinHtml, type Html } from "../html.js";
import { commandList } from "../render/commands.js";
import { viewOf, type View } from "../render/view.js";
import { replyHtml } from "../reply.js";
import { isCommand, type FeatureDeps } from "./shared.js";

/** How to ask, the commands, inline mode and /language: also the reply to "help" in words. */
export function helpMessage(view: View): Html {
  return joinHtml(
    [
      safe`${view.t("help-intro")}`,
      ...commandList(view),
      safe`\n${view.t("help-inline", { bot: `@${view.botUsername}` })}`,
      safe`${view.t("help-language")}`,
    ],
    "\n",
  );
}

export function help(deps: FeatureDeps): Composer<BotContext> {
  const composer = new BotComposer<BotContext>();
  composer.filter(isCommand("help"), (ctx) => replyHtml(ctx, deps.views.help(viewOf(ctx))));
  return composer;
}
