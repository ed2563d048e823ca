import type { KnowledgeBase } from "../../kb/types.js";
import type { FeedbackRecorder } from "../../feedback/recorder.js";
import type { QuestionAnswerer } from "../../search/types.js";
import type { Action, ActionKind } from "../callback-data.js";
import type { Views } from "./views.js";
import type { Catalog } from "../catalog.js";
import type { BotContext } from "../context.js";
import type { CommandName } from "../commands.js";
import { ownCommand } from "../message.js";

/** What the feature composers answer from. */
export interface FeatureDeps {
  kb: KnowledgeBase;
  answerer: QuestionAnswerer;
  catalog: Catalog;
  /** The messages that only depend on the language, rendered once per bot (see views.ts). */
  views: Views;
  /** Records answered and declined questions, and adds 👍/👎 to answers; absent: nothing is recorded. */
  feedback?: FeedbackRecorder;
}

/** Filter for a button of one kind; narrows `ctx.action` for the handler. */
export function hasAction<K extends ActionKind>(kind: K) {
  return (ctx: BotContext): ctx is BotContext & { action: Extract<Action, { kind: K }> } =>
    ctx.action?.kind === kind;
}

/**
 * Filter for one of the bot's commands, in any case ("/HELP", "/Start"), with or without
 * "@thisbot"; grammY's own `command` filter is case-sensitive.
 */
export function isCommand(name: CommandName) {
  return (ctx: BotContext): boolean => ownCommand(ctx)?.name === name;
}

/** An old or unknown button: a polite note instead of an error. */
export async function answerStale(ctx: BotContext): Promise<void> {
  await ctx.answerCallbackQuery({ text: ctx.t("button-stale"), show_alert: true });
}
