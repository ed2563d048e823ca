/**
 * The bot's Telegram profile, published at start like the command menu: the description (shown
 * in an empty chat, "What can this bot do?") and the short description (the profile page, and
 * links to the bot), in Belarusian and Russian for clients in those languages and in English for
 * everyone else, from locales/<lang>/runtime.ftl. Also what the bot must do when BotFather's
 * inline mode is off.
 */
import type { Api, Bot, Transformer } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import type { KnowledgeBase } from "../kb/types.js";
import type { Lang } from "../langs.js";
import type { BotContext } from "./context.js";
import type { BotLogger } from "./errors.js";

/** Telegram's limits: 512 and 120 characters. */
export const DESCRIPTION_LIMIT = 512;
export const SHORT_DESCRIPTION_LIMIT = 120;

/** Default first: clients in any other language get it. */
const PROFILE_LANGS: { lang: Lang; language_code?: "be" | "ru" }[] = [
  { lang: "en" },
  { lang: "be", language_code: "be" },
  { lang: "ru", language_code: "ru" },
];

/** The texts published for one language. */
export function profileTexts(kb: KnowledgeBase, lang: Lang): { description: string; short: string } {
  return { description: kb.t(lang, "bot-description"), short: kb.t(lang, "bot-short-description") };
}

/**
 * Sets both descriptions in the three languages, each only when Telegram has a different text
 * (a restart loop must not spend Telegram's rate limit on them). A failure is logged and
 * reported as `false`, never thrown: the bot works without a profile text.
 */
export async function publishProfile(
  api: Api,
  kb: KnowledgeBase,
  log: BotLogger = console,
): Promise<boolean> {
  let ok = true;
  for (const { lang, language_code } of PROFILE_LANGS) {
    const other = language_code ? { language_code } : {};
    const { description, short } = profileTexts(kb, lang);
    const which = language_code ?? "default";
    try {
      const current = await api.getMyDescription(other);
      if (current.description !== description) await api.setMyDescription(description, other);
    } catch (error) {
      ok = false;
      log.error(`setMyDescription (${which}) failed; the bot runs without that description:`, error);
    }
    try {
      const current = await api.getMyShortDescription(other);
      if (current.short_description !== short) await api.setMyShortDescription(short, other);
    } catch (error) {
      ok = false;
      log.error(`setMyShortDescription (${which}) failed; the bot runs without that description:`, error);
    }
  }
  return ok;
}

/**
 * Share buttons (switch_inline_query…) only work when inline mode is on in @BotFather; getMe
 * says whether it is. When it is off, this logs what to do and removes those buttons from every
 * message the bot sends, so that nobody presses a button that cannot work. Returns whether
 * inline mode is on.
 */
export function checkInlineMode(bot: Bot<BotContext>, log: BotLogger): boolean {
  if (bot.botInfo.supports_inline_queries) return true;
  log.warn(
    `Inline mode is off for @${bot.botInfo.username}: sharing answers into other chats is unavailable and its ` +
      "buttons are hidden. Turn it on in @BotFather: /setinline, choose the bot, give a placeholder; then restart the bot",
  );
  bot.api.config.use(withoutInlineButtons);
  return false;
}

const NEEDS_INLINE_MODE = [
  "switch_inline_query",
  "switch_inline_query_current_chat",
  "switch_inline_query_chosen_chat",
];

/** Drops the buttons that need inline mode from any call's inline keyboard, and the rows left empty. */
export const withoutInlineButtons: Transformer = (prev, method, payload, signal) => {
  const markup = (payload as { reply_markup?: { inline_keyboard?: InlineKeyboardButton[][] } }).reply_markup;
  if (!markup?.inline_keyboard) return prev(method, payload, signal);
  const rows = markup.inline_keyboard
    .map((row) => row.filter((button) => !NEEDS_INLINE_MODE.some((key) => key in button)))
    .filter((row) => row.length > 0);
  const reply_markup =
    rows.length > 0 || method === "editMessageReplyMarkup" ? { inline_keyboard: rows } : undefined;
  return prev(method, { ...payload, reply_markup } as typeof payload, signal);
};
