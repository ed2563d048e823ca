import { Composer } from "grammy";
import type { KnowledgeBase } from "../../kb/types.js";
import type { BotContext } from "../context.js";
import { renderContextOf } from "../render/context.js";
import { staleButtonNote } from "../render/notes.js";
import type { FeatureDeps } from "./feature.js";

/** An old or unknown button: a polite note instead of an error. */
export async function answerStale(ctx: BotContext, kb: KnowledgeBase): Promise<void> {
  await ctx.answerCallbackQuery({ text: staleButtonNote(renderContextOf(ctx, kb)), show_alert: true });
}

/** Any button no feature took: old versions' buttons and forged data. */
export function staleButtonFeature({ kb }: FeatureDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on("callback_query", (ctx) => answerStale(ctx, kb));
  return composer;
}
