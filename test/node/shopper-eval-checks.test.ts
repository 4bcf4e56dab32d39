import { describe, expect, it } from 'vitest';
import { failures, leadOf, ratesBy, readsAsChinese, type KnownProduct } from '../../scripts/eval/eval-shopper-checks.ts';

const products = new Map<string, KnownProduct>([
  ['a', { id: 'a', price: 89.99, rating: 4.9, text: 'Puma Future Rider Trainers mens-shoes casual' }],
  ['b', { id: 'b', price: 79.99, rating: 4.9, text: 'Calvin Klein Heel Shoes womens-shoes' }],
]);

describe('shopper-journey checks', () => {
  it('passes a reply that shows the stated value and fails one that shows another row', () => {
    const expect_ = { include: ['320'], exclude: ['品牌'] };
    expect(failures(expect_, { text: '重量：320 克。', cards: [] }, products)).toEqual([]);
    expect(failures(expect_, { text: '品牌：轻风户外', cards: [] }, products)).toEqual(['missing /320/', 'shows /品牌/']);
  });

  it('counts "not stated" only when no yes/no verdict was given', () => {
    const e = { notStated: true };
    expect(failures(e, { text: "The product details don't say.", verdict: 'not-stated', cards: [] }, products)).toEqual([]);
    expect(failures(e, { text: '商品资料没有说明内存。', cards: [] }, products)).toEqual([]);
    expect(failures(e, { text: 'Yes. It has a Retina display.', verdict: 'yes', cards: [] }, products)).toHaveLength(1);
  });

  it('checks every top result against price and words from the catalog, not the card', () => {
    const e = { top3: { maxPrice: 100, match: 'trainer|sneaker', notMatch: 'heel' } };
    expect(failures(e, { text: '', cards: [{ id: 'a', text: 'Puma' }] }, products)).toEqual([]);
    const bad = failures(e, { text: '', cards: [{ id: 'a', text: '' }, { id: 'b', text: '' }] }, products);
    expect(bad).toEqual(['#2 b lacks /trainer|sneaker/', '#2 b has /heel/']);
    expect(failures(e, { text: 'No products match that.', cards: [] }, products)).toEqual(['no results']);
  });

  it('accepts "no match" as no cards or as words saying so, in both languages', () => {
    const e = { noMatch: true };
    expect(failures(e, { text: '', cards: [] }, products)).toEqual([]);
    expect(failures(e, { text: '没有找到合适的商品。', cards: [{ id: 'a', text: '' }] }, products)).toEqual([]);
    expect(failures(e, { text: 'Results', cards: [{ id: 'a', text: '' }] }, products)).toHaveLength(1);
  });

  it('reads the opening sentence and whether it is Chinese', () => {
    expect(leadOf('Yes, we ship to Canada: 5-8 business days. We ship to …')).toBe('Yes, we ship to Canada: 5-8 business days.');
    expect(readsAsChinese('是的，可以寄到加拿大（Canada）。')).toBe(true);
    expect(readsAsChinese('We ship to the United States, Canada … 加拿大')).toBe(false);
    // A verbatim quote keeps its language; the assistant's own words before it are what count.
    expect(readsAsChinese('是的。商品描述中写着“Machine wash/dry.”')).toBe(true);
    expect(readsAsChinese('Yes. The description says “机洗”')).toBe(false);
    expect(failures({ lead: '\\byes\\b' }, { text: 'We ship to many countries. Yes, Canada too.', cards: [] }, products)).toHaveLength(1);
  });

  it('keeps fit remarks out of the pros', () => {
    expect(failures({ notInPros: ['large'] }, { text: '', pros: 'Runs large, though.', cards: [] }, products)).toEqual(['pros list /large/']);
  });

  it('reports the pass rate per key', () => {
    const rates = ratesBy([{ k: 'x', ok: true }, { k: 'x', ok: false }, { k: 'y', ok: true }], (r) => r.k, (r) => r.ok);
    expect(rates).toEqual({ x: { pass: 1, total: 2, rate: 0.5 }, y: { pass: 1, total: 1, rate: 1 } });
  });
});
