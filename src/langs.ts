/** The three languages the bot speaks. Order matters: it is the order of columns in reports. */
export const LANGS = ["be", "ru", "en"] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/**
 * Maps a Telegram `language_code` (an IETF tag such as "be-BY" or "en-GB") to a supported
 * language, or undefined when it is not one of ours.
 */
export function langFromTag(tag: string | undefined): Lang | undefined {
  const primary = tag?.toLowerCase().split(/[-_]/)[0];
  return isLang(primary) ? primary : undefined;
}
