import { type Composer, InlineKeyboard } from "grammy";
import { BotComposer } from "../composer.js";
import { LANGS, type Lang } from "../../langs.js";
import { encodeAction } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { safe } from "../html.js";
import { preferredLang } from "../language.js";
import { isGroupChat } from "../message.js";
import { viewOf, type View } from "../render/view.js";
import { editHtml, replyHtml } from "../reply.js";
import { hasAction, isCommand } from "./shared.js";

/**
 * /language: buttons for be, ru, en. The choice is stored in the person's session and then
 * applies everywhere, inline mode included, except that a question clearly written in another
 * language is still answered in that language. In a group the menu is shared: a press sets the
 * presser's own language and says so in an alert only they see; the message stays as it is.
 */
export function language(): Composer<BotContext> {
  const composer = new BotComposer<BotContext>();
  composer.filter(isCommand("language"), (ctx) =>
    replyHtml(ctx, safe`${ctx.t("language-choose")}`, languageKeyboard(viewOf(ctx), preferredLang(ctx))),
  );
  composer.filter(hasAction("language"), async (ctx) => {
    ctx.session.language = ctx.action.lang;
    if (isGroupChat(ctx)) {
      await ctx.answerCallbackQuery({ text: ctx.t("language-chosen"), show_alert: true });
      return;
    }
    // The button carries the chosen language, so ctx.t already speaks it.
    const view = viewOf(ctx);
    await editHtml(ctx, safe`${ctx.t("language-chosen")}`, languageKeyboard(view, ctx.action.lang));
    await ctx.answerCallbackQuery({ text: ctx.t("language-chosen-short") });
  });
  return composer;
}

function languageKeyboard(view: View, current: Lang): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const lang of LANGS) {
    const name = view.t(`language-name-${lang}`);
    keyboard.text(lang === current ? `✓ ${name}` : name, encodeAction({ kind: "language", lang }));
  }
  return keyboard;
}
