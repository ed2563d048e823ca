import type { Composer } from "grammy";
import { BotComposer } from "../composer.js";
import type { BotContext } from "../context.js";
import { safe, italic } from "../html.js";
import { keyboardOf } from "../render/keyboard.js";
import { numberedFacts } from "../render/numbered.js";
import { splitLines } from "../render/split.js";
import { viewOf } from "../render/view.js";
import { replyHtml } from "../reply.js";
import type { FeatureDeps } from "./shared.js";

/** /conventions: the treaties with their status today; each number opens what is known of it. */
export function conventions(deps: FeatureDeps): Composer<BotContext> {
  const composer = new BotComposer<BotContext>();
  composer.command("conventions", async (ctx) => {
    const view = viewOf(ctx);
    const { lines, rows } = numberedFacts(deps.catalog.conventions, 1, view, (fact) => {
      const status = fact.status ? view.t(`convention-status-${fact.status}`) : "";
      return safe`${fact.text[view.lang].title} — ${italic(status)}`;
    });
    const header = safe`<b>${view.t("conventions-title")}</b>\n`;
    const body = lines.length > 0 ? lines : [safe`${view.t("list-empty")}`];
    const messages = splitLines([header, ...body, safe`\n${view.t("list-hint")}`]);
    for (const [index, text] of messages.entries())
      await replyHtml(ctx, text, index === messages.length - 1 ? keyboardOf(rows) : undefined);
  });
  return composer;
}
