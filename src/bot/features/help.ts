import { renderContextOf } from "../render/context.js";
import { helpMessage } from "../render/help.js";
import { sendMessage } from "../reply.js";
import type { Feature, FeatureDeps } from "./feature.js";

/** /help: how to ask, the commands, inline mode and /language. */
export function helpFeature({ kb, menu }: FeatureDeps): Feature {
  return { command: (ctx) => sendMessage(ctx, helpMessage(renderContextOf(ctx, kb), menu)) };
}
