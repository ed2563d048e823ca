import { InlineKeyboard } from "grammy";
import type { Fact } from "../../kb/types.js";
import { encodeAction, type ListName } from "../callback-data.js";
import { safe, type Html } from "../html.js";
import { rowsOf, type ButtonRow } from "./keyboard.js";
import type { RenderContext } from "./context.js";

const NUMBERS_PER_ROW = 5;

/**
 * A numbered list of facts with number buttons that show each one in place of the list, as an
 * item of `list` (with its neighbours and the way back): compact on a phone, and the numbers tie
 * each button to its line.
 */
export function numberedFacts(
  facts: readonly Fact[],
  firstNumber: number,
  list: ListName,
  rc: RenderContext,
  describe: (fact: Fact) => Html,
): { lines: Html[]; rows: ButtonRow[] } {
  const lines = facts.map((fact, index) => safe`<b>${firstNumber + index}.</b> ${describe(fact)}`);
  const buttons = facts.map((fact, index) =>
    InlineKeyboard.text(
      String(firstNumber + index),
      encodeAction({ kind: "show", lang: rc.lang, id: fact.id, place: list }),
    ),
  );
  return { lines, rows: rowsOf(buttons, NUMBERS_PER_ROW) };
}
