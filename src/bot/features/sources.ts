import { renderContextOf } from "../render/context.js";
import { sourcesMessages } from "../render/sources.js";
import { sendMessage } from "../reply.js";
import type { BotContext } from "../context.js";
import type { KnowledgeBase } from "../../kb/types.js";
import type { Feature, FeatureDeps } from "./feature.js";

/** /sources: every document the answers cite, as links, in as few messages as fit. */
export function sourcesFeature({ kb }: FeatureDeps): Feature {
  return { command: (ctx) => sendSources(ctx, kb) };
}

/** Also for the topic menu's button. */
export async function sendSources(ctx: BotContext, kb: KnowledgeBase): Promise<void> {
  for (const message of sourcesMessages(renderContextOf(ctx, kb))) await sendMessage(ctx, message);
}
