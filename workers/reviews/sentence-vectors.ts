import { tokenize } from '../text/tokenize.ts';
import { jaccard } from '../math/similarity.ts';

/** Function words that carry no topic, English and Chinese. */
const STOPWORDS = new Set(
  ('a an the and or but if of to in on at for with from by as is are was were be been being am it its it\'s this that these those ' +
    'i me my we our you your he she his her they them their so very too just also really not no do does did have has had will would ' +
    'can could should than then there here what which who when where how all any some one get got i\'m i\'ve don\'t it\'s ' +
    '的 了 是 我 也 很 都 就 还 在 和 有 这 那 个 吧 啊 呢 吗 又 被 把 给 着 过 让').split(' '),
);

/** Content words of a sentence (lower-case, stopwords out). */
export function contentWords(text: string): string[] {
  return tokenize(text).filter((w) => !STOPWORDS.has(w));
}

/** Sparse TF-IDF vectors of sentences, unit length; idf from the sentences themselves. */
export function tfidfVectors(texts: string[]): Array<Map<string, number>> {
  const docs = texts.map(contentWords);
  const df = new Map<string, number>();
  for (const words of docs) for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
  return docs.map((words) => {
    const vector = new Map<string, number>();
    for (const w of words) vector.set(w, (vector.get(w) ?? 0) + 1);
    let norm = 0;
    for (const [w, tf] of vector) {
      const weight = tf * Math.log(1 + docs.length / (df.get(w) ?? 1));
      vector.set(w, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, v] of vector) vector.set(w, v / norm);
    return vector;
  });
}

/** Share of content words two sentences have in common (Jaccard): the near-duplicate test. */
export function wordOverlap(a: string, b: string): number {
  return jaccard(new Set(contentWords(a)), new Set(contentWords(b)));
}

