/**
 * The one codec for inline-button data. Every action carries the language of the message the
 * button sits on, so pressing it answers in that language, and everything needed to draw the
 * next screen: the data is the whole state, so buttons keep working after a restart and on any
 * instance. The codes are written out, not derived: they are in messages people still have.
 * Buttons that browse from an answer with a feedback row carry its record id, so that every
 * drawing of that answer keeps the row. The longest encoding, a related item of an answer in a
 * group ("r:be:a:" + a 32-character fact id + ":10" + ":" + a record id + "~" + an owner id in
 * base 36), is 64 bytes, Telegram's limit, for owner ids below 36¹⁰ (Telegram's are below 10¹³).
 */
import { isLang, type Lang } from "../langs.js";

/** The lists a fact can be browsed in: each has neighbours and a page to go back to. */
export type ListName = "timeline" | "conventions";
/** Where a fact is shown: as the answer to a question (no list around it) or as a list item. */
export type Place = "answer" | ListName;
/** The lists a topic menu opens as a new message. */
export type MenuList = ListName | "sources";

export type Action =
  /** Send a fact as a new message: topic menus, decline suggestions (and buttons of old versions). */
  | { kind: "fact"; lang: Lang; id: string }
  /** Show a fact in place of this message, in `place`: its neighbours, and the way back to its list. */
  | { kind: "show"; lang: Lang; id: string; place: Place; vote?: string }
  /**
   * The facts related to `id`, in place of this message (with `item`: the item-th of them, 1-based),
   * `place` being where `id` was shown, so that "back" returns to it as it was.
   */
  | { kind: "related"; lang: Lang; id: string; place: Place; item?: number; vote?: string }
  /** One page of /timeline in place of this message. */
  | { kind: "timeline"; lang: Lang; page: number }
  /** The /conventions list in place of this message. */
  | { kind: "conventions"; lang: Lang }
  /** Open a list as a new message, from a topic menu. */
  | { kind: "open"; lang: Lang; list: MenuList }
  /** A neighbouring fact in place, from buttons sent before "show" existed: shown as a list item. */
  | { kind: "neighbour"; lang: Lang; id: string }
  /** Choose the interface language. */
  | { kind: "language"; lang: Lang };

export type ActionKind = Action["kind"];

/** A decoded button: the action and, in groups, the person the message with it was sent to. */
export interface Button {
  action: Action;
  /** Telegram user id of the person whose message this is; only they may change it in place. */
  owner?: number;
}

const PREFIX: Record<ActionKind, string> = {
  fact: "f",
  show: "s",
  related: "r",
  timeline: "t",
  conventions: "c",
  open: "o",
  neighbour: "n",
  language: "l",
};
/** Every kind of button, for the route table's check that each has a handler. */
export const ACTION_KINDS = Object.keys(PREFIX) as ActionKind[];

const PLACE: Record<Place, string> = { answer: "a", timeline: "t", conventions: "c" };
const LIST: Record<MenuList, string> = { timeline: "t", conventions: "c", sources: "s" };
const FACT_ID = /^[a-z0-9-]{1,32}$/;
const NUMBER = /^(?:0|[1-9]\d{0,3})$/;
const ITEM = /^[1-9]\d?$/;
const OWNER = /^[0-9a-z]{1,12}$/;
/** The record id of an answer's feedback row (src/feedback/record.ts). */
const VOTE = /^[a-z2-7]{10}$/;
/** Separates the owner from the action; never part of an action's own alphabet. */
const OWNER_MARK = "~";

export function encodeAction(action: Action): string {
  const head = `${PREFIX[action.kind]}:${action.lang}`;
  switch (action.kind) {
    case "fact":
    case "neighbour":
      return `${head}:${action.id}`;
    case "show":
      return `${head}:${PLACE[action.place]}:${action.id}${voteField(action.vote)}`;
    case "related":
      return `${head}:${PLACE[action.place]}:${action.id}${action.item ? `:${action.item}` : ""}${voteField(action.vote)}`;
    case "timeline":
      return `${head}:${action.page}`;
    case "open":
      return `${head}:${LIST[action.list]}`;
    case "conventions":
    case "language":
      return head;
  }
}

const voteField = (vote: string | undefined) => (vote ? `:${vote}` : "");

/** Marks button data with the person a group message belongs to. */
export function withOwner(data: string, owner: number): string {
  return `${data}${OWNER_MARK}${owner.toString(36)}`;
}

/** Undefined for anything this version of the bot did not produce: old buttons, forged data. */
export function decodeButton(data: string): Button | undefined {
  const [body = "", owner, ...more] = data.split(OWNER_MARK);
  if (more.length > 0 || (owner !== undefined && !OWNER.test(owner))) return undefined;
  const action = decodeAction(body);
  if (!action) return undefined;
  return owner === undefined ? { action } : { action, owner: parseInt(owner, 36) };
}

export function decodeAction(data: string): Action | undefined {
  const [prefix, lang, ...rest] = data.split(":");
  if (!isLang(lang)) return undefined;
  const [first, second, third] = rest;
  switch (prefix) {
    case PREFIX.language:
    case PREFIX.conventions:
      return rest.length === 0
        ? { kind: prefix === PREFIX.language ? "language" : "conventions", lang }
        : undefined;
    case PREFIX.timeline:
      return rest.length === 1 && NUMBER.test(first!)
        ? { kind: "timeline", lang, page: Number(first) }
        : undefined;
    case PREFIX.open: {
      const list = keyOf(LIST, first);
      return rest.length === 1 && list ? { kind: "open", lang, list } : undefined;
    }
    case PREFIX.fact:
    case PREFIX.neighbour:
      if (rest.length !== 1 || !FACT_ID.test(first!)) return undefined;
      return { kind: prefix === PREFIX.fact ? "fact" : "neighbour", lang, id: first! };
    case PREFIX.show: {
      const place = keyOf(PLACE, first);
      if (!place || !FACT_ID.test(second ?? "") || rest.length > 3) return undefined;
      const show = { kind: "show" as const, lang, id: second!, place };
      if (third === undefined) return show;
      return VOTE.test(third) ? { ...show, vote: third } : undefined;
    }
    case PREFIX.related: {
      const place = keyOf(PLACE, first);
      if (!place || !FACT_ID.test(second ?? "") || rest.length > 4) return undefined;
      // Then an item number, a record id, both in that order, or neither.
      const related = { kind: "related" as const, lang, id: second!, place };
      const item = third !== undefined && ITEM.test(third) ? Number(third) : undefined;
      const [vote, ...extra] = item === undefined ? rest.slice(2) : rest.slice(3);
      if (extra.length > 0 || (vote !== undefined && !VOTE.test(vote))) return undefined;
      return { ...related, ...(item !== undefined && { item }), ...(vote !== undefined && { vote }) };
    }
    default:
      return undefined;
  }
}

function keyOf<K extends string>(codes: Record<K, string>, code: string | undefined): K | undefined {
  return (Object.keys(codes) as K[]).find((key) => codes[key] === code);
}
