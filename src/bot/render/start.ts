import { safe } from "../html.js";
import type { RenderContext } from "./context.js";
import { memoizeMessage } from "./memo.js";
import type { BotMessage } from "./message.js";
import { topicsKeyboard } from "./topics.js";

/** /start: the welcome, by the person's first name, with the main topics as buttons. */
export function welcomeMessage(rc: RenderContext, name: string): BotMessage {
  return { text: safe`${rc.t("welcome", { name })}`, keyboard: topicsKeyboard(rc) };
}

/** Said before the welcome when a deep link names a fact that is gone. */
export const unknownLinkMessage = memoizeMessage((rc: RenderContext): BotMessage => ({
  text: safe`${rc.t("start-unknown-link")}`,
}));
