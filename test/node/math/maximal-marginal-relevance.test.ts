import { describe, expect, it } from 'vitest';
import { maximalMarginalRelevance } from '../../../workers/math/maximal-marginal-relevance.ts';
import { jaccard } from '../../../workers/math/similarity.ts';

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
    expect(jaccard(new Set([1]), new Set())).toBe(0);
  });

  it('scores relevance when asked, and holds near-copies back while others remain', () => {
    const items = [{ id: 'a1', r: 10 }, { id: 'a2', r: 9 }, { id: 'a3', r: 8 }, { id: 'b1', r: 1 }];
    const alike = (x: { id: string }, y: { id: string }) => same(x.id, y.id);
    const out = maximalMarginalRelevance(items, alike, { relevance: (c) => c.r, lambda: 0.99, nearCopy: 0.75, maxCopies: 1 });
    expect(out.map((c) => c.id)).toEqual(['a1', 'b1', 'a2', 'a3']);
  });
});
