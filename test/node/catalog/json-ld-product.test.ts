import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { productNodes } from '../../../common/json-ld/json-ld-product.ts';
import { productFromNode } from '../../../common/json-ld/product-group.ts';
import { parseLenientJson } from '../../../common/json-ld/lenient-json.ts';
import { num } from '../../../common/json-ld/json-ld-values.ts';
import type { Product } from '../../../workers/protocol/product.ts';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as unknown;
const page = 'https://shop.example/collections/all';
const read = (json: unknown) => productNodes(json).map((n) => productFromNode(n, page));
const ok = (results: (Product | string)[]) => results.filter((r): r is Product => typeof r !== 'string');

describe('schema.org Product JSON-LD as real shop themes write it', () => {
  it('ProductGroup (Shopify): one product with its variants; the first variant gives price and stock, variants inherit the group', () => {
    const results = ok(read(fixture('shopify-product-group')));
    expect(results).toHaveLength(1);
    const [shoe] = results;
    expect(shoe).toMatchObject({
      id: '7001', title: 'Trail Runner', brand: 'Northpeak', price: 89, currency: 'EUR', availability: 'InStock',
      url: 'https://shop.example/products/trail-runner', image: 'https://cdn.shop.example/files/trail-runner.jpg', rating: 4.6, reviewCount: 128,
      attributes: { size: ['42', '43'], color: ['Black', 'Blue'] },
    });
    expect(shoe.description).toBe('Grippy waterproof trail shoe. Light & fast.');
    expect(shoe.variants).toEqual([
      { id: 'TR-42-BLK', title: 'Trail Runner - 42 / Black', sku: 'TR-42-BLK', url: 'https://shop.example/products/trail-runner?variant=1', price: 89, currency: 'EUR', availability: 'InStock', image: 'https://cdn.shop.example/files/trail-runner.jpg', options: { size: '42', color: 'Black' }, selected: true },
      { id: 'TR-43-BLU', title: 'Trail Runner - 43 / Blue', sku: 'TR-43-BLU', price: 89, currency: 'EUR', availability: 'OutOfStock', image: 'https://cdn.shop.example/files/trail-runner.jpg', options: { size: '43', color: 'Blue' } },
    ]);
  });

  it('ProductGroup: the variant whose URL is the page’s gives price and stock; nameless variants take the group’s name and currency', () => {
    const group = {
      '@type': 'ProductGroup', name: 'Linen Shirt', productGroupID: 'LS', variesBy: ['https://schema.org/size'], url: '/p/linen-shirt',
      offers: { '@type': 'AggregateOffer', priceCurrency: 'EUR', lowPrice: '39.00' },
      hasVariant: [
        { '@type': 'Product', sku: 'LS-S', size: 'S', offers: { price: '39.00', availability: { '@id': 'https://schema.org/InStock' }, url: '/p/linen-shirt?variant=s' } },
        { '@type': 'Product', sku: 'LS-M', size: 'M', offers: { price: '42.00', availability: 'https://schema.org/OutOfStock', url: '/p/linen-shirt?variant=m' } },
      ],
    };
    const [shirt] = ok(productNodes(group).map((n) => productFromNode(n, 'https://shop.example/p/linen-shirt?variant=m#top')));
    expect(shirt).toMatchObject({ id: 'LS', title: 'Linen Shirt', price: 42, currency: 'EUR', availability: 'OutOfStock', attributes: { size: ['S', 'M'] } });
    expect(shirt.variants?.map((v) => [v.title, v.options.size, v.currency, v.availability, v.selected ?? false])).toEqual([
      ['Linen Shirt', 'S', 'EUR', 'InStock', false],
      ['Linen Shirt', 'M', 'EUR', 'OutOfStock', true],
    ]);
  });

  it('ProductGroup: the page’s variant found by a Shopify variant @id, with tracking parameters in the page address', () => {
    const group = {
      '@type': 'ProductGroup', name: 'Mug', productGroupID: 'M',
      hasVariant: [
        { '@id': '/products/mug?variant=1#variant', '@type': 'Product', sku: 'M-W', color: 'White', offers: { price: 12, priceCurrency: 'USD' } },
        { '@id': '/products/mug?variant=2#variant', '@type': 'Product', sku: 'M-B', color: 'Black', offers: { price: 14, priceCurrency: 'USD' } },
      ],
    };
    const read = (url: string) => ok(productNodes(group).map((n) => productFromNode(n, url)))[0];
    expect(read('https://shop.example/products/mug?utm_source=mail&variant=2')).toMatchObject({ price: 14, variants: [{ id: 'M-W' }, { id: 'M-B', selected: true }] });
    expect(read('https://shop.example/products/mug')).toMatchObject({ price: 12, variants: [{ id: 'M-W', selected: true }, { id: 'M-B' }] });
  });

  it('ProductGroup: variants that state their options only in their names ("Jacket - Navy / M") get them by variesBy', () => {
    const group = {
      '@type': 'ProductGroup', name: 'Alpine Fleece Jacket', productGroupID: 'J', variesBy: ['https://schema.org/color', 'https://schema.org/size'],
      hasVariant: [
        { '@type': 'Product', sku: 'J-N-M', name: 'Alpine Fleece Jacket - Navy / M', offers: { price: 129, priceCurrency: 'USD' } },
        { '@type': 'Product', sku: 'J-G-S', name: 'Alpine Fleece Jacket - Forest Green / S', offers: { price: 119, priceCurrency: 'USD' } },
        { '@type': 'Product', sku: 'J-X', name: 'Alpine Fleece Jacket - Gift box', offers: { price: 139, priceCurrency: 'USD' } },
      ],
    };
    const [jacket] = ok(productNodes(group).map((n) => productFromNode(n, page)));
    expect(jacket.variants?.map((v) => v.options)).toEqual([{ color: 'Navy', size: 'M' }, { color: 'Forest Green', size: 'S' }, { option: 'Gift box' }]);
    expect(jacket.attributes).toMatchObject({ color: ['Navy', 'Forest Green'], size: ['M', 'S'], option: 'Gift box' });
  });

  it('a Product that lists variants (hasVariant on a Product) reads as a group', () => {
    const product = { '@type': 'Product', name: 'Tea Tin', sku: 'TT', hasVariant: [
      { '@type': 'Product', sku: 'TT-100', size: '100 g', offers: { price: 9, priceCurrency: 'EUR' } },
      { '@type': 'Product', sku: 'TT-250', size: '250 g', offers: { price: 19, priceCurrency: 'EUR' } },
    ] };
    const [tin] = ok(productNodes(product).map((n) => productFromNode(n, page)));
    expect(tin).toMatchObject({ id: 'TT', title: 'Tea Tin', price: 9, attributes: { size: ['100 g', '250 g'], highPrice: '19' } });
    expect(tin.variants?.map((v) => [v.id, v.title, v.options.size])).toEqual([['TT-100', 'Tea Tin', '100 g'], ['TT-250', 'Tea Tin', '250 g']]);
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
    expect(['12', '$1,299.00', '1.299,00 €', '4,5', '19.5', '1,000'].map((v) => num(v))).toEqual([12, 1299, 1299, 4.5, 19.5, 1000]);
  });

  it('forgives what themes get wrong in the JSON itself', () => {
    expect(parseLenientJson('<!-- {"@type":"Product","name":"A",} -->')).toEqual({ '@type': 'Product', name: 'A' });
    expect(parseLenientJson('{"name":"Line\none"}')).toEqual({ name: 'Line one' });
    expect(() => parseLenientJson('{"name": ')).toThrow();
  });
});
