import { type Composer, InlineKeyboard } from "grammy";
import { BotComposer } from "../composer.js";
import type { BotContext } from "../context.js";
import { safe } from "../html.js";
import { viewOf } from "../render/view.js";
import { replyHtml } from "../reply.js";
import { replyWithFact } from "./facts.js";
import type { FeatureDeps } from "./shared.js";

/** The payload of the "open the bot" button that inline mode shows when nothing matches. */
export const INLINE_START_PAYLOAD = "inline";

/** /start: the welcome, or, from a deep link t.me/<bot>?start=<fact id>, that fact. */
export function start(deps: FeatureDeps): Composer<BotContext> {
  const composer = new BotComposer<BotContext>();
  composer.command("start", async (ctx) => {
    const payload = ctx.match.trim();
    const fact = deps.kb.byId.get(payload);
    if (fact) return replyWithFact(ctx, fact, deps);
    if (payload && payload !== INLINE_START_PAYLOAD)
      await replyHtml(ctx, safe`${ctx.t("start-unknown-link")}`);
    const view = viewOf(ctx);
    const keyboard = new InlineKeyboard().switchInlineCurrent(view.t("button-try-inline"), "");
    await replyHtml(ctx, safe`${ctx.t("welcome", { name: ctx.from?.first_name ?? "" })}`, keyboard);
  });
  return composer;
}
