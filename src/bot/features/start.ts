import type { Composer } from "grammy";
import { BotComposer } from "../composer.js";
import type { BotContext } from "../context.js";
import { safe } from "../html.js";
import { ownCommand } from "../message.js";
import { topicsKeyboard } from "../render/topics.js";
import { viewOf } from "../render/view.js";
import { replyHtml, sendScreen } from "../reply.js";
import { replyWithFact } from "./facts.js";
import { answerStale, hasAction, isCommand, type FeatureDeps } from "./shared.js";
import { sourcesMessages } from "./sources.js";

/** The payload of the "open the bot" button that inline mode shows when nothing matches. */
export const INLINE_START_PAYLOAD = "inline";

/**
 * /start: the welcome with the main topics as buttons (they work without inline mode), or, from
 * a deep link t.me/<bot>?start=<fact id>, that fact.
 */
export function start(deps: FeatureDeps): Composer<BotContext> {
  const composer = new BotComposer<BotContext>();
  composer.filter(isCommand("start"), async (ctx) => {
    const payload = ownCommand(ctx)?.args ?? "";
    const fact = deps.kb.byId.get(payload);
    if (fact) return replyWithFact(ctx, fact, deps);
    if (payload && payload !== INLINE_START_PAYLOAD)
      await replyHtml(ctx, safe`${ctx.t("start-unknown-link")}`);
    const view = viewOf(ctx);
    await replyHtml(
      ctx,
      safe`${ctx.t("welcome", { name: ctx.from?.first_name ?? "" })}`,
      topicsKeyboard(deps.kb, view),
    );
  });
  return composer;
}

/** The list buttons of a topic menu: each list as a new message, like the command. */
export function topics(deps: FeatureDeps): Composer<BotContext> {
  const composer = new BotComposer<BotContext>();
  composer.filter(hasAction("open"), async (ctx) => {
    if (!ctx.chat) return answerStale(ctx);
    const view = viewOf(ctx);
    switch (ctx.action.list) {
      case "timeline":
        return sendScreen(ctx, deps.views.timelinePage(view, 0));
      case "conventions":
        return sendScreen(ctx, deps.views.conventions(view));
      case "sources":
        for (const text of sourcesMessages(deps, view)) await replyHtml(ctx, text);
    }
  });
  return composer;
}
