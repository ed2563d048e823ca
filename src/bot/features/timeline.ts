import { type Composer, InlineKeyboard } from "grammy";
import { BotComposer } from "../composer.js";
import type { Catalog } from "../catalog.js";
import { encodeAction } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { safe, italic, joinHtml, type Html } from "../html.js";
import { formatPeriod } from "../render/dates.js";
import { keyboardOf } from "../render/keyboard.js";
import { numberedFacts } from "../render/numbered.js";
import { viewOf, type View } from "../render/view.js";
import { editHtml, replyHtml } from "../reply.js";
import { answerStale, hasAction, type FeatureDeps } from "./shared.js";

/** Eight dated lines fit a phone screen without scrolling. */
export const TIMELINE_PAGE_SIZE = 8;

/** /timeline: the dated facts in order, a page at a time; the arrows edit the message in place. */
export function timeline(deps: FeatureDeps): Composer<BotContext> {
  const composer = new BotComposer<BotContext>();
  composer.command("timeline", async (ctx) => {
    const page = deps.views.timelinePage(viewOf(ctx), 0);
    await replyHtml(ctx, page.text, page.keyboard);
  });
  composer.filter(hasAction("timeline"), async (ctx) => {
    if (ctx.action.page >= pageCount(deps.catalog)) return answerStale(ctx);
    const page = deps.views.timelinePage(viewOf(ctx), ctx.action.page);
    await editHtml(ctx, page.text, page.keyboard);
  });
  return composer;
}

function pageCount(catalog: Catalog): number {
  return Math.max(1, Math.ceil(catalog.timeline.length / TIMELINE_PAGE_SIZE));
}

export function timelinePage(
  catalog: Catalog,
  page: number,
  view: View,
): { text: Html; keyboard: InlineKeyboard } {
  const pages = pageCount(catalog);
  const first = page * TIMELINE_PAGE_SIZE;
  const items = catalog.timeline.slice(first, first + TIMELINE_PAGE_SIZE);
  const { lines, rows } = numberedFacts(
    items,
    first + 1,
    view,
    (fact) => safe`${italic(formatPeriod(fact, view.lang) ?? "")} — ${fact.text[view.lang].title}`,
  );
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
