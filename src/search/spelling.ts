/**
 * Spelling correction against the index's own vocabulary: a question's word that no fact has
 * ("deth", "ratifed", "Кантакнай") becomes the known word one edit away (two for long Latin
 * words; or two neighbouring letters swapped) that most facts share. Unlike fuzzy search, which
 * matches every expansion, it picks one word, so short words can be corrected too and the
 * corrected word weighs as what it is.
 */
import SearchableMap from "minisearch/SearchableMap";
import { cached, HAS_CYRILLIC } from "./analyze.js";
import { TUNING } from "./tuning.js";

const WORD = /^\p{L}+$/u;

export type Speller = (stem: string) => string | undefined;

/** `frequency`: each indexed term and in how many facts it occurs. */
export function spellerFor(frequency: ReadonlyMap<string, number>): Speller {
  let vocabulary: SearchableMap<number> | undefined;
  const correct = cached((stem: string): string | undefined => {
    // Built on first use: most questions are spelled right, and a large index's tree costs memory.
    vocabulary ??= SearchableMap.from(
      [...frequency].filter(([term]) => term.length >= TUNING.spellingMinLength - 1 && WORD.test(term)),
    );
    const edits = !HAS_CYRILLIC.test(stem) && stem.length >= TUNING.fuzzyTwoEditsFrom ? 2 : 1;
    let best: { term: string; distance: number; count: number } | undefined;
    for (const [term, [count, distance]] of vocabulary.fuzzyGet(stem, edits)) {
      // A short word one letter off another is often just another word (came/case, next/text);
      // a letter left out or doubled is the typo people make (deth → death).
      if (stem.length < TUNING.spellingSubstitutionFrom && term.length === stem.length) continue;
      if (!best || distance < best.distance || (distance === best.distance && count > best.count))
        best = { term, distance, count };
    }
    return best?.term ?? swapped(stem);
  }, TUNING.spellingMemo);
  /** Two neighbouring letters swapped, the commonest typo ("еворпы"), two edits for fuzzy matching. */
  const swapped = (stem: string): string | undefined => {
    let best: { term: string; count: number } | undefined;
    for (let i = 0; i + 1 < stem.length; i++) {
      if (stem[i] === stem[i + 1]) continue;
      const term = stem.slice(0, i) + stem[i + 1] + stem[i] + stem.slice(i + 2);
      const count = vocabulary!.get(term);
      if (count !== undefined && (!best || count > best.count)) best = { term, count };
    }
    return best?.term;
  };
  return (stem) =>
    frequency.has(stem) || stem.length < TUNING.spellingMinLength || !WORD.test(stem)
      ? undefined
      : correct(stem);
}
