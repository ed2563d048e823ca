import type { Place } from "../callback-data.js";
import type { Html } from "../html.js";
import { factKeyboard, factMessage, relatedFacts, relatedItemKeyboard, relatedList } from "../render/fact.js";
import { memoized } from "../render/memo.js";
import type { View } from "../render/view.js";
import type { Screen } from "../reply.js";
import { conventionsList } from "./conventions.js";
import { helpMessage } from "./help.js";
import { article } from "./inline.js";
import type { FeatureDeps } from "./shared.js";
import { timelinePage } from "./timeline.js";

/**
 * The bot's messages that depend only on the language (and their arguments), built once each.
 * Facts are checked to exist before these are called.
 */
export interface Views {
  /** A fact shown as an answer or as an item of a list. */
  fact(view: View, id: string, place: Place): Screen;
  /** The facts related to `id`, numbered; "back" shows `id` in `place` again. */
  related(view: View, id: string, place: Place): Screen;
  /** The item-th related fact of `id` (1-based), with the way back to that list; undefined past the end. */
  relatedItem(view: View, id: string, place: Place, item: number): Screen | undefined;
  help(view: View): Html;
  timelinePage(view: View, page: number): Screen;
  conventions(view: View): Screen;
  article(view: View, id: string): ReturnType<typeof article>;
}

export function createViews({ kb, catalog }: Omit<FeatureDeps, "views">): Views {
  const fact = (id: string) => kb.byId.get(id)!;
  const relatedItem = memoized((view, id: string, place: Place, item: number) => {
    const origin = fact(id);
    const other = relatedFacts(origin, kb)[item - 1];
    if (!other) return null;
    return { text: factMessage(other, view), keyboard: relatedItemKeyboard(other, origin, place, view, kb) };
  });
  return {
    fact: memoized((view, id: string, place: Place) => ({
      text: factMessage(fact(id), view),
      keyboard: factKeyboard(fact(id), place, view, kb, catalog),
    })),
    related: memoized((view, id: string, place: Place) => relatedList(fact(id), place, view, kb)),
    relatedItem: (view, id, place, item) => relatedItem(view, id, place, item) ?? undefined,
    help: memoized((view) => helpMessage(view)),
    timelinePage: memoized((view, page: number) => timelinePage(catalog, page, view)),
    conventions: memoized((view) => conventionsList(catalog, view)),
    article: memoized((view, id: string) => article(kb.byId.get(id)!, view)),
  };
}
