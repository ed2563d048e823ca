import { safe } from "../html.js";
import type { RenderContext } from "./context.js";
import { memoizeMessage } from "./memo.js";
import type { BotMessage } from "./message.js";

/** /about: what the bot is and where its answers come from. */
export const aboutMessage = memoizeMessage((rc: RenderContext): BotMessage => ({
  text: safe`${rc.t("about", { facts: rc.kb.facts.length, sources: rc.kb.sources.length })}`,
}));
