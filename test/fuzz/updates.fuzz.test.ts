/**
 * At least 10 000 random updates through `bot.handleUpdate`, one bot, in-memory sessions, the fake
 * Telegram: texts of every kind (test/property/arbitraries.ts), commands with any payload, button
 * presses with real, stale and forged data, inline queries, media and service messages, edited
 * messages, channel posts, membership changes, update kinds the bot does not ask for and one that
 * does not exist, in private chats, groups and supergroups, some without a sender, some arriving
 * together. After each: nothing thrown or logged, every call within Telegram's limits (the fake
 * refuses the rest), every button press and inline query answered exactly once, replies only in
 * the update's own chat, silence where the bot must stay silent.
 *
 * Each run draws a new seed and prints it on failure; FUZZ_SEED=<seed> replays that run.
 */
import fc from "fast-check";
import type { Update } from "grammy/types";
import { expect, it } from "vitest";
import { createHarness, type Harness } from "../bot/support/harness.js";
import { action, World, type Action, type Expectation, type Kind } from "./world.js";

const RUNS = 10_000;
/** Up to this many updates arrive at once (as the runner and webhooks deliver them). */
const BURST = 4;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);

const step = fc.oneof(
  { weight: 9, arbitrary: action.map((one) => [one]) },
  { weight: 1, arbitrary: fc.array(action, { minLength: 2, maxLength: BURST }) },
);

it(`handles ${RUNS} random updates cleanly (seed ${SEED})`, { timeout: 120_000 }, async () => {
  const h = createHarness();
  const world = new World(h.telegram);
  const counts = new Map<Kind | "together", number>();
  let updates = 0;

  const deliver = async (actions: Action[]) => {
    h.clear();
    const before = h.telegram.calls.length;
    const built = actions.map((one) => world.update(one));
    const outcomes = await Promise.allSettled(built.map(({ update }) => h.bot.handleUpdate(update)));
    updates += actions.length;
    for (const one of actions) counts.set(one.kind, (counts.get(one.kind) ?? 0) + 1);
    if (actions.length > 1) counts.set("together", (counts.get("together") ?? 0) + 1);
    const problems = [
      ...outcomes.flatMap((outcome) =>
        outcome.status === "rejected" ? [`handleUpdate threw: ${String(outcome.reason)}`] : [],
      ),
      ...h.telegram.violations,
      ...h.errors.map((error) => `logged error: ${error.map(String).join(" ")}`),
      ...h.warnings.map((warning) => `logged warning: ${warning.map(String).join(" ")}`),
      ...judge(built, h.telegram.calls.slice(before), actions.length === 1),
    ];
    if (problems.length > 0)
      throw new Error(
        `${problems.join("\n")}\nupdates: ${JSON.stringify(built.map(({ update }) => update))}`,
      );
  };

  try {
    await fc.assert(fc.asyncProperty(step, deliver), { numRuns: RUNS, seed: SEED });
  } catch (error) {
    throw new Error(
      `Fuzz run failed; replay it with FUZZ_SEED=${SEED} npx vitest run test/fuzz\n${String(error)}`,
    );
  }
  console.log(`fuzz: ${updates} updates, seed ${SEED}:`, Object.fromEntries(counts));
  expect(updates).toBeGreaterThanOrEqual(RUNS);
  for (const kind of [
    "text",
    "command",
    "callback",
    "inline",
    "media",
    "service",
    "edited",
    "channel",
    "member",
    "unhandled",
    "together",
  ] as const)
    expect(counts.get(kind), kind).toBeGreaterThan(RUNS / 100);
});

/** What the bot did against what it had to do, for updates handled together. */
function judge(
  built: { update: Update; expect: Expectation }[],
  calls: Harness["telegram"]["calls"],
  alone: boolean,
): string[] {
  const problems: string[] = [];
  const allowedChats = new Set(built.flatMap(({ expect }) => expect.chats));
  for (const { method, payload } of calls)
    if (payload.chat_id !== undefined && !allowedChats.has(Number(payload.chat_id)))
      problems.push(`${method} to chat ${Number(payload.chat_id)}, which no update came from`);
  const answers = (method: string, key: string, id: string) =>
    calls.filter((call) => call.method === method && call.payload[key] === id).length;
  for (const { expect } of built) {
    if (
      expect.callbackId !== undefined &&
      answers("answerCallbackQuery", "callback_query_id", expect.callbackId) !== 1
    )
      problems.push(
        `button press ${expect.callbackId} answered ${answers("answerCallbackQuery", "callback_query_id", expect.callbackId)} times`,
      );
    if (
      expect.inlineId !== undefined &&
      answers("answerInlineQuery", "inline_query_id", expect.inlineId) !== 1
    )
      problems.push(
        `inline query ${expect.inlineId} answered ${answers("answerInlineQuery", "inline_query_id", expect.inlineId)} times`,
      );
    // Alone, an update's calls are its own: it must be silent, or must reply, as expected.
    if (alone && expect.reply === "none" && calls.length > 0)
      problems.push(`expected silence, got ${calls.map((call) => call.method).join(", ")}`);
    if (
      alone &&
      expect.reply === "some" &&
      !calls.some((call) => call.method === "sendMessage" && Number(call.payload.chat_id) === expect.chats[0])
    )
      problems.push(
        `expected a reply in chat ${expect.chats[0]}, got ${calls.map((call) => call.method).join(", ") || "nothing"}`,
      );
  }
  return problems;
}
