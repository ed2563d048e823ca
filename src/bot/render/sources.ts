import { bold, safe } from "../html.js";
import type { BotMessage } from "./message.js";
import type { RenderContext } from "./context.js";
import { formatDate } from "./dates.js";
import { sourceLink } from "./fact.js";
import { memoizeMessage } from "./memo.js";
import { splitLines } from "./split.js";

/** /sources: every document the answers cite, as links; one message unless the visible text needs more. */
export const sourcesMessages = memoizeMessage((rc: RenderContext): BotMessage[] => {
  const heading = bold(rc.t("sources-title", { count: rc.kb.sources.length }));
  const lines = rc.kb.sources.map(
    (source) =>
      safe`• ${sourceLink(rc, source)} — ${source.publisher}${source.date ? `, ${formatDate(source.date, rc.lang)}` : ""}`,
  );
  return splitLines(heading, lines).map((text) => ({ text }));
});
