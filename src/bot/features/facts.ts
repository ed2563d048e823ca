import type { Composer } from "grammy";
import { BotComposer } from "../composer.js";
import { voteLabels, withVoteButtons } from "../../feedback/telegram.js";
import type { Fact } from "../../kb/types.js";
import { homeList } from "../catalog.js";
import type { BotContext } from "../context.js";
import { relatedFacts } from "../render/fact.js";
import { viewOf } from "../render/view.js";
import { sendScreen, showScreen } from "../reply.js";
import { answerStale, hasAction, type FeatureDeps } from "./shared.js";

/**
 * Sends one fact as its own message, as an answer, with its buttons; with `voteId` (the answer
 * to a recorded question), 👍/👎 too.
 */
export async function replyWithFact(
  ctx: BotContext,
  fact: Fact,
  deps: FeatureDeps,
  voteId?: string,
): Promise<void> {
  const view = viewOf(ctx);
  const screen = deps.views.fact(view, fact.id, "answer");
  await sendScreen(
    ctx,
    voteId
      ? {
          ...screen,
          keyboard: withVoteButtons(screen.keyboard, voteLabels(deps.kb, view.lang), view.lang, voteId),
        }
      : screen,
  );
}

/**
 * Buttons that show facts. A topic or a suggestion is like a new question: a new message. Every
 * step within a list (an item, its neighbours, its related facts, back) changes the message in
 * place.
 */
export function facts(deps: FeatureDeps): Composer<BotContext> {
  const composer = new BotComposer<BotContext>();
  composer.filter(hasAction("fact"), async (ctx) => {
    const fact = deps.kb.byId.get(ctx.action.id);
    // A button on an inline message has no chat to answer in.
    if (!fact || !ctx.chat) return answerStale(ctx);
    await replyWithFact(ctx, fact, deps);
  });
  composer.filter(hasAction("show"), async (ctx) => {
    const fact = deps.kb.byId.get(ctx.action.id);
    if (!fact) return answerStale(ctx);
    // A list item no longer in that list (its date was removed) is still worth showing.
    const inList = ctx.action.place === "answer" || deps.catalog[ctx.action.place].includes(fact);
    await showScreen(ctx, deps.views.fact(viewOf(ctx), fact.id, inList ? ctx.action.place : "answer"));
  });
  composer.filter(hasAction("neighbour"), async (ctx) => {
    const fact = deps.kb.byId.get(ctx.action.id);
    if (!fact) return answerStale(ctx);
    await showScreen(ctx, deps.views.fact(viewOf(ctx), fact.id, homeList(fact) ?? "answer"));
  });
  composer.filter(hasAction("related"), async (ctx) => {
    const { id, place, item } = ctx.action;
    const fact = deps.kb.byId.get(id);
    if (!fact || relatedFacts(fact, deps.kb).length === 0) return answerStale(ctx);
    const view = viewOf(ctx);
    const screen =
      item === undefined
        ? deps.views.related(view, id, place)
        : deps.views.relatedItem(view, id, place, item);
    if (!screen) return answerStale(ctx);
    await showScreen(ctx, screen);
  });
  return composer;
}
