/**
 * Every feature, joined in one place. Commands, buttons and inline queries go straight to their
 * handler through the route table; a command for another bot falls through. Then, in order:
 * unknown commands, questions, other messages, and any button no feature took, answered as out
 * of date.
 */
import { Composer, type MiddlewareFn } from "grammy";
import { ACTION_KINDS } from "./callback-data.js";
import { COMMAND_DECLARATIONS, COMMAND_MENU } from "./commands.js";
import type { BotContext } from "./context.js";
import type { ButtonHandlers, FeatureDeps } from "./features/feature.js";
import { factButtons } from "./features/facts.js";
import { inlineFeature } from "./features/inline.js";
import { nonTextFeature } from "./features/non-text.js";
import { questionFeature } from "./features/question.js";
import { staleButtonFeature } from "./features/stale.js";
import { unknownCommandFeature } from "./features/unknown-command.js";
import { ownCommand } from "./message.js";
import { routeTable } from "./route-table.js";

/** "/help", "button:timeline", "inline". */
type Route = `/${string}` | `button:${string}` | "inline";

export function features(base: Pick<FeatureDeps, "kb" | "feedback">): Composer<BotContext> {
  const deps: FeatureDeps = { ...base, menu: COMMAND_MENU };
  const routes = new Map<Route, MiddlewareFn<BotContext>>([["inline", inlineFeature(deps)]]);
  const buttons: ButtonHandlers[] = [factButtons(deps)];
  for (const { name, feature } of COMMAND_DECLARATIONS) {
    const { command, buttons: own } = feature(deps);
    routes.set(`/${name}`, command);
    if (own) buttons.push(own);
  }
  for (const kind of ACTION_KINDS) {
    const handlers = buttons.filter((handler) => handler[kind] !== undefined);
    if (handlers.length !== 1)
      throw new Error(
        `${handlers.length} features handle the button kind "${kind}": give it exactly one, ` +
          "in a command's feature (src/bot/commands.ts) or in src/bot/features/facts.ts",
      );
    // The route is chosen by ctx.action.kind, so the handler gets the action it expects.
    routes.set(`button:${kind}`, handlers[0]![kind] as MiddlewareFn<BotContext>);
  }
  // Two levels, not one chain: grammY nests a chain so that its first middleware is reached
  // through every level, and the routed updates, most of them, never need the rest.
  const rest = new Composer<BotContext>(
    unknownCommandFeature(deps),
    questionFeature(deps),
    nonTextFeature(deps),
    staleButtonFeature(deps),
  );
  return new Composer<BotContext>(routeTable(routeOf, routes), rest);
}

/** Commands are case-insensitive: "/HELP" is /help; "/help@other_bot" has no route here. */
function routeOf(ctx: BotContext): Route | undefined {
  if (ctx.callbackQuery) return ctx.action && `button:${ctx.action.kind}`;
  if (ctx.inlineQuery) return "inline";
  const command = ownCommand(ctx);
  return command && `/${command.name}`;
}
