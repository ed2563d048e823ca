import { InlineKeyboard } from "grammy";
import type { Fact } from "../../kb/types.js";
import { safe, type Html } from "../html.js";
import { openFact } from "./fact.js";
import { rowsOf, type ButtonRow } from "./keyboard.js";
import type { View } from "./view.js";

const NUMBERS_PER_ROW = 5;

/**
 * A numbered list of facts with number buttons that open each one: compact on a phone, and
 * the numbers tie each button to its line.
 */
export function numberedFacts(
  facts: readonly Fact[],
  firstNumber: number,
  view: View,
  describe: (fact: Fact) => Html,
): { lines: Html[]; rows: ButtonRow[] } {
  const lines = facts.map((fact, index) => safe`<b>${firstNumber + index}.</b> ${describe(fact)}`);
  const buttons = facts.map((fact, index) =>
    InlineKeyboard.text(String(firstNumber + index), openFact(fact, view)),
  );
  return { lines, rows: rowsOf(buttons, NUMBERS_PER_ROW) };
}
