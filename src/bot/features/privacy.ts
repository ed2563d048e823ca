import { renderContextOf } from "../render/context.js";
import { privacyMessage } from "../render/privacy.js";
import { sendMessage } from "../reply.js";
import type { Feature, FeatureDeps } from "./feature.js";

/** /privacy: what is kept and for how long; with FEEDBACK=off, that nothing of the questions is. */
export function privacyFeature({ kb, feedback }: FeatureDeps): Feature {
  const retentionDays = feedback?.enabled ? feedback.retentionDays : undefined;
  return { command: (ctx) => sendMessage(ctx, privacyMessage(renderContextOf(ctx, kb), retentionDays)) };
}
