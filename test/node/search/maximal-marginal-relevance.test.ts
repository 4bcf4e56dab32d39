import { describe, expect, it } from 'vitest';
import { jaccard, maximalMarginalRelevance } from '../../../workers/search/maximal-marginal-relevance.ts';

const same = (a: string, b: string) => (a[0] === b[0] ? 1 : 0);

describe('maximalMarginalRelevance', () => {
  it('keeps the ranking when nothing is alike', () => {
    expect(maximalMarginalRelevance(['a', 'b', 'c', 'd'], () => 0)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('moves near-duplicates down so other items surface', () => {
    const ranked = Array.from({ length: 30 }, (_, i) => `a${i}`);
    ranked.splice(8, 0, 'b1');
    const out = maximalMarginalRelevance(ranked, same, { limit: 10 });
    expect(out.slice(0, 3)).toEqual(['a0', 'a1', 'a2']);
    expect(out.indexOf('b1')).toBe(3);
  });

  it('with lambda 1 is the plain ranking', () => {
    const ranked = ['a1', 'a2', 'b1'];
    expect(maximalMarginalRelevance(ranked, same, { lambda: 1 })).toEqual(ranked);
  });

  it('jaccard is shared over all', () => {
    expect(jaccard(new Set([1, 2, 3]), new Set([2, 3, 4]))).toBe(0.5);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});
