import { InlineKeyboard } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";

export type ButtonRow = InlineKeyboardButton[];

/** A keyboard from rows, leaving out empty ones (Telegram shows them as gaps or refuses them). */
export function keyboardOf(rows: readonly ButtonRow[]): InlineKeyboard {
  return InlineKeyboard.from(rows.filter((row) => row.length > 0));
}

/** Splits buttons into rows of at most `size`. */
export function rowsOf(buttons: readonly InlineKeyboardButton[], size: number): ButtonRow[] {
  const rows: ButtonRow[] = [];
  for (let start = 0; start < buttons.length; start += size) rows.push(buttons.slice(start, start + size));
  return rows;
}
