/**
 * The one codec for inline-button data. Every action carries the language of the message the
 * button sits on, so pressing it answers in that language. The longest encoding, "n:be:" and a
 * 32-character fact id, is 37 bytes: well inside Telegram's 64.
 */
import { isLang, type Lang } from "../langs.js";

export type Action =
  /** Open a fact as a new message (related facts, decline suggestions, list items). */
  | { kind: "fact"; lang: Lang; id: string }
  /** Show a neighbouring fact in place of this message (timeline and convention neighbours). */
  | { kind: "neighbour"; lang: Lang; id: string }
  /** Show one page of /timeline in place of this message. */
  | { kind: "timeline"; lang: Lang; page: number }
  /** Choose the interface language. */
  | { kind: "language"; lang: Lang };

export type ActionKind = Action["kind"];

const PREFIX: Record<ActionKind, string> = { fact: "f", neighbour: "n", timeline: "t", language: "l" };
const FACT_ID = /^[a-z0-9-]{1,32}$/;
const PAGE = /^(?:0|[1-9]\d{0,3})$/;

export function encodeAction(action: Action): string {
  const head = `${PREFIX[action.kind]}:${action.lang}`;
  switch (action.kind) {
    case "fact":
    case "neighbour":
      return `${head}:${action.id}`;
    case "timeline":
      return `${head}:${action.page}`;
    case "language":
      return head;
  }
}

/** Undefined for anything this version of the bot did not produce: old buttons, forged data. */
export function decodeAction(data: string): Action | undefined {
  const [prefix, lang, rest, ...extra] = data.split(":");
  if (!isLang(lang) || extra.length > 0) return undefined;
  if (prefix === PREFIX.language) return rest === undefined ? { kind: "language", lang } : undefined;
  if (rest === undefined) return undefined;
  if (prefix === PREFIX.timeline)
    return PAGE.test(rest) ? { kind: "timeline", lang, page: Number(rest) } : undefined;
  if (!FACT_ID.test(rest)) return undefined;
  if (prefix === PREFIX.fact) return { kind: "fact", lang, id: rest };
  if (prefix === PREFIX.neighbour) return { kind: "neighbour", lang, id: rest };
  return undefined;
}
