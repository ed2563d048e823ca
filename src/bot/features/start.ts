import { ownCommand } from "../message.js";
import { renderContextOf } from "../render/context.js";
import { conventionsMessage } from "../render/conventions.js";
import { factMessage } from "../render/fact.js";
import { unknownLinkMessage, welcomeMessage } from "../render/start.js";
import { timelineMessage } from "../render/timeline.js";
import { sendMessage } from "../reply.js";
import type { Feature, FeatureDeps } from "./feature.js";
import { sendSources } from "./sources.js";
import { answerStale } from "./stale.js";

/** The payload of the "open the bot" button that inline mode shows when nothing matches. */
export const INLINE_START_PAYLOAD = "inline";

/**
 * /start: the welcome with the main topics as buttons (they work without inline mode), or, from
 * a deep link t.me/<bot>?start=<fact id>, that fact. The topics' list buttons open each list as
 * a new message, like its command.
 */
export function startFeature({ kb }: FeatureDeps): Feature {
  return {
    command: async (ctx) => {
      const payload = ownCommand(ctx)?.args ?? "";
      const rc = renderContextOf(ctx, kb);
      const fact = kb.byId.get(payload);
      if (fact) return sendMessage(ctx, factMessage(rc, fact, "answer"));
      if (payload && payload !== INLINE_START_PAYLOAD) await sendMessage(ctx, unknownLinkMessage(rc));
      await sendMessage(ctx, welcomeMessage(rc, ctx.from?.first_name ?? ""));
    },
    buttons: {
      open: async (ctx) => {
        if (!ctx.chat) return answerStale(ctx, kb);
        const rc = renderContextOf(ctx, kb);
        switch (ctx.action.list) {
          case "timeline":
            return sendMessage(ctx, timelineMessage(rc, 0));
          case "conventions":
            return sendMessage(ctx, conventionsMessage(rc));
          case "sources":
            return sendSources(ctx, kb);
        }
      },
    },
  };
}
