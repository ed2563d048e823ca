import { bold, joinHtml, safe } from "../html.js";
import type { RenderContext } from "./context.js";
import type { BotMessage } from "./message.js";

/**
 * /privacy: what is kept and what is not; with `retentionDays` undefined (FEEDBACK=off), that
 * nothing of the person's questions is.
 */
export function privacyMessage(rc: RenderContext, retentionDays: number | undefined): BotMessage {
  return {
    text: joinHtml(
      [
        bold(rc.t("privacy-title")),
        safe`${retentionDays === undefined ? rc.t("privacy-off") : rc.t("privacy-on", { days: retentionDays })}`,
        safe`${rc.t("privacy-common")}`,
      ],
      "\n\n",
    ),
  };
}
