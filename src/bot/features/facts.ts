import { catalogOf, homeList } from "../catalog.js";
import { renderContextOf } from "../render/context.js";
import { relatedFacts } from "../render/fact-buttons.js";
import { factMessage } from "../render/fact.js";
import { relatedItemMessage, relatedListMessage } from "../render/related.js";
import { sendMessage, showMessage } from "../reply.js";
import type { ButtonHandlers, FeatureDeps } from "./feature.js";
import { answerStale } from "./stale.js";

/**
 * Buttons that show facts. A topic or a suggestion is like a new question: a new message. Every
 * step within a list (an item, its neighbours, its related facts, back) changes the message in
 * place, and keeps the 👍/👎 row of the answer it started from (the button carries its `vote`).
 */
export function factButtons({ kb }: FeatureDeps): ButtonHandlers {
  return {
    fact: async (ctx) => {
      const fact = kb.byId.get(ctx.action.id);
      // A button on an inline message has no chat to answer in.
      if (!fact || !ctx.chat) return answerStale(ctx, kb);
      await sendMessage(ctx, factMessage(renderContextOf(ctx, kb), fact, "answer"));
    },
    show: async (ctx) => {
      const { id, place, vote } = ctx.action;
      const fact = kb.byId.get(id);
      if (!fact) return answerStale(ctx, kb);
      // A list item no longer in that list (its date was removed) is still worth showing.
      const inList = place === "answer" || catalogOf(kb)[place].includes(fact);
      await showMessage(ctx, factMessage(renderContextOf(ctx, kb), fact, inList ? place : "answer", vote));
    },
    neighbour: async (ctx) => {
      const fact = kb.byId.get(ctx.action.id);
      if (!fact) return answerStale(ctx, kb);
      await showMessage(ctx, factMessage(renderContextOf(ctx, kb), fact, homeList(fact) ?? "answer"));
    },
    related: async (ctx) => {
      const { id, place, item, vote } = ctx.action;
      const fact = kb.byId.get(id);
      if (!fact || relatedFacts(fact, kb).length === 0) return answerStale(ctx, kb);
      const rc = renderContextOf(ctx, kb);
      const message =
        item === undefined
          ? relatedListMessage(rc, fact, place, vote)
          : relatedItemMessage(rc, fact, place, item, vote);
      if (!message) return answerStale(ctx, kb);
      await showMessage(ctx, message);
    },
  };
}
