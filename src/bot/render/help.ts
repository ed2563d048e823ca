import { joinHtml, safe, type Html } from "../html.js";
import type { RenderContext } from "./context.js";
import { memoize } from "./memo.js";
import type { BotMessage } from "./message.js";

/** A command as its menu shows it (src/bot/commands.ts declares them). */
export interface MenuEntry {
  name: string;
  /** The Fluent key of its description, `command-<name>` in locales/<lang>/*.ftl. */
  description: string;
}

/** "/timeline — …" lines, one per command except /start, for help texts. */
function commandLines(rc: RenderContext, menu: readonly MenuEntry[]): Html[] {
  return menu
    .filter((command) => command.name !== "start")
    .map((command) => safe`/${command.name} — ${rc.t(command.description)}`);
}

/**
 * /help: how to ask, the commands, inline mode and /language; also the reply to "help" in words.
 * The menu is the bot's one list of commands, so it is not part of the cache key.
 */
export const helpMessage = memoize(
  (rc: RenderContext, menu: readonly MenuEntry[]): BotMessage => ({
    text: joinHtml(
      [
        safe`${rc.t("help-intro")}`,
        ...commandLines(rc, menu),
        safe`\n${rc.t("help-inline", { bot: `@${rc.botUsername}` })}`,
        safe`${rc.t("help-language")}`,
      ],
      "\n",
    ),
  }),
  (rc) => `${rc.lang}\u0000${rc.botUsername}`,
  (rc) => rc.kb,
);

/** A command no feature took: the closest real one ("/timelin" → /timeline), else the list. */
export function unknownCommandMessage(
  rc: RenderContext,
  menu: readonly MenuEntry[],
  typed: string,
  suggestion: string | undefined,
): BotMessage {
  const command = `/${typed}`;
  return {
    text: suggestion
      ? safe`${rc.t("command-unknown-suggest", { command, suggestion: `/${suggestion}` })}`
      : joinHtml([safe`${rc.t("command-unknown", { command })}\n`, ...commandLines(rc, menu)], "\n"),
  };
}
