import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { productFromJsonLd, productNodes } from '../../../src/catalog/json-ld-product.ts';
import { parseLenientJson } from '../../../src/catalog/lenient-json.ts';
import { num } from '../../../src/catalog/json-ld-values.ts';
import type { Product } from '../../../workers/protocol/product.ts';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as unknown;
const page = 'https://shop.example/collections/all';
const read = (json: unknown) => productNodes(json).map((n) => productFromJsonLd(n, page));
const ok = (results: (Product | string)[]) => results.filter((r): r is Product => typeof r !== 'string');

describe('schema.org Product JSON-LD as real shop themes write it', () => {
  it('ProductGroup (Shopify): one product per variant, sharing the group’s brand, text, images and rating', () => {
    const [black, blue] = ok(read(fixture('shopify-product-group')));
    expect(black).toMatchObject({
      id: 'TR-42-BLK', title: 'Trail Runner - 42 / Black', brand: 'Northpeak', price: 89, currency: 'EUR', availability: 'InStock',
      url: 'https://shop.example/products/trail-runner', image: 'https://cdn.shop.example/files/trail-runner.jpg', rating: 4.6, reviewCount: 128,
      attributes: { size: '42', color: 'Black' },
    });
    expect(black.description).toBe('Grippy waterproof trail shoe. Light & fast.');
    expect(blue).toMatchObject({ id: 'TR-43-BLU', availability: 'OutOfStock', attributes: { size: '43', color: 'Blue' } });
  });

  it('@graph (WooCommerce): the Product among page nodes; offers list, priceSpecification, bestRating 10, reviews, properties', () => {
    const products = ok(read(fixture('woocommerce-graph')));
    expect(products).toHaveLength(1);
    const mug = products[0];
    expect(mug).toMatchObject({
      id: 'MUG-01', brand: 'Potter & Co', category: 'Kitchen', price: 19.5, currency: 'USD', availability: 'InStock',
      image: 'https://shop.example/img/mug.jpg', rating: 4.5, reviewCount: 12, tags: ['mug', 'coffee', 'stoneware'],
    });
    expect(mug.attributes).toEqual({ Capacity: '350 ml', 'Dishwasher safe': 'Yes', Colours: ['White', 'Sand'], highPrice: '24' });
    expect(mug.reviews).toEqual([
      { text: 'Keeps coffee hot, feels solid.', title: undefined, rating: 5, author: 'Ana', date: '2025-01-02' },
      { text: 'Chipped after a month.', title: undefined, rating: 2, author: 'Bo', date: undefined },
    ]);
  });

  it('ItemList: ListItems, @type lists and URLs, AggregateOffer prices (also 1.299,00), a nameless product explained', () => {
    const results = read(fixture('item-list'));
    expect(results).toHaveLength(3);
    expect(results[1]).toMatch(/nameless-1 has no name/);
    const [lamp, floor] = ok(results);
    expect(lamp).toMatchObject({ id: 'lamp-1', price: 1299, currency: 'EUR', tags: ['lamp', 'desk', 'lighting'], attributes: { highPrice: '1499' } });
    expect(floor).toMatchObject({ id: 'https://shop.example/p/floor-lamp', url: 'https://shop.example/p/floor-lamp', price: 59.9, currency: 'USD' });
  });

  it('a single Product, an Offer’s itemOffered, a page’s mainEntity', () => {
    const single = { '@type': 'Product', name: 'Solo', offers: { price: '5' } };
    expect(ok(read(single))[0]).toMatchObject({ id: 'Solo', price: 5, reviews: [], tags: [], attributes: {} });
    expect(ok(read({ '@type': 'Offer', itemOffered: single }))[0].title).toBe('Solo');
    expect(ok(read({ '@type': 'WebPage', mainEntity: single }))[0].title).toBe('Solo');
  });

  it('skips values that cannot be read instead of failing: a bad URL, a price of words, odd types', () => {
    const odd = { '@type': 'Product', name: 'Odd', url: 'http://[bad', offers: { price: 'call us' }, brand: 42, image: [null, 7], review: 'great', aggregateRating: { ratingValue: 'n/a' } };
    expect(read(odd)[0]).toMatchObject({ title: 'Odd', url: undefined, price: undefined, brand: '42', image: undefined, reviews: [], rating: undefined });
  });

  it('reads numbers the way shops print them', () => {
    expect(['12', '$1,299.00', '1.299,00 €', '4,5', '19.5', '1,000'].map(num)).toEqual([12, 1299, 1299, 4.5, 19.5, 1000]);
  });

  it('forgives what themes get wrong in the JSON itself', () => {
    expect(parseLenientJson('<!-- {"@type":"Product","name":"A",} -->')).toEqual({ '@type': 'Product', name: 'A' });
    expect(parseLenientJson('{"name":"Line\none"}')).toEqual({ name: 'Line one' });
    expect(() => parseLenientJson('{"name": ')).toThrow();
  });
});
