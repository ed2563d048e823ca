import type { InlineKeyboard } from "grammy";
import type { Html } from "../html.js";
import { factKeyboard, factMessage } from "../render/fact.js";
import { memoized } from "../render/memo.js";
import type { View } from "../render/view.js";
import { helpMessage } from "./help.js";
import { article } from "./inline.js";
import type { FeatureDeps } from "./shared.js";
import { timelinePage } from "./timeline.js";

/** The bot's messages that depend only on the language (and their arguments), built once each. */
export interface Views {
  fact(view: View, id: string): { text: Html; keyboard: InlineKeyboard };
  help(view: View): Html;
  timelinePage(view: View, page: number): { text: Html; keyboard: InlineKeyboard };
  article(view: View, id: string): ReturnType<typeof article>;
}

export function createViews({ kb, catalog }: Omit<FeatureDeps, "views">): Views {
  return {
    fact: memoized((view, id: string) => {
      const fact = kb.byId.get(id)!;
      return { text: factMessage(fact, view), keyboard: factKeyboard(fact, view, kb, catalog) };
    }),
    help: memoized((view) => helpMessage(view)),
    timelinePage: memoized((view, page: number) => timelinePage(catalog, page, view)),
    article: memoized((view, id: string) => article(kb.byId.get(id)!, view)),
  };
}
