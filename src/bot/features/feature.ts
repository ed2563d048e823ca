/** What a feature is made of, and what it is made from. */
import type { FeedbackRecorder } from "../../feedback/recorder.js";
import type { KnowledgeBase } from "../../kb/types.js";
import type { Action, ActionKind } from "../callback-data.js";
import type { BotContext } from "../context.js";
import type { MenuEntry } from "../render/help.js";

export interface FeatureDeps {
  kb: KnowledgeBase;
  /** The command menu (src/bot/commands.ts), for /help and "did you mean". */
  menu: readonly MenuEntry[];
  /** Records answered and declined questions, and adds 👍/👎 to answers; absent: nothing is recorded. */
  feedback?: FeedbackRecorder;
}

/** The context of a press of a button of kind `K`: `ctx.action` is that button's action. */
export type ButtonContext<K extends ActionKind> = BotContext & { action: Extract<Action, { kind: K }> };

/** Handlers of button kinds; the route table gives each press to the one of its kind. */
export type ButtonHandlers = { [K in ActionKind]?: (ctx: ButtonContext<K>) => Promise<void> };

/**
 * A command's handler (for "/name" in any case, with or without "@thisbot") and the buttons
 * its messages carry.
 */
export interface Feature {
  command: (ctx: BotContext) => Promise<void>;
  buttons?: ButtonHandlers;
}
