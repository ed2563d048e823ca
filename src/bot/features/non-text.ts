import type { Composer } from "grammy";
import { BotComposer } from "../composer.js";
import type { BotContext } from "../context.js";
import { safe } from "../html.js";
import { replyHtml } from "../reply.js";

/** Stickers, photos, voice and the like: a short hint to ask in words. Service messages are ignored. */
export function nonText(): Composer<BotContext> {
  const composer = new BotComposer<BotContext>();
  composer.on(
    [
      "message:sticker",
      "message:photo",
      "message:voice",
      "message:video",
      "message:video_note",
      "message:animation",
      "message:audio",
      "message:document",
      "message:location",
      "message:venue",
      "message:contact",
      "message:poll",
      "message:dice",
      "message:story",
    ],
    (ctx) => replyHtml(ctx, safe`${ctx.t("non-text-hint")}`),
  );
  return composer;
}
