import { I18n } from "@grammyjs/i18n";
import type { KnowledgeBase } from "../kb/types.js";
import { LANGS } from "../langs.js";
import type { BotContext } from "./context.js";
import { DEFAULT_LANG, replyLang } from "./language.js";

/**
 * The i18n plugin over exactly the Fluent text that `kb:check` validated. Isolation marks are
 * off: Telegram shows them as stray characters and they break links and commands.
 */
export function createI18n(kb: KnowledgeBase): I18n<BotContext> {
  const i18n = new I18n<BotContext>({
    defaultLocale: DEFAULT_LANG,
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: replyLang,
  });
  for (const lang of LANGS) i18n.loadLocaleSync(lang, { source: kb.localeSources[lang] });
  return i18n;
}
