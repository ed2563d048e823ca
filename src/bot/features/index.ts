import { Composer, type Middleware } from "grammy";
import { routeTo, when } from "../composer.js";
import type { BotContext } from "../context.js";
import { about } from "./about.js";
import { conventions } from "./conventions.js";
import { facts } from "./facts.js";
import { help } from "./help.js";
import { inline } from "./inline.js";
import { language } from "./language.js";
import { nonText } from "./non-text.js";
import { question } from "./question.js";
import { privacyCommand } from "../../feedback/telegram.js";
import { answerStale, isCommand, type FeatureDeps } from "./shared.js";
import { sources } from "./sources.js";
import { start, topics } from "./start.js";
import { timeline } from "./timeline.js";
import { unknownCommand } from "./unknown-command.js";
import { createViews } from "./views.js";
import type { ActionKind } from "../callback-data.js";
import type { CommandName } from "../commands.js";
import { commandOf } from "../message.js";

/**
 * Every feature, joined in one place. A command or a button goes straight to the feature that
 * handles it, instead of past every other feature's filters (that walk was a good part of this
 * bot's own work per update); the feature still checks it (a command for another bot falls
 * through). Then, in order: unknown commands, questions, other messages, and any button no
 * feature took, answered as out of date.
 */
export function features(base: Omit<FeatureDeps, "views">): Composer<BotContext> {
  const deps: FeatureDeps = { ...base, views: createViews(base) };
  const timelineFeature = timeline(deps);
  const languageFeature = language();
  const factsFeature = facts(deps);
  const conventionsFeature = conventions(deps);
  // Typed by the command and button names, so that one without its feature does not compile.
  const commands: Record<CommandName, Middleware<BotContext>> = {
    start: start(deps),
    help: help(deps),
    about: about(deps),
    timeline: timelineFeature,
    conventions: conventionsFeature,
    sources: sources(deps),
    language: languageFeature,
    privacy: when(isCommand("privacy"), privacyCommand(deps.feedback)),
  };
  const buttons: Record<ActionKind, Middleware<BotContext>> = {
    timeline: timelineFeature,
    language: languageFeature,
    fact: factsFeature,
    show: factsFeature,
    related: factsFeature,
    neighbour: factsFeature,
    conventions: conventionsFeature,
    open: topics(deps),
  };
  const routes: Record<string, Middleware<BotContext>> = {
    ...keyed("/", commands),
    ...keyed("button:", buttons),
    inline: inline(deps),
  };
  const rest = new Composer<BotContext>(
    unknownCommand(),
    question(deps),
    nonText(),
    when((ctx) => ctx.callbackQuery !== undefined, answerStale),
  );
  // Two levels, not one chain of five: grammY nests a chain so that its first middleware is
  // reached through every level, and the routed updates, most of them, never need the rest.
  return new Composer<BotContext>(routeTo(routeOf, routes), rest);
}

function keyed<T>(prefix: string, record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).map(([name, value]) => [prefix + name, value]));
}

/** The route of an update, in the keys `features` gives: "/help", "button:timeline", "inline". */
function routeOf(ctx: BotContext): string | undefined {
  if (ctx.callbackQuery) return ctx.action && `button:${ctx.action.kind}`;
  if (ctx.inlineQuery) return "inline";
  // Commands are case-insensitive: "/HELP" is /help.
  const command = commandOf(ctx);
  return command && `/${command.name.toLowerCase()}`;
}
