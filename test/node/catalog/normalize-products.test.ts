import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizeRecord, normalizeRecords } from '../../../workers/catalog/normalize-record.ts';
import { parseCatalogFeed } from '../../../workers/catalog/parse-feed.ts';
import { createEngine } from '../../../workers/engine.ts';
import type { Product } from '../../../workers/protocol/product.ts';

afterEach(() => vi.restoreAllMocks());

describe('products handed over from JS are read like feed records', () => {
  it('takes { id, title, price } and { sku, name, special_price }, filling the lists a Product needs', () => {
    const { products, skipped } = normalizeRecords([
      { id: 7, title: 'Trail Runner 2', price: '89.50' },
      { sku: 'tee-1', name: 'Cotton &amp; linen tee', price: 30, special_price: 24, review_count: 12 },
    ]);
    expect(skipped).toEqual([]);
    expect(products[0]).toMatchObject({ id: '7', title: 'Trail Runner 2', price: 89.5, reviews: [], attributes: {}, tags: [] });
    expect(products[1]).toMatchObject({ id: 'tee-1', title: 'Cotton & linen tee', price: 24, reviewCount: 12 });
  });

  it('keeps a Product as it is (its own field names: reviewCount, review author, tags)', () => {
    const product: Product = {
      id: 'p1', title: 'Rain Jacket', price: 120, currency: 'EUR', rating: 4.5, reviewCount: 31, availability: 'InStock',
      reviews: [{ text: 'Kept me dry', rating: 5, author: 'Ana' }], attributes: { colour: ['red', 'blue'], fabric: 'nylon' },
      tags: ['outdoor'], questions: [{ question: 'Is it waterproof?', answer: 'Yes' }],
    };
    expect(normalizeRecord(product)).toEqual({ ...product, url: undefined, brand: undefined, category: undefined, description: undefined, image: undefined });
  });

  it('skips records that cannot be products and says which and why', () => {
    const { products, skipped } = normalizeRecords([{ title: 'no id' }, { id: 'a' }, 'text', { id: 'b', name: 'B' }, { id: 'b', name: 'B again' }]);
    expect(products.map((p) => p.id)).toEqual(['b']);
    expect(skipped).toEqual(['record 1: no id', 'record 2: product a has no title', 'record 3: not an object', 'record 5: duplicate id b']);
  });

  it('is the same reading the feed parser uses', () => {
    const feed = parseCatalogFeed('{"sku":"x1","name":"Desk Lamp","price":"19.99"}\nnot json\n{"id":"x2"}');
    expect(feed.products).toEqual(normalizeRecords([{ sku: 'x1', name: 'Desk Lamp', price: '19.99' }]).products);
    expect(feed.skipped).toEqual(['line 2: not valid JSON', 'record 2: product x2 has no title']);
  });
});

describe('Engine.load (what setProducts() calls) normalises its records', () => {
  it('indexes { id, title, price } records and finds them by title and price cap', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const engine = createEngine();
    const count = await engine.load([
      { id: 'a', title: 'Trail running shoes', price: 89, category: 'shoes' },
      { id: 'b', name: 'Road running shoes', price: 140, category: 'shoes' },
      { title: 'no id here' },
    ]);
    expect(count).toBe(2);
    expect(warn).toHaveBeenCalledWith('aisle: setProducts skipped record 3: no id');
    const hits = (await engine.search('running shoes under $100')).hits.map((h) => h.product);
    expect(hits.map((p) => p.id)).toEqual(['a']);
    expect(hits[0]).toMatchObject({ title: 'Trail running shoes', price: 89, reviews: [], tags: [] });
  });

  it('keeps the variants a page or an app hands over, so variant questions can be answered', async () => {
    const engine = createEngine();
    await engine.configure({ modelHost: 'models/', models: false });
    await engine.load([{
      id: 'g', title: 'Rain jacket', price: 129,
      variants: [
        { id: 'g-s', title: 'Rain jacket - S', options: { Size: 'S' }, availability: 'OutOfStock' },
        { id: 'g-m', title: 'Rain jacket - M', options: { Size: 'M' }, availability: 'InStock', selected: true },
        { title: 'no id' },
      ],
    }]);
    const answer = await engine.ask('g', 'Is size M in stock?');
    expect(answer.text).toContain('M is in stock');
  });
});
