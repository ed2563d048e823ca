import { InlineKeyboard } from "grammy";
import { LANGS, type Lang } from "../../langs.js";
import { encodeAction } from "../callback-data.js";
import { safe } from "../html.js";
import type { RenderContext } from "./context.js";
import type { BotMessage } from "./message.js";

const LANGUAGE_NAME_KEY = {
  be: "language-name-be",
  ru: "language-name-ru",
  en: "language-name-en",
} as const satisfies Record<Lang, string>;

/** /language: be, ru, en as buttons, the current one ticked. */
export function languageMenuMessage(rc: RenderContext, current: Lang): BotMessage {
  return { text: safe`${rc.t("language-choose")}`, keyboard: languageKeyboard(rc, current) };
}

/** After a choice, in the chosen language (the button carries it, so `rc.lang` is it). */
export function languageChosenMessage(rc: RenderContext): BotMessage {
  return { text: safe`${rc.t("language-chosen")}`, keyboard: languageKeyboard(rc, rc.lang) };
}

function languageKeyboard(rc: RenderContext, current: Lang): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const lang of LANGS) {
    const name = rc.t(LANGUAGE_NAME_KEY[lang]);
    keyboard.text(lang === current ? `✓ ${name}` : name, encodeAction({ kind: "language", lang }));
  }
  return keyboard;
}
