import type { Composer } from "grammy";
import { BotComposer } from "../composer.js";
import type { BotContext } from "../context.js";
import { safe } from "../html.js";
import { replyHtml } from "../reply.js";
import { isCommand, type FeatureDeps } from "./shared.js";

/** /about: what the bot is and where its answers come from. */
export function about(deps: FeatureDeps): Composer<BotContext> {
  const composer = new BotComposer<BotContext>();
  composer.filter(isCommand("about"), (ctx) =>
    replyHtml(ctx, safe`${ctx.t("about", { facts: deps.kb.facts.length, sources: deps.kb.sources.length })}`),
  );
  return composer;
}
