import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { renderContextOf } from "../render/context.js";
import { nonTextMessage } from "../render/notes.js";
import { sendMessage } from "../reply.js";
import type { FeatureDeps } from "./feature.js";

/** Stickers, photos, voice and the like: a short hint to ask in words. Service messages are ignored. */
export function nonTextFeature({ kb }: FeatureDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
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
    (ctx) => sendMessage(ctx, nonTextMessage(renderContextOf(ctx, kb))),
  );
  return composer;
}
