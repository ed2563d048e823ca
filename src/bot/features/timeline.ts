import { type Composer, InlineKeyboard } from "grammy";
import { BotComposer } from "../composer.js";
import { timelinePageCount, TIMELINE_PAGE_SIZE, type Catalog } from "../catalog.js";
import { encodeAction } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { safe, italic, joinHtml } from "../html.js";
import { formatPeriod } from "../render/dates.js";
import { keyboardOf } from "../render/keyboard.js";
import { numberedFacts } from "../render/numbered.js";
import { titleWithoutDate } from "../render/titles.js";
import { viewOf, type View } from "../render/view.js";
import { sendScreen, showScreen, type Screen } from "../reply.js";
import { answerStale, hasAction, isCommand, type FeatureDeps } from "./shared.js";

/** /timeline: the dated facts in order, a page at a time; every button changes it in place. */
export function timeline(deps: FeatureDeps): Composer<BotContext> {
  const composer = new BotComposer<BotContext>();
  composer.filter(isCommand("timeline"), (ctx) => sendScreen(ctx, deps.views.timelinePage(viewOf(ctx), 0)));
  composer.filter(hasAction("timeline"), async (ctx) => {
    if (ctx.action.page >= timelinePageCount(deps.catalog)) return answerStale(ctx);
    await showScreen(ctx, deps.views.timelinePage(viewOf(ctx), ctx.action.page));
  });
  return composer;
}

/** One page: "date — title" lines (the title without the date the line already shows), numbers, arrows. */
export function timelinePage(catalog: Catalog, page: number, view: View): Screen {
  const pages = timelinePageCount(catalog);
  const first = page * TIMELINE_PAGE_SIZE;
  const items = catalog.timeline.slice(first, first + TIMELINE_PAGE_SIZE);
  const { lines, rows } = numberedFacts(items, first + 1, "timeline", view, (fact) => {
    const date = formatPeriod(fact, view.lang) ?? "";
    return safe`${italic(date)} — ${titleWithoutDate(fact.text[view.lang].title, date)}`;
  });
  const turn = (label: string, to: number) =>
    InlineKeyboard.text(view.t(label), encodeAction({ kind: "timeline", lang: view.lang, page: to }));
  const paging = [
    ...(page > 0 ? [turn("button-previous-page", page - 1)] : []),
    ...(page < pages - 1 ? [turn("button-next-page", page + 1)] : []),
  ];
  const header = safe`<b>${view.t("timeline-title")}</b> · ${view.t("page-of", { page: page + 1, pages })}\n`;
  const body = lines.length > 0 ? lines : [safe`${view.t("list-empty")}`];
  return {
    text: joinHtml([header, ...body, safe`\n${view.t("list-hint")}`], "\n"),
    keyboard: keyboardOf([...rows, paging]),
  };
}
