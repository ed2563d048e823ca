import type { Composer } from "grammy";
import { BotComposer } from "../composer.js";
import type { Catalog } from "../catalog.js";
import type { BotContext } from "../context.js";
import { safe, italic, joinHtml } from "../html.js";
import { keyboardOf } from "../render/keyboard.js";
import { numberedFacts } from "../render/numbered.js";
import { viewOf, type View } from "../render/view.js";
import { sendScreen, showScreen, type Screen } from "../reply.js";
import { hasAction, isCommand, type FeatureDeps } from "./shared.js";

/** /conventions: the treaties with their status today; each number shows one in place of the list. */
export function conventions(deps: FeatureDeps): Composer<BotContext> {
  const composer = new BotComposer<BotContext>();
  composer.filter(isCommand("conventions"), (ctx) => sendScreen(ctx, deps.views.conventions(viewOf(ctx))));
  composer.filter(hasAction("conventions"), (ctx) => showScreen(ctx, deps.views.conventions(viewOf(ctx))));
  return composer;
}

/**
 * The list in one message: a dozen treaties of a line each are far from Telegram's limit (the
 * bot's tests check every message against it).
 */
export function conventionsList(catalog: Catalog, view: View): Screen {
  const { lines, rows } = numberedFacts(catalog.conventions, 1, "conventions", view, (fact) => {
    const status = fact.status ? view.t(`convention-status-${fact.status}`) : "";
    return safe`${fact.text[view.lang].title} — ${italic(status)}`;
  });
  const header = safe`<b>${view.t("conventions-title")}</b>\n`;
  const body = lines.length > 0 ? lines : [safe`${view.t("list-empty")}`];
  return {
    text: joinHtml([header, ...body, safe`\n${view.t("list-hint")}`], "\n"),
    keyboard: keyboardOf(rows),
  };
}
