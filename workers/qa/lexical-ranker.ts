import type { AnalyzedQuestion, Concept, LexicalMatch } from './qa-types.ts';
import type { Evidence } from '../protocol/answer.ts';
import { textTerms } from './text-terms.ts';

const k1 = 1.2;
const b = 0.75;
/** A word that only shares a prefix of 4+ letters with a key ("volts" ~ "voltage") counts half. */
const prefixWeight = 0.5;
const minPrefix = 4;

/** Occurrences of `key` in a document: exact, else (for Latin words) words sharing its stem as a prefix. */
function occurrences(counts: Map<string, number>, key: string): { tf: number; prefix: boolean } {
  const tf = counts.get(key) ?? 0;
  if (tf || key.length < minPrefix || !/^[a-z]+$/.test(key)) return { tf, prefix: false };
  let n = 0;
  for (const [term, c] of counts) if (term.length >= minPrefix && (term.startsWith(key) || key.startsWith(term))) n += c;
  return { tf: n, prefix: n > 0 };
}

/**
 * Scores each candidate against the question with Okapi BM25 (k1 = 1.2, b = 0.75, the textbook
 * values), computed over the product's own candidates. Each concept counts once per candidate,
 * through its best-scoring key (word, translation or synonym, weighted), so synonyms add reach
 * without counting the same idea twice. A concept matches exactly by a key of its own word or
 * translation, or by all the words of a phrase that translates it.
 */
export function rankLexically(question: AnalyzedQuestion, candidates: readonly Evidence[]): LexicalMatch[] {
  const docs = candidates.map((e) => {
    const counts = new Map<string, number>();
    const terms = textTerms(e.text);
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    return { counts, length: terms.length };
  });
  const n = docs.length;
  const averageLength = docs.reduce((sum, d) => sum + d.length, 0) / Math.max(n, 1) || 1;
  const documentFrequency = new Map<string, number>();
  for (const d of docs) for (const t of d.counts.keys()) documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1);
  const idf = (t: string) => {
    const df = documentFrequency.get(t) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };

  return docs.map((doc, index) => {
    let score = 0;
    const exact: Concept[] = [];
    const related: Concept[] = [];
    for (const concept of question.concepts) {
      let best = 0;
      let bestExact = false;
      for (const { key, weight, exact: isExact } of concept.keys) {
        const { tf, prefix } = occurrences(doc.counts, key);
        if (!tf) continue;
        const s = (prefix ? prefixWeight : 1) * weight * idf(key) * ((tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * doc.length) / averageLength)));
        if (s > best) best = s;
        if (isExact && !prefix) bestExact = true;
      }
      if (best <= 0) continue;
      // Every word of a whole-word translation ("retina display" for 视网膜屏) states the word itself.
      if (!bestExact && concept.phrases?.some((keys) => keys.every((k) => doc.counts.has(k)))) bestExact = true;
      score += concept.namesProduct ? best * 0.3 : best;
      (bestExact ? exact : related).push(concept);
    }
    return { index, score, exact, related };
  });
}
