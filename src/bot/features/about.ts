import { aboutMessage } from "../render/about.js";
import { renderContextOf } from "../render/context.js";
import { sendMessage } from "../reply.js";
import type { Feature, FeatureDeps } from "./feature.js";

/** /about: what the bot is and where its answers come from. */
export function aboutFeature({ kb }: FeatureDeps): Feature {
  return { command: (ctx) => sendMessage(ctx, aboutMessage(renderContextOf(ctx, kb))) };
}
