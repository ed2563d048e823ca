import { catalogOf } from "../catalog.js";
import { italic, joinHtml, safe } from "../html.js";
import type { RenderContext } from "./context.js";
import { STATUS_KEY } from "./fact.js";
import { keyboardOf } from "./keyboard.js";
import { memoizeMessage } from "./memo.js";
import type { BotMessage } from "./message.js";
import { numberedFacts } from "./numbered.js";

/**
 * /conventions: the treaties with their status today, each number showing one in place. One
 * message: a dozen treaties of a line each are far from Telegram's limit (the tests check it).
 */
export const conventionsMessage = memoizeMessage((rc: RenderContext): BotMessage => {
  const { lines, rows } = numberedFacts(catalogOf(rc.kb).conventions, 1, "conventions", rc, (fact) => {
    const status = fact.status ? rc.t(STATUS_KEY[fact.status]) : "";
    return safe`${fact.text[rc.lang].title} — ${italic(status)}`;
  });
  const header = safe`<b>${rc.t("conventions-title")}</b>\n`;
  const body = lines.length > 0 ? lines : [safe`${rc.t("list-empty")}`];
  return {
    text: joinHtml([header, ...body, safe`\n${rc.t("list-hint")}`], "\n"),
    keyboard: keyboardOf(rows),
  };
});
