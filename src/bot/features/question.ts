import { type Composer, InlineKeyboard } from "grammy";
import { BotComposer } from "../composer.js";
import type { Answer } from "../../search/types.js";
import { recordQuestion } from "../../feedback/telegram.js";
import { encodeAction } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { safe } from "../html.js";
import { keyboardOf } from "../render/keyboard.js";
import { buttonLabel, WIDE_LABEL } from "../render/titles.js";
import { topicsKeyboard } from "../render/topics.js";
import { viewOf, type View } from "../render/view.js";
import { replyHtml } from "../reply.js";
import { replyWithFact } from "./facts.js";
import type { FeatureDeps } from "./shared.js";

/**
 * A question in words, typed or as the caption of a photo, video or document: the search core's
 * answer, or an honest "I don't know" with the close topics, or the main topics when none is close.
 */
export function question(deps: FeatureDeps): Composer<BotContext> {
  const composer = new BotComposer<BotContext>();
  composer.on("message", async (ctx, next) => {
    const answer = ctx.question;
    if (!answer) return next();
    const view = viewOf(ctx);
    switch (answer.kind) {
      case "fact":
        // Recorded before the reply, so that its 👍/👎 can name the record.
        if (!answer.fact) return replyDecline(ctx, answer, view, deps);
        return replyWithFact(ctx, answer.fact, deps, recordQuestion(deps.feedback, ctx, answer));
      case "decline":
        recordQuestion(deps.feedback, ctx, answer);
        return replyDecline(ctx, answer, view, deps);
      case "help":
        return replyHtml(ctx, deps.views.help(view));
      case "greeting":
        return replyHtml(ctx, safe`${view.t("answer-greeting")}`, topicsKeyboard(deps.kb, view));
      case "empty":
        // A lone "?", an emoji or a bare @mention: what to ask, and the topics to start from.
        return replyHtml(ctx, safe`${view.t("answer-empty-topics")}`, topicsKeyboard(deps.kb, view));
      case "thanks":
        return replyHtml(ctx, safe`${view.t("answer-thanks")}`);
    }
  });
  return composer;
}

/**
 * "I don't know that" and the close topics the search core found (one a row, at most three),
 * or, when it found none related, the main topics: never an unrelated fact.
 */
async function replyDecline(ctx: BotContext, answer: Answer, view: View, deps: FeatureDeps): Promise<void> {
  const close = answer.suggestions.slice(0, 3);
  if (close.length === 0)
    return replyHtml(
      ctx,
      safe`${view.t("answer-decline")}\n\n${view.t("answer-decline-topics")}`,
      topicsKeyboard(deps.kb, view),
    );
  const keyboard = keyboardOf(
    close.map((fact) => [
      InlineKeyboard.text(
        buttonLabel(fact.text[view.lang], WIDE_LABEL),
        encodeAction({ kind: "fact", lang: view.lang, id: fact.id }),
      ),
    ]),
  );
  await replyHtml(
    ctx,
    safe`${view.t("answer-decline")}\n\n${view.t("answer-decline-suggestions")}`,
    keyboard,
  );
}
