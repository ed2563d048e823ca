/**
 * The learning loop as the person sees it: 👍/👎 under an answer, a short thanks when one is
 * pressed (a second press of the other one changes the vote, and the buttons show which one is
 * chosen). /privacy, which says what is kept, is src/bot/features/privacy.ts. Inline results
 * carry no vote buttons.
 *
 * A vote button's data is `fb:<lang>:<record id>:<u|d>` (18 bytes; in groups the bot's own
 * owner mark follows, so that only the person who asked can vote on their answer). The record id
 * is random: the button holds nothing about the person, and the record nothing about the button's
 * message or chat.
 */
import { InlineKeyboard, type Middleware } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { BotContext } from "../bot/context.js";
import type { KnowledgeBase } from "../kb/types.js";
import { isAddressedToBot } from "../bot/groups.js";
import { questionText } from "../bot/message.js";
import { isLang, type Lang } from "../langs.js";
import type { Answer } from "../search/types.js";
import type { FeedbackRecorder } from "./recorder.js";
import { outcomeOf } from "./recorder.js";
import type { Vote } from "./record.js";
import { memoize } from "../bot/render/memo.js";

/** What the button data says. */
export interface VoteButton {
  lang: Lang;
  id: string;
  vote: Vote;
  /** In groups: the person the answer was for (base 36 in the data, as the bot's other buttons). */
  owner?: number;
}

const VOTE_DATA = /^fb:([a-z]{2}):([a-z2-7]{10}):([ud])(?:~([0-9a-z]{1,12}))?$/;
/** The first row is at most this wide, and a message has at most this many rows (a phone's screen). */
const MAX_PER_ROW = 3;
const MAX_ROWS = 3;

export function encodeVote(lang: Lang, id: string, vote: Vote): string {
  return `fb:${lang}:${id}:${vote === "up" ? "u" : "d"}`;
}

/** Undefined for anything that is not a vote button of this bot. */
export function decodeVote(data: string): VoteButton | undefined {
  const match = VOTE_DATA.exec(data);
  if (!match || !isLang(match[1])) return undefined;
  const button: VoteButton = { lang: match[1], id: match[2]!, vote: match[3] === "u" ? "up" : "down" };
  if (match[4] !== undefined) button.owner = parseInt(match[4], 36);
  return button;
}

export function isVoteData(data: string | undefined): boolean {
  return data !== undefined && data.startsWith("fb:");
}

type Translate = (key: string) => string;

/** The labels of the two buttons before a vote. */
export interface VoteLabels {
  up: string;
  down: string;
}

/** The Fluent keys of each vote's button, before and after it is chosen, and of its thanks. */
const VOTE_KEYS = {
  up: { button: "feedback-button-up", chosen: "feedback-button-up-chosen", thanks: "feedback-thanks-up" },
  down: {
    button: "feedback-button-down",
    chosen: "feedback-button-down-chosen",
    thanks: "feedback-thanks-down",
  },
} as const satisfies Record<Vote, Record<"button" | "chosen" | "thanks", string>>;

/** The labels in one language, read once per knowledge base: an answer is sent many times a second. */
export const voteLabels = memoize(
  (kb: Pick<KnowledgeBase, "t">, lang: Lang): VoteLabels => ({
    up: kb.t(lang, VOTE_KEYS.up.button),
    down: kb.t(lang, VOTE_KEYS.down.button),
  }),
  (_kb, lang) => lang,
  (kb) => kb,
);

/**
 * The keyboard of an answer with 👍/👎 on its first row, next to share. What else was on that
 * row ("More on this") moves to a row of its own below, so that no row has more than three
 * buttons; should that make more than three rows, it joins the next row when that has room, and
 * otherwise the answer goes without votes: the layout of the answer comes first. The keyboard
 * given is not changed (answers are drawn once and shared).
 */
