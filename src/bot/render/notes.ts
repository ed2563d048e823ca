/**
 * The short texts that are not messages of their own: a button's toast or alert, the hint for
 * media without words, and what the person is told when an update fails.
 */
import { safe } from "../html.js";
import type { RenderContext } from "./context.js";
import type { BotMessage } from "./message.js";

/** Stickers, photos, voice and the like: ask in words. */
export function nonTextMessage(rc: RenderContext): BotMessage {
  return { text: safe`${rc.t("non-text-hint")}` };
}

/** The alert for an old or unknown button. */
export const staleButtonNote = (rc: RenderContext): string => rc.t("button-stale");

/** The toast after choosing a language, in that language. */
export const languageChosenNote = (rc: RenderContext): string => rc.t("language-chosen-short");

/** The alert in a group, where the shared menu stays as it is. */
export const languageChosenAlert = (rc: RenderContext): string => rc.t("language-chosen");

/** Sent as plain text when an update fails: never a stack trace, never silence. */
export const internalErrorNote = (rc: RenderContext): string => rc.t("error-internal");
