/**
 * What a fact itself says that a question can agree or disagree with: the numbers it names,
 * whether it counts anything, whether it is about someone — checked against the years, numbers
 * and question words of a question, by the ranking and by the decision alike.
 */
import type { Fact } from "../kb/types.js";
import { LANGS, type Lang } from "../langs.js";
import { termsOfText } from "./fact-index.js";
import { numbersIn, type Intent, type Question } from "./question.js";

const WHO_KINDS = new Set<Fact["kind"]>(["person", "organisation", "body", "award"]);

/** A fact about someone or something as a whole: what a bare name asks for ("Viasna", "Sapelka"). */
export const isAboutEntity = (fact: Fact) => WHO_KINDS.has(fact.kind);

/** Every word a fact says in any language (title, answer, keywords, questions), analyzed. */
const wordsOfFact = new WeakMap<Fact, ReadonlySet<string>>();
export function factWords(fact: Fact): ReadonlySet<string> {
  let words = wordsOfFact.get(fact);
  if (!words) {
    words = new Set(LANGS.flatMap((lang) => textsOf(fact, lang).flatMap((text) => termsOfText(text, lang))));
    wordsOfFact.set(fact, words);
  }
  return words;
}

const textsOf = (fact: Fact, lang: Lang) => {
  const { answer, title, keywords, questions } = fact.text[lang];
  return [answer, title, ...keywords, ...questions];
};

/** Every number a fact names in any language, and its date's: what a question's numbers must agree with. */
const numbersOfFact = new WeakMap<Fact, ReadonlySet<string>>();
export function factNumbers(fact: Fact): ReadonlySet<string> {
  let numbers = numbersOfFact.get(fact);
  if (!numbers) {
    const texts = LANGS.flatMap((lang) => textsOf(fact, lang));
    const all = [...texts, fact.date ?? "", fact.end ?? "", fact.ets ?? ""].join(" ");
    // An article number typed without its dot ("article 1931" for 193.1) is the same number.
    const undotted = (all.match(/\d+(?:\.\d+)+/g) ?? []).map((dotted) => dotted.replaceAll(".", ""));
    numbers = new Set([...numbersIn(all), ...numbersIn(undotted.join(" "))]);
    numbersOfFact.set(fact, numbers);
  }
  return numbers;
}

/**
 * The counts a fact states ("12 conventions", "about 30 journalists", "eight organisations"):
 * numbers that are not years, not days of a date and not the number of a treaty, resolution or
 * article, and numbers in words.
 */
const countsOfFact = new WeakMap<Fact, boolean>();
const MONTH = /(?:january|february|march|april|may|june|july|august|september|october|november|december)/;
const DOCUMENT_NUMBER = /(?:no\.?|ets|resolution|recommendation|article|decision|cets)\s*$/;
/** A count in words ("eight organisations", "four and a half years"); "one" is too often not one. */
const COUNT_WORD =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty|dozens?|hundreds?|thousands?)\b/;
export function factCounts(fact: Fact): boolean {
  let counts = countsOfFact.get(fact);
  if (counts === undefined) {
    const text = fact.text.en.answer.toLowerCase();
    counts =
      COUNT_WORD.test(text) ||
      [...text.matchAll(/\d[\d,.]*/g)].some((match) => {
        const digits = match[0].replace(/[,.]+$/, "");
        if (/^(?:19|20)\d\d$/.test(digits)) return false;
        const before = text.slice(Math.max(0, match.index - 16), match.index);
        const after = text.slice(match.index + match[0].length, match.index + match[0].length + 12);
        return !MONTH.test(after) && !DOCUMENT_NUMBER.test(before) && !/^\s*(?:–|-)\s*\d/.test(after);
      });
    countsOfFact.set(fact, counts);
  }
  return counts;
}

/** A number in the question that the fact does not have: that fact must not be the answer. */
export const contradictsNumbers = (question: Question, fact: Fact) =>
  question.numbers.some((n) => !factNumbers(fact).has(n));

export function intentMismatch(
  intent: Intent,
  fact: Fact,
): { whoMismatch: number; whenMismatch: number; howManyMismatch: number } {
  return {
    whoMismatch: intent === "who" && !WHO_KINDS.has(fact.kind) ? 1 : 0,
    whenMismatch: intent === "when" && !fact.date && !/\d{4}/.test(fact.text.en.answer) ? 1 : 0,
    howManyMismatch: intent === "how-many" && !factCounts(fact) ? 1 : 0,
  };
}

/** The fact is of a kind and content the question's question word asks for. */
export function fitsIntent(intent: Intent, fact: Fact): boolean {
  const mismatch = intentMismatch(intent, fact);
  return !mismatch.whoMismatch && !mismatch.whenMismatch && !mismatch.howManyMismatch;
}
