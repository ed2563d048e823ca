import { catalogOf, timelinePageCount } from "../catalog.js";
import { renderContextOf } from "../render/context.js";
import { timelineMessage } from "../render/timeline.js";
import { sendMessage, showMessage } from "../reply.js";
import type { Feature, FeatureDeps } from "./feature.js";
import { answerStale } from "./stale.js";

/** /timeline: the dated facts in order, a page at a time; its arrows turn the page in place. */
export function timelineFeature({ kb }: FeatureDeps): Feature {
  return {
    command: (ctx) => sendMessage(ctx, timelineMessage(renderContextOf(ctx, kb), 0)),
    buttons: {
      timeline: async (ctx) => {
        if (ctx.action.page >= timelinePageCount(catalogOf(kb))) return answerStale(ctx, kb);
        await showMessage(ctx, timelineMessage(renderContextOf(ctx, kb), ctx.action.page));
      },
    },
  };
}
