import lexicon from './lexicon/zh-sentiment-lexicon.json' with { type: 'json' };
import { opensWithContrast, splitClauses } from './clauses.ts';

type Entry = { kind: 'positive' | 'negative'; valence: number } | { kind: 'negation' } | { kind: 'degree'; factor: number; negates: boolean } | { kind: 'neutral' };

/** Every lexicon word, keyed by text, for forward maximum matching. */
const dictionary = new Map<string, Entry>();
for (const word of lexicon.neutral) dictionary.set(word, { kind: 'neutral' });
for (const word of lexicon.negations) dictionary.set(word, { kind: 'negation' });
for (const [word, factor] of Object.entries(lexicon.degree)) dictionary.set(word, { kind: 'degree', factor, negates: word.startsWith('不') });
for (const [word, valence] of Object.entries(lexicon.positive)) dictionary.set(word, { kind: 'positive', valence });
for (const [word, valence] of Object.entries(lexicon.negative)) dictionary.set(word, { kind: 'negative', valence });
const longestWord = Math.max(...[...dictionary.keys()].map((w) => w.length));

/** What the lexicon says a word is: sentiment, negation, degree or a known neutral word; undefined if unknown. */
export function chineseWordKind(word: string): Entry['kind'] | undefined {
  return dictionary.get(word)?.kind;
}

/** True when a text starts with a sentiment, negation or degree word of the lexicon ("很快", "不好"). */
export function startsWithOpinion(text: string): boolean {
  const first = matchWords(text.slice(0, longestWord + 2))[0];
  return first !== undefined && first.index === 0 && first.entry.kind !== 'neutral';
}

/** One lexicon word found in a clause, with its offset. */
interface Match {
  word: string;
  index: number;
  entry: Entry;
}

/** Forward maximum matching: the longest lexicon word at each position ("不错" before "不"). */
function matchWords(clause: string): Match[] {
  const text = clause.toLowerCase();
  const matches: Match[] = [];
  for (let i = 0; i < text.length; ) {
    let found: Match | undefined;
    for (let len = Math.min(longestWord, text.length - i); len > 0 && !found; len--) {
      const word = text.slice(i, i + len);
      const entry = dictionary.get(word);
      if (entry) found = { word, index: i, entry };
    }
    if (found) {
      matches.push(found);
      i += found.word.length;
    } else i++;
  }
  return matches;
}

/**
 * Valence of one clause: each sentiment word times the degree words before it ("很", "有点"), flipped
 * (and damped, as VADER does) by an odd number of negations before it ("不", "没有"); "不太好" is mildly
 * negative, "不是不好" is positive. An exclamation mark strengthens the clause.
 */
export function chineseClauseValence(clause: string): number {
  let sum = 0;
  let negations = 0;
  let degree = 1;
  for (const { entry } of matchWords(clause)) {
    if (entry.kind === 'negation') negations++;
    else if (entry.kind === 'degree') {
      degree *= entry.factor;
      if (entry.negates) negations++;
    } else if (entry.kind === 'positive' || entry.kind === 'negative') {
      const value = entry.valence * degree;
      sum += negations % 2 === 1 ? -value * 0.74 : value;
      negations = 0;
      degree = 1;
    }
  }
  const exclamations = Math.min(3, (clause.match(/[!！]/g) ?? []).length);
  return sum === 0 ? 0 : sum * (1 + 0.15 * exclamations);
}

/** Normalises a valence sum into [-1, 1], as VADER does (alpha scaled to this lexicon's -2..2 range). */
const normalize = (sum: number) => sum / Math.sqrt(sum * sum + 4);

/**
 * Chinese sentiment of a text in [-1, 1]: clause valences from the lexicon, where a clause that opens
 * with a contrast word (但是, 但, 不过, 可是, 就是, 只是) counts 1.5x and the clauses before it 0.5x, as
 * VADER weighs "but". Dictionary method after the HowNet/NTUSD-style lexicon approach.
 */
export function chineseSentiment(text: string): number {
  const clauses = splitClauses(text);
  const valences = clauses.map(chineseClauseValence);
  const contrastAt = clauses.findLastIndex((c) => opensWithContrast(c));
  let sum = 0;
  valences.forEach((v, i) => {
    if (contrastAt < 0) sum += v;
    else sum += i < contrastAt ? v * 0.5 : v * 1.5;
  });
  return normalize(sum);
}
