import type { AnalyzedQuestion, LexicalMatch, RankingModels, RankedEvidence } from './qa-types.ts';
import type { Evidence } from '../protocol/answer.ts';
import type { TextEmbedder } from '../runtime/runtime-types.ts';
import { rankLexically } from './lexical-ranker.ts';
import { plainWords } from './text-terms.ts';
import { dot } from '../math/similarity.ts';

/** How many of the best candidates the cross-encoder re-reads (retrieve, then rerank the head). */
export const rerankDepth = 5;

/** Reciprocal rank fusion constant (Cormack et al. 2009 use 60). */
const rrfK = 60;

/** Indices sorted by score, highest first; ties keep the candidates' own order. */
function byScore(scores: number[]): number[] {
  return scores.map((s, i) => [s, i] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]).map(([, i]) => i);
}

/**
 * Ranks a product's evidence for a question. Light path: BM25 with synonyms and translations.
 * Model path (an embedder given): the embedding ranking fused with the lexical one by
 * reciprocal rank fusion, so an exact spec match and a paraphrase both rise; then, with a
 * reranker, the top few are re-ordered by the cross-encoder's score.
 */
export async function rankEvidence(question: AnalyzedQuestion, candidates: readonly Evidence[], models: RankingModels = {}): Promise<RankedEvidence> {
  const matches = rankLexically(question, candidates);
  const lexicalOrder = byScore(matches.map((m) => m.score));
  const { embedder, reranker } = models;
  if (!candidates.length || (!embedder && !reranker)) return { order: lexicalOrder, matches, source: 'lexical' };
  const first = embedder ? await rankByEmbedding(question, candidates, embedder, lexicalOrder, matches) : { order: lexicalOrder };
  if (!reranker) return { ...first, matches, source: 'model' };
  const head = first.order.slice(0, rerankDepth);
  const scores = await reranker.score(question.text, head.map((i) => plainWords(candidates[i].text)));
  const rerankScores = new Map(head.map((index, k) => [index, scores[k]]));
  const reordered = [...head].sort((a, b) => rerankScores.get(b)! - rerankScores.get(a)!);
  return { ...first, order: [...reordered, ...first.order.slice(rerankDepth)], matches, rerankScores, source: 'model' };
}

async function rankByEmbedding(
  question: AnalyzedQuestion, candidates: readonly Evidence[], embedder: Pick<TextEmbedder, 'embed'>, lexicalOrder: number[], matches: LexicalMatch[],
): Promise<{ order: number[]; similarity: number[] }> {
  const [q, ...vectors] = await embedder.embed([question.text, ...candidates.map((e) => plainWords(e.text))]);
  const similarity = vectors.map((v) => dot(q, v));
  const semanticOrder = byScore(similarity);
  const fused = new Array<number>(candidates.length).fill(0);
  lexicalOrder.forEach((index, rank) => { if (matches[index].score > 0) fused[index] += 1 / (rrfK + rank + 1); });
  semanticOrder.forEach((index, rank) => { fused[index] += 1 / (rrfK + rank + 1); });
  return { order: byScore(fused), similarity };
}
