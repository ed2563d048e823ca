/**
 * The knowledge base holds no evaluation question: no alternate question or near miss is one of
 * the questions under eval/, shares four fifths of its words with one, is four or more of its
 * words in a row or holds one of four or more whole (unless that question is a name the fact's
 * own title or answer says, as a search for "EU-Russia Civil Society Forum" is); and no keyword
 * is one unless it is the fact's own name, in its title or answer, in any grammatical case ("GRECO";
 * «Кантактная група» of an answer that says «Кантактнай групы»). Otherwise the sets would measure
 * what was copied, not how the bot does on questions nobody tuned for. A failure names the fact,
 * the attribute and the set, never a held-out question.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { QUESTION_SETS } from "../../src/eval/sets.js";
import { readQuestionSet } from "../../src/eval/question-set.js";
import { loadKnowledgeBase, PROJECT_ROOT } from "../../src/kb/load.js";
import { LANGS } from "../../src/langs.js";

const words = (text: string) =>
  text
    .toLowerCase()
    .replaceAll("ё", "е")
    .match(/[\p{L}\p{N}']+/gu) ?? [];
const key = (text: string) => words(text).join(" ");
const SHARED_WORDS = 0.8;

const asked = Object.entries(QUESTION_SETS).flatMap(([set, file]) =>
  readQuestionSet(join(PROJECT_ROOT, file)).map((item) => ({
    set,
    key: key(item.q),
    padded: ` ${key(item.q)} `,
    words: new Set(words(item.q)),
  })),
);
const byKey = new Map(asked.map((question) => [question.key, question.set]));
const long = asked.filter((question) => question.words.size >= 4);

/**
 * Which long questions (their places in `long`) have each word, and which have it as their rarest
 * word: a phrasing is compared only with the questions it can match, not with all of them.
 */
const having = new Map<string, number[]>();
long.forEach((question, i) => {
  for (const word of question.words) (having.get(word) ?? having.set(word, []).get(word)!).push(i);
});
const rarity = (word: string) => having.get(word)?.length ?? 0;
const rarestFirst = (list: Iterable<string>) => [...list].sort((a, b) => rarity(a) - rarity(b));
const byRarest = new Map<string, number[]>();
long.forEach((question, i) => {
  const rarest = rarestFirst(question.words)[0]!;
  (byRarest.get(rarest) ?? byRarest.set(rarest, []).get(rarest)!).push(i);
});

/**
 * The long questions that may match a phrasing of these words (`setOf`), in their order: those
 * holding its rarest word (it may be a run of theirs), those whose rarest word it has (they may
 * be a run of it), and those holding one of its rarest words enough to share four fifths of
 * their words with it (whoever shares ⌈0.8 × n⌉ of its n words holds one of its n − ⌈0.8 × n⌉ + 1
 * rarest).
 */
function candidatesFor(own: ReadonlySet<string>): number[] {
  const rare = rarestFirst(own);
  const needed = Math.ceil(SHARED_WORDS * own.size);
  const found = new Set<number>(having.get(rare[0]!) ?? []);
  for (const word of own) for (const i of byRarest.get(word) ?? []) found.add(i);
  for (const word of rare.slice(0, own.size - needed + 1))
    for (const i of having.get(word) ?? []) found.add(i);
  return [...found].sort((a, b) => a - b);
}

/**
 * The set a phrasing was taken from, if it is one of its questions, nearly one, or a run of four
 * words or more of one ("when did belarus apply" of "When did Belarus apply to join …?").
 */
function setOf(text: string, nearly: boolean, factsOwn = ""): string | undefined {
  const exact = byKey.get(key(text));
  if (exact || !nearly) return exact;
  const own = new Set(words(text));
  if (own.size < 4) return undefined;
  const padded = ` ${key(text)} `;
  const match = candidatesFor(own).find((i) => {
    const question = long[i]!;
    if (question.padded.includes(padded)) return true;
    if (padded.includes(question.padded) && !factsOwn.includes(question.padded)) return true;
    const shared = [...own].filter((word) => question.words.has(word)).length;
    return shared / (own.size + question.words.size - shared) >= SHARED_WORDS;
  });
  return match === undefined ? undefined : long[match]!.set;
}

/** Endings a word changes in by case and number (група, групы, групу): its last two letters. */
const stemOf = (word: string) => (word.length >= 5 ? word.slice(0, -2) : word);

/** `own` (a fact's words, padded with spaces; `said`, their stems) has every word of `phrase`, each in any case. */
function saysInAnyCase(own: string, said: ReadonlySet<string>, phrase: string): boolean {
  if (own.includes(` ${key(phrase)} `)) return true;
  const asked = words(phrase);
  return asked.length > 0 && asked.every((word) => said.has(stemOf(word)));
}

describe("the knowledge base and the evaluation sets", () => {
  const kb = loadKnowledgeBase();

  it("share no alternate question, near miss or keyword", () => {
    const found: string[] = [];
    for (const fact of kb.facts)
      for (const lang of LANGS) {
        const text = fact.text[lang];
        const own = ` ${LANGS.map((l) => key(`${fact.text[l].title} ${fact.text[l].short ?? ""} ${fact.text[l].answer}`)).join(" ")} `;
        const said = new Set(own.split(" ").map(stemOf));
        const report = (attribute: string, set: string | undefined) =>
          set && found.push(`${fact.id} ${lang} .${attribute}: a question of ${set}`);
        for (const line of text.questions) report("questions", setOf(line, true, own));
        for (const line of text.unanswered ?? []) report("unanswered", setOf(line, true, own));
        for (const keyword of text.keywords)
          if (!saysInAnyCase(own, said, keyword)) report("keywords", setOf(keyword, false));
      }
    expect(found, found.join("\n")).toEqual([]);
  });
});
