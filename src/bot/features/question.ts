import type { Middleware } from "grammy";
import { recordQuestion } from "../../feedback/telegram.js";
import type { BotContext } from "../context.js";
import { answerMessage } from "../render/answer.js";
import { renderContextOf } from "../render/context.js";
import { sendMessage } from "../reply.js";
import type { FeatureDeps } from "./feature.js";

/**
 * A question in words, typed or as the caption of a photo, video or document: the search core's
 * answer (understand.ts asked it), or an honest "I don't know" with the close topics, or the
 * main topics when none is close. Answers and declines are recorded (src/feedback/).
 */
export function questionFeature({ kb, menu, feedback }: FeatureDeps): Middleware<BotContext> {
  return async (ctx, next) => {
    const answer = ctx.answer;
    if (!answer) return next();
    // Recorded before the reply, so that its 👍/👎 can name the record.
    const recorded = answer.kind === "decline" || answer.fact !== undefined;
    const vote = recorded ? recordQuestion(feedback, ctx, answer) : undefined;
    await sendMessage(ctx, answerMessage(renderContextOf(ctx, kb), answer, menu, vote));
  };
}
