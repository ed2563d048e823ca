/**
 * Telegram HTML that is escaped by construction: text becomes `Html` only through `safe`,
 * which escapes every interpolated string, so a fact, a title or a user's name can never
 * inject markup or break a message.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = string | number | Html | readonly Html[];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ESCAPES[char]!);
}

function render(part: Part): string {
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map((item: Html) => item.value).join("");
  return escapeHtml(String(part));
}

/**
 * Tagged template: the literal parts are markup, every value is escaped unless already Html.
 * (Not named `html`: Prettier would reformat such templates as HTML and eat the newlines.)
 */
export function safe(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0] ?? "";
  values.forEach((value, index) => (out += render(value) + (strings[index + 1] ?? "")));
  return new Html(out);
}

export function joinHtml(parts: readonly Html[], separator: string): Html {
  return new Html(parts.map((part) => part.value).join(escapeHtml(separator)));
}

export const bold = (text: string): Html => safe`<b>${text}</b>`;
export const italic = (text: string): Html => safe`<i>${text}</i>`;
export const link = (url: string, text: string): Html => safe`<a href="${url}">${text}</a>`;
