import { renderContextOf } from "../render/context.js";
import { conventionsMessage } from "../render/conventions.js";
import { sendMessage, showMessage } from "../reply.js";
import type { Feature, FeatureDeps } from "./feature.js";

/** /conventions: the treaties with their status today; its button shows the list again in place. */
export function conventionsFeature({ kb }: FeatureDeps): Feature {
  return {
    command: (ctx) => sendMessage(ctx, conventionsMessage(renderContextOf(ctx, kb))),
    buttons: { conventions: (ctx) => showMessage(ctx, conventionsMessage(renderContextOf(ctx, kb))) },
  };
}
