import { COMMANDS } from "../commands.js";
import { safe, type Html } from "../html.js";
import type { View } from "./view.js";

/** "/timeline — …" lines, one per command except /start, for help texts. */
export function commandList(view: View): Html[] {
  return COMMANDS.filter((command) => command !== "start").map(
    (command) => safe`/${command} — ${view.t(`command-${command}`)}`,
  );
}
