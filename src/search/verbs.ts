/**
 * Does a word the knowledge base has never seen look like an inflected verb? Questions wrap a
 * topic in verbs the facts rarely use ("submitted", "забрали", "отреагировал", "раіць"), so such
 * a word is more likely a paraphrase than a subject the bot knows nothing about, and weighs less.
 * Only unmistakable verb endings are listed: nouns ending in -ет (совет) or -ае (смяротнае) are not.
 */
const VERB_ENDINGS: RegExp[] = [
  // Russian: past tense, infinitive, common present forms.
  /(?:[аеиоуыя]л(?:а|о|и|ась|ось|ись|ся)?|[аеиоуя]ть(?:ся)?|[аяу]ет|[аяу]ют|ивает|ывает|ится|ется)$/,
  // Belarusian (folded: ў→у, і→и): past tense, infinitive, present plural.
  /(?:[аеиоуыя]у|[аеиоуыя]л[аои]|[аеиоуыя]ць|[аеиоуыя]цца|[аяу]юць|уць)$/,
  // English: past tense and participles.
  /[a-z]{3,}(?:ed|ing)$/,
];

export function looksLikeVerb(foldedToken: string): boolean {
  return foldedToken.length >= 5 && VERB_ENDINGS.some((ending) => ending.test(foldedToken));
}