export function withVoteButtons(
  keyboard: InlineKeyboard | undefined,
  labels: VoteLabels,
  lang: Lang,
  id: string,
): InlineKeyboard | undefined {
  const rows = keyboard?.inline_keyboard ?? [];
  const [first = [], ...others] = rows;
  const [lead, ...rest] = first;
  const votes = [
    InlineKeyboard.text(labels.up, encodeVote(lang, id, "up")),
    InlineKeyboard.text(labels.down, encodeVote(lang, id, "down")),
  ];
  const top = lead ? [lead, ...votes] : votes;
  let below = others;
  if (rest.length > 0) {
    if (others.length + 2 <= MAX_ROWS) below = [rest, ...others];
    else if (others[0] && others[0].length + rest.length <= MAX_PER_ROW)
      below = [[...rest, ...others[0]], ...others.slice(1)];
    else return keyboard;
  }
  if (1 + below.length > MAX_ROWS) return keyboard;
  return new InlineKeyboard([top, ...below]);
}

/**
 * Records a question the bot answered or declined and returns the record id for the buttons;
 * undefined when nothing is recorded: feedback off, small talk, or an inline query.
 */
export function recordQuestion(
  recorder: FeedbackRecorder | undefined,
  ctx: BotContext,
  answer: Answer,
): string | undefined {
  if (!recorder?.enabled || !ctx.message || !isAddressedToBot(ctx)) return undefined;
  const outcome = outcomeOf(answer);
  // The text the search core read: without the bot's @mention (the only thing that changes).
  const raw = ctx.message.text ?? ctx.message.caption;
  const text = outcome && (raw?.includes("@") ? questionText(ctx) : raw);
  return text ? recorder.question(text, outcome) : undefined;
}

/**
 * Handles presses of 👍/👎 (passes everything else on): records the vote, thanks the person at
 * once in the language of the message, then marks the chosen button. In a group only the person
 * the answer was for may vote on it.
 */
export function feedbackVotes(recorder: FeedbackRecorder | undefined): Middleware<BotContext> {
  return async (ctx, next) => {
    const data = ctx.callbackQuery?.data;
    if (!isVoteData(data)) return next();
    const button = decodeVote(data!);
    if (!button) return next();
    ctx.i18n.useLocale(button.lang);
    if (button.owner !== undefined && button.owner !== ctx.from?.id) {
      await ctx.answerCallbackQuery({ text: ctx.t("feedback-not-yours") });
      return;
    }
    if (!recorder?.enabled) {
      await ctx.answerCallbackQuery({ text: ctx.t("feedback-off") });
      return;
    }
    recorder.vote(button.id, button.vote);
    await ctx.answerCallbackQuery({ text: ctx.t(VOTE_KEYS[button.vote].thanks) });
    const markup = ctx.callbackQuery?.message?.reply_markup;
    const marked = markup && markedVote(markup, button, (key) => ctx.t(key));
    if (!marked) return;
    // Only a mark: a message too old to edit, or one already showing this vote, changes nothing.
    await ctx.editMessageReplyMarkup({ reply_markup: marked }).catch(() => undefined);
  };
}

/** The keyboard with this record's vote buttons showing `button.vote` as chosen; the rest as it is. */
export function markedVote(
  markup: InlineKeyboardMarkup,
  button: VoteButton,
  t: Translate,
): InlineKeyboardMarkup | undefined {
  let changed = false;
  const rows = markup.inline_keyboard.map((row) =>
    row.map((key) => {
      const data = "callback_data" in key ? key.callback_data : undefined;
      const other = data === undefined ? undefined : decodeVote(data);
      if (!other || other.id !== button.id) return key;
      const keys = VOTE_KEYS[other.vote];
      const text = t(other.vote === button.vote ? keys.chosen : keys.button);
      if (text === key.text) return key;
      changed = true;
      return { ...key, text };
    }),
  );
  return changed ? { inline_keyboard: rows } : undefined;
}
