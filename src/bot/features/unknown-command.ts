import type { Middleware } from "grammy";
import { closest } from "../closest.js";
import type { BotContext } from "../context.js";
import { commandOf, isForThisBot, isGroupChat } from "../message.js";
import { renderContextOf } from "../render/context.js";
import { unknownCommandMessage } from "../render/help.js";
import { sendMessage } from "../reply.js";
import type { FeatureDeps } from "./feature.js";

/**
 * A command no feature took: the closest real one ("/timelin" → /timeline), else the list.
 * In groups, a bare unknown command may belong to another bot, so only "/cmd@thisbot" is answered.
 */
export function unknownCommandFeature({ kb, menu }: FeatureDeps): Middleware<BotContext> {
  const names = menu.map((command) => command.name);
  return async (ctx, next) => {
    const call = commandOf(ctx);
    if (!call) return next();
    if (!isForThisBot(ctx, call) || (isGroupChat(ctx) && !call.target)) return;
    const rc = renderContextOf(ctx, kb);
    await sendMessage(ctx, unknownCommandMessage(rc, menu, call.name, closest(call.name, names)));
  };
}
