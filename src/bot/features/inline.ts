import type { BotContext } from "../context.js";
import { catalogOf } from "../catalog.js";
import { renderContextOf } from "../render/context.js";
import { inlineArticle, nothingFoundButton } from "../render/inline.js";
import { MAX_INLINE_RESULTS } from "../understand.js";
import type { FeatureDeps } from "./feature.js";
import { INLINE_START_PAYLOAD } from "./start.js";

/** Results depend on the person's language, and the knowledge base changes only on restart. */
const CACHE_SECONDS = 30;

/**
 * Inline mode, "@bot question" in any chat: matching answers as articles that carry the answer
 * and its sources; highlights for an empty query; a button to open the bot when nothing matches.
 */
export function inlineFeature({ kb }: FeatureDeps): (ctx: BotContext) => Promise<void> {
  return async (ctx) => {
    const rc = renderContextOf(ctx, kb);
    const facts = ctx.inlineResults?.facts ?? catalogOf(kb).highlights;
    const results = facts.slice(0, MAX_INLINE_RESULTS).map((fact) => inlineArticle(rc, fact.id));
    await ctx.answerInlineQuery(results, {
      cache_time: CACHE_SECONDS,
      is_personal: true,
      ...(results.length === 0 && { button: nothingFoundButton(rc, INLINE_START_PAYLOAD) }),
    });
  };
}
