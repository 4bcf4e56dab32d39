import { describe, expect, it } from 'vitest';
import { simulateSessions } from '../../../scripts/eval/recommend-sessions.ts';
import { intraListDiversity, run } from '../../../scripts/eval/recommend.ts';
import { demoCatalog } from '../../helpers/demo-catalog.ts';

describe('recommendation eval (leave-one-out over simulated sessions)', () => {
  const products = demoCatalog();

  it('draws the same sessions from the same seed, different ones from another', () => {
    const a = simulateSessions(products, 50, 3);
    expect(simulateSessions(products, 50, 3)).toEqual(a);
    expect(simulateSessions(products, 50, 4)).not.toEqual(a);
    for (const s of a) {
      expect(products.find((p) => p.id === s.hidden)!.category).toBe(s.category);
      expect(s.viewed).not.toContain(s.hidden);
    }
  });

  it('scores far above popularity and random baselines on the light path', async () => {
    const metrics = (await run({ path: 'light', extra: { sessions: '120', seed: '11' } })) as Record<string, { hitRate10: number; ndcg10: number; diversity: number }>;
    expect(metrics.forYou.hitRate10).toBeGreaterThan(0.6);
    expect(metrics.forYou.hitRate10).toBeGreaterThan(5 * metrics.randomBaseline.hitRate10);
    expect(metrics.forYou.ndcg10).toBeGreaterThan(metrics.popularityBaseline.ndcg10);
    expect(metrics.forYou.diversity).toBeGreaterThan(0.4);
  });

  it('measures diversity: copies 0, unrelated items near 1', () => {
    const [a, b] = products.filter((p) => p.category === 'laptops');
    expect(intraListDiversity([a, a, a])).toBe(0);
    const varied = ['laptops', 'groceries', 'fragrances', 'motorcycle'].map((c) => products.find((p) => p.category === c)!);
    expect(intraListDiversity(varied)).toBeGreaterThan(0.7);
    expect(intraListDiversity([a, b])).toBeLessThan(intraListDiversity(varied));
  });
});
