import { type Composer, InlineKeyboard } from "grammy";
import { BotComposer } from "../composer.js";
import type { Answer } from "../../search/types.js";
import type { BotContext } from "../context.js";
import { safe } from "../html.js";
import { BUTTON_LABEL_LENGTH, openFact } from "../render/fact.js";
import { keyboardOf } from "../render/keyboard.js";
import { shorten, viewOf, type View } from "../render/view.js";
import { replyHtml } from "../reply.js";
import { replyWithFact } from "./facts.js";
import type { FeatureDeps } from "./shared.js";

/** A question in words: the search core's answer, or an honest "I don't know" with close topics. */
export function question(deps: FeatureDeps): Composer<BotContext> {
  const composer = new BotComposer<BotContext>();
  composer.on("message:text", async (ctx, next) => {
    const answer = ctx.question;
    if (!answer) return next();
    const view = viewOf(ctx);
    switch (answer.kind) {
      case "fact":
        return answer.fact ? replyWithFact(ctx, answer.fact, deps) : replyDecline(ctx, answer, view);
      case "decline":
        return replyDecline(ctx, answer, view);
      case "help":
        return replyHtml(ctx, deps.views.help(view));
      case "greeting":
      case "thanks":
      case "empty":
        return replyHtml(ctx, safe`${view.t(`answer-${answer.kind}`)}`);
    }
  });
  return composer;
}

/** "I don't know that" and the closest topics as buttons, or where to browse when none is close. */
async function replyDecline(ctx: BotContext, answer: Answer, view: View): Promise<void> {
  const keyboard = keyboardOf(
    answer.suggestions.map((fact) => [
      InlineKeyboard.text(shorten(fact.text[view.lang].title, BUTTON_LABEL_LENGTH), openFact(fact, view)),
    ]),
  );
  const next = answer.suggestions.length > 0 ? "answer-decline-suggestions" : "answer-decline-browse";
  await replyHtml(ctx, safe`${view.t("answer-decline")}\n\n${view.t(next)}`, keyboard);
}
