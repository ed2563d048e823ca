import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { about } from "./about.js";
import { conventions } from "./conventions.js";
import { facts } from "./facts.js";
import { help } from "./help.js";
import { inline } from "./inline.js";
import { language } from "./language.js";
import { nonText } from "./non-text.js";
import { question } from "./question.js";
import { answerStale, type FeatureDeps } from "./shared.js";
import { sources } from "./sources.js";
import { start } from "./start.js";
import { timeline } from "./timeline.js";
import { unknownCommand } from "./unknown-command.js";
import { createViews } from "./views.js";

/**
 * Every feature, joined in one place. Order matters only at the end: unknown commands after
 * all commands, and any button no feature took is answered as out of date.
 */
export function features(base: Omit<FeatureDeps, "views">): Composer<BotContext> {
  const deps: FeatureDeps = { ...base, views: createViews(base) };
  const composer = new Composer<BotContext>(
    start(deps),
    help(deps),
    about(deps),
    timeline(deps),
    conventions(deps),
    sources(deps),
    language(),
    facts(deps),
    inline(deps),
    unknownCommand(),
    question(deps),
    nonText(),
  );
  composer.on("callback_query", answerStale);
  return composer;
}
