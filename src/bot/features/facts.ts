import type { Composer } from "grammy";
import { BotComposer } from "../composer.js";
import type { Fact } from "../../kb/types.js";
import type { BotContext } from "../context.js";
import { viewOf } from "../render/view.js";
import { editHtml, replyHtml } from "../reply.js";
import { answerStale, hasAction, type FeatureDeps } from "./shared.js";

/** Sends one fact as its own message, with its buttons. */
export async function replyWithFact(ctx: BotContext, fact: Fact, deps: FeatureDeps): Promise<void> {
  const { text, keyboard } = deps.views.fact(viewOf(ctx), fact.id);
  await replyHtml(ctx, text, keyboard);
}

/** Buttons that open a fact: related facts and list items as a new message, neighbours in place. */
export function facts(deps: FeatureDeps): Composer<BotContext> {
  const composer = new BotComposer<BotContext>();
  composer.filter(hasAction("fact"), async (ctx) => {
    const fact = deps.kb.byId.get(ctx.action.id);
    // A button on an inline message has no chat to answer in.
    if (!fact || !ctx.chat) return answerStale(ctx);
    await replyWithFact(ctx, fact, deps);
  });
  composer.filter(hasAction("neighbour"), async (ctx) => {
    const fact = deps.kb.byId.get(ctx.action.id);
    if (!fact) return answerStale(ctx);
    const { text, keyboard } = deps.views.fact(viewOf(ctx), fact.id);
    await editHtml(ctx, text, keyboard);
  });
  return composer;
}
