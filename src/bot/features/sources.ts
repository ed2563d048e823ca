import type { Composer } from "grammy";
import { BotComposer } from "../composer.js";
import type { BotContext } from "../context.js";
import { bold, safe } from "../html.js";
import { formatDate } from "../render/dates.js";
import { sourceLink } from "../render/fact.js";
import { splitLines } from "../render/split.js";
import { viewOf } from "../render/view.js";
import { replyHtml } from "../reply.js";
import type { FeatureDeps } from "./shared.js";

/** /sources: every document the answers cite, as links, split over messages when long. */
export function sources(deps: FeatureDeps): Composer<BotContext> {
  const composer = new BotComposer<BotContext>();
  composer.command("sources", async (ctx) => {
    const view = viewOf(ctx);
    const header = safe`${bold(view.t("sources-title", { count: deps.kb.sources.length }))}\n`;
    const lines = deps.kb.sources.map(
      (source) =>
        safe`• ${sourceLink(source, view)} — ${source.publisher}${source.date ? `, ${formatDate(source.date, view.lang)}` : ""}`,
    );
    for (const text of splitLines([header, ...lines])) await replyHtml(ctx, text);
  });
  return composer;
}
