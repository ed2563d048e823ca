import { preferredLang } from "../language.js";
import { isGroupChat } from "../message.js";
import { renderContextOf } from "../render/context.js";
import { languageChosenMessage, languageMenuMessage } from "../render/language.js";
import { languageChosenAlert, languageChosenNote } from "../render/notes.js";
import { editMessage, sendMessage } from "../reply.js";
import type { Feature, FeatureDeps } from "./feature.js";

/**
 * /language: buttons for be, ru, en. The choice is stored in the person's session and then
 * applies everywhere, inline mode included, except that a question clearly written in another
 * language is still answered in that language. In a group the menu is shared: a press sets the
 * presser's own language and says so in an alert only they see; the message stays as it is.
 */
export function languageFeature({ kb }: FeatureDeps): Feature {
  return {
    command: (ctx) => sendMessage(ctx, languageMenuMessage(renderContextOf(ctx, kb), preferredLang(ctx))),
    buttons: {
      language: async (ctx) => {
        ctx.session.language = ctx.action.lang;
        // The button carries the chosen language, so the reply is already in it.
        const rc = renderContextOf(ctx, kb);
        if (isGroupChat(ctx)) {
          await ctx.answerCallbackQuery({ text: languageChosenAlert(rc), show_alert: true });
          return;
        }
        await editMessage(ctx, languageChosenMessage(rc));
        await ctx.answerCallbackQuery({ text: languageChosenNote(rc) });
      },
    },
  };
}
