import type { Composer } from "grammy";
import { BotComposer } from "../composer.js";
import type { BotContext } from "../context.js";
import { bold, safe, type Html } from "../html.js";
import { formatDate } from "../render/dates.js";
import { sourceLink } from "../render/fact.js";
import { splitLines } from "../render/split.js";
import { viewOf, type View } from "../render/view.js";
import { replyHtml } from "../reply.js";
import { isCommand, type FeatureDeps } from "./shared.js";

/** /sources: every document the answers cite, as links; one message unless the visible text needs more. */
export function sources(deps: FeatureDeps): Composer<BotContext> {
  const composer = new BotComposer<BotContext>();
  composer.filter(isCommand("sources"), async (ctx) => {
    for (const text of sourcesMessages(deps, viewOf(ctx))) await replyHtml(ctx, text);
  });
  return composer;
}

export function sourcesMessages(deps: Pick<FeatureDeps, "kb">, view: View): Html[] {
  const heading = bold(view.t("sources-title", { count: deps.kb.sources.length }));
  const lines = deps.kb.sources.map(
    (source) =>
      safe`• ${sourceLink(source, view)} — ${source.publisher}${source.date ? `, ${formatDate(source.date, view.lang)}` : ""}`,
  );
  return splitLines(heading, lines);
}
