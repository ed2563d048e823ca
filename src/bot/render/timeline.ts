import { InlineKeyboard } from "grammy";
import { encodeAction } from "../callback-data.js";
import { catalogOf, timelinePageCount, TIMELINE_PAGE_SIZE } from "../catalog.js";
import { italic, joinHtml, safe } from "../html.js";
import type { RenderContext } from "./context.js";
import { formatPeriod } from "./dates.js";
import { keyboardOf } from "./keyboard.js";
import { memoizeMessage } from "./memo.js";
import type { BotMessage } from "./message.js";
import { numberedFacts } from "./numbered.js";
import { titleWithoutDate } from "./titles.js";

/**
 * One page of /timeline (0-based): "date — title" lines (the title without the date the line
 * already shows), numbers that open each item in place, and arrows to turn the page.
 */
export const timelineMessage = memoizeMessage((rc: RenderContext, page: number): BotMessage => {
  const catalog = catalogOf(rc.kb);
  const pages = timelinePageCount(catalog);
  const first = page * TIMELINE_PAGE_SIZE;
  const items = catalog.timeline.slice(first, first + TIMELINE_PAGE_SIZE);
  const { lines, rows } = numberedFacts(items, first + 1, "timeline", rc, (fact) => {
    const date = formatPeriod(fact, rc.lang) ?? "";
    return safe`${italic(date)} — ${titleWithoutDate(fact.text[rc.lang].title, date)}`;
  });
  const turn = (label: string, to: number) =>
    InlineKeyboard.text(rc.t(label), encodeAction({ kind: "timeline", lang: rc.lang, page: to }));
  const paging = [
    ...(page > 0 ? [turn("button-previous-page", page - 1)] : []),
    ...(page < pages - 1 ? [turn("button-next-page", page + 1)] : []),
  ];
  const header = safe`<b>${rc.t("timeline-title")}</b> · ${rc.t("page-of", { page: page + 1, pages })}\n`;
  const body = lines.length > 0 ? lines : [safe`${rc.t("list-empty")}`];
  return {
    text: joinHtml([header, ...body, safe`\n${rc.t("list-hint")}`], "\n"),
    keyboard: keyboardOf([...rows, paging]),
  };
});
