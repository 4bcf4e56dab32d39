/**
 * The words that carry a query's intent, and how many of them a result carries. A query's free words
 * ("waterproof" in "waterproof backpack", "smoothies" in "kitchen gadget for smoothies") say what the
 * shopper wants beyond its filters; BM25 with OR lets a result that carries one common word ("backpack",
 * "kitchen") outrank one that carries them all. Results are ordered by how many of these words they
 * carry. A word that a product states as a spec value ("features: Waterproof", "activity: Yoga") is
 * a constraint, as a filter is: when some result carries every intent word and one of them is such a
 * value, the results that miss one are left out, so the search shows what was asked for, not ten
 * slots filled with near misses. So is every intent word of a query that names no kind of product
 * ("kitchen gadget for smoothies", "something to keep me warm"): nothing else says what is wanted.
 * A word only a title or description mentions, beside a kind the query names ("summer" dress), orders
 * the results without removing any: a dress that does not say "summer" may still be one.
 */
import type { SearchIntent } from '../protocol/search.ts';
import { stem } from '../text/stem.ts';
import { tokenize } from '../text/tokenize.ts';
import { isOpenWord } from './match-strength.ts';
import { queryWords } from './parse-query.ts';
import type { LexicalHit } from './search-types.ts';

/** One intent word: the ways a result can carry it (the word itself, or every word of one of its English glosses). */
export type IntentWord = string[][];

/**
 * The query's intent words, each with its English glosses (a Chinese word: 防水 → 防水 | waterproof |
 * water resistant), leaving out the words a filter already stands for (a kind, a gender, a colour, a
 * brand) and words that name no kind of thing ("gift", "gadget", "东西").
 */
export function intentWords(intent: SearchIntent): IntentWord[] {
  const filtered = new Set(intent.chips.flatMap((c) => [c.from, ...tokenize(c.from)]));
  return queryWords(intent.text)
    .filter((w) => !filtered.has(w.word) && !isOpenWord(w.word) && !w.english.some(isOpenWord))
    .map((w) => [[w.word], ...w.english.map((e) => tokenize(e)).filter((t) => t.length)]);
}

/** True when a lexical hit matched the word, or every word of one of its glosses. */
export function hitCarries(hit: LexicalHit | undefined, word: IntentWord): boolean {
  const matched = new Set(hit?.queryTerms ?? []);
  return word.some((form) => form.every((t) => matched.has(t)));
}

/** True when the hit matched one of the word's forms among the product's spec values. */
export function hitStates(hit: LexicalHit | undefined, word: IntentWord): boolean {
  if (!hit || !hitCarries(hit, word)) return false;
  const forms = new Set(word.flat().map(stem));
  return Object.entries(hit.matches).some(([term, fields]) => fields.includes('attributes') && forms.has(stem(term)));
}

/**
 * How many of the intent words each product carries, counting only the words some product carries
 * (a word no result has tells nothing; `unmatched` counts those), and whether the weaker ones are to be left out: when the
 * query says more than one thing (two intent words, or an intent word and a filter read from its
 * words), some result carries every intent word, and either some result states one of them as a
 * spec value or the query names no kind (`namesKind` false: no head word, or an open one like "gadget").
 */
export function intentCoverage(
  ids: string[],
  words: IntentWord[],
  lexical: ReadonlyMap<string, LexicalHit>,
  { filterCount, namesKind }: { filterCount: number; namesKind: boolean },
): { count: Map<string, number>; wanted: number; unmatched: number; complete: boolean } {
  const carried = ids.map((id) => words.map((w) => hitCarries(lexical.get(id), w)));
  const active = words.map((_, i) => carried.some((c) => c[i]));
  const count = new Map(ids.map((id, row) => [id, carried[row].filter((c, i) => c && active[i]).length]));
  const wanted = active.filter(Boolean).length;
  const stated = words.some((w, i) => active[i] && ids.some((id) => hitStates(lexical.get(id), w)));
  const complete = (stated || !namesKind) && wanted + filterCount >= 2 && [...count.values()].includes(wanted);
  return { count, wanted, unmatched: words.length - wanted, complete };
}
