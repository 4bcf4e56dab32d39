/** The page readers on the shapes real shop pages have (issue 18), read from HTML in Node (linkedom). */
import { describe, expect, it } from 'vitest';
import { MAX_JSON_LD_DEPTH, boundDepth } from '../../../common/json-ld/json-ld-blocks.ts';
import { parseLenientJson } from '../../../common/json-ld/lenient-json.ts';
import { MAX_PAGE_PRODUCTS, readPageCatalog, readPageCatalogInSlices } from '../../../src/catalog/read-page-catalog.ts';
import { PAGE_PARSE_MAX_OBJECTS, tooLargeForPage } from '../../../src/catalog/json-ld-scripts.ts';
import { readPagePolicies, readPagePoliciesInSlices } from '../../../src/store/read-page-policies.ts';
import { createEngine } from '../../../workers/engine.ts';
import { ld, nodePage } from '../../helpers/node-page.ts';

const deep = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
const product = (extra: Record<string, unknown> = {}) => ({ '@context': 'https://schema.org', '@type': 'Product', name: 'Desk Lamp', sku: 'DL-1', ...extra });

describe('one broken block never takes the page down', () => {
  it('JSON-LD nested thousands of levels deep: cut at MAX_JSON_LD_DEPTH with a warning, the other blocks read', () => {
    const doc = nodePage(`${ld(`{"@type":"Product","name":"Deep","isRelatedTo":${deep(5000)}}`)}${ld(`[${deep(10000)}]`)}${ld(product({ offers: { price: '20', priceCurrency: 'USD' } }))}`);
    const { products, warnings, pageProductId } = readPageCatalog(doc);
    expect(products.map((p) => p.title)).toEqual(['Deep', 'Desk Lamp']);
    expect(warnings).toEqual([
      `JSON-LD block 1 nests deeper than ${MAX_JSON_LD_DEPTH} levels: the deeper part is ignored`,
      `JSON-LD block 2 nests deeper than ${MAX_JSON_LD_DEPTH} levels: the deeper part is ignored`,
    ]);
    expect(pageProductId).toBeUndefined();
    expect(readPagePolicies(doc).warnings).toHaveLength(2);
  });

  it('whatever else fails while reading, the readers answer with a warning instead of throwing', () => {
    const broken = { baseURI: 'https://shop.example/', documentElement: null, querySelectorAll: () => { throw new Error('no DOM here'); } } as unknown as Document;
    expect(readPageCatalog(broken)).toEqual({ products: [], source: 'none', warnings: ["the page's products could not be read (no DOM here)"] });
    expect(readPagePolicies(broken)).toEqual({ entries: [], warnings: ["the page's policies could not be read (no DOM here)"] });
  });

  it('boundDepth keeps what is shallower than the bound, as it was', () => {
    const value = { '@graph': [{ '@type': 'Product', name: 'A', offers: [{ price: 1 }] }] };
    expect(boundDepth(value)).toEqual({ value, cut: false });
    expect(boundDepth({ a: { b: { c: 1 } } }, 2)).toEqual({ value: { a: {} }, cut: true });
  });

  it('microdata nested thousands of levels deep reads without overflowing', () => {
    const nested = `${'<div itemprop="isRelatedTo" itemscope itemtype="https://schema.org/Thing">'.repeat(3000)}${'</div>'.repeat(3000)}`;
    const doc = nodePage(`<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Deep microdata</span>${nested}</div>`);
    expect(readPageCatalog(doc).products.map((p) => p.title)).toEqual(['Deep microdata']);
  });
});

describe('smaller shapes seen on real pages', () => {
  it('availability as {"@id": ".../InStock"}, gtin14, a charset in the type attribute', () => {
    const doc = nodePage(ld(product({ gtin14: '00012345678905', sku: undefined, offers: { price: '9.90', priceCurrency: 'EUR', availability: { '@id': 'https://schema.org/InStock' } } }), 'application/ld+json; charset=utf-8'));
    expect(readPageCatalog(doc).products[0]).toMatchObject({ id: '00012345678905', availability: 'InStock', price: 9.9, attributes: { gtin14: '00012345678905' } });
  });

  it('a whole block HTML-escaped', () => {
    const escaped = JSON.stringify(product()).replace(/"/g, '&quot;');
    expect(parseLenientJson(escaped)).toEqual(product());
    expect(readPageCatalog(nodePage(ld(escaped))).products[0]).toMatchObject({ id: 'DL-1', title: 'Desk Lamp' });
  });

  it('the same product twice under different ids (theme block + review app block) is one product with both halves', () => {
    const theme = product({ '@id': 'https://shop.example/p/item#product', url: 'https://shop.example/p/item', offers: { price: '49.00', priceCurrency: 'USD' } });
    const reviewApp = { '@context': 'https://schema.org', '@type': 'Product', '@id': 'https://shop.example/p/item#judgeme', name: 'Desk Lamp', url: 'https://shop.example/p/item',
      aggregateRating: { ratingValue: '4.8', reviewCount: '23' }, review: [{ reviewBody: 'Bright and steady.', reviewRating: { ratingValue: 5 } }] };
    const { products, pageProductId } = readPageCatalog(nodePage(ld(theme) + ld(reviewApp)));
    expect(products).toHaveLength(1);
    expect(products[0]).toMatchObject({ id: 'DL-1', price: 49, rating: 4.8, reviewCount: 23, reviews: [{ text: 'Bright and steady.' }] });
    expect(pageProductId).toBe('DL-1');
  });

  it('the policies reader is as lenient as the catalog reader: no false "not valid JSON"', () => {
    const block = `<!-- ${JSON.stringify(product({ offers: { price: 5, hasMerchantReturnPolicy: { merchantReturnDays: 30, returnPolicyCategory: 'MerchantReturnFiniteReturnWindow' } } })).replace(/}$/, ',}')} -->`;
    const doc = nodePage(ld(block));
    expect(readPageCatalog(doc).warnings).toEqual([]);
    expect(readPagePolicies(doc)).toEqual({ warnings: [], entries: [expect.objectContaining({ productId: 'DL-1', text: 'Returns accepted within 30 days.' })] });
  });

  it('OfferShippingDetails with nested hasShippingService / shippingConditions', () => {
    const offer = {
      '@type': 'Offer', price: '20', priceCurrency: 'EUR',
      shippingDetails: {
        '@type': 'OfferShippingDetails',
        hasShippingService: {
          '@type': 'ShippingService', handlingTime: { '@type': 'ServicePeriod', duration: { '@type': 'QuantitativeValue', minValue: 0, maxValue: 1, unitCode: 'DAY' } },
          shippingConditions: [
            { '@type': 'ShippingConditions', shippingDestination: { addressCountry: 'NL' }, shippingRate: { '@type': 'MonetaryAmount', value: 0, currency: 'EUR' }, transitTime: { '@type': 'ServicePeriod', duration: { minValue: 1, maxValue: 2, unitCode: 'DAY' } } },
            { '@type': 'ShippingConditions', shippingDestination: { addressCountry: 'BE' }, shippingRate: { '@type': 'ShippingRateSettings', shippingRate: { value: 4.95, currency: 'EUR' } } },
          ],
        },
      },
    };
    const { entries } = readPagePolicies(nodePage(ld(product({ offers: offer }))));
    expect(entries.map((e) => e.text)).toEqual(['Ships to NL; free shipping; handling 0-1 days; delivery 1-2 days.', 'Ships to BE; shipping 4.95 EUR; handling 0-1 days.']);
  });

  it('Open Graph product:price:* is the last fallback when the markup has no offer', () => {
    const og = '<meta property="product:price:amount" content="1.299,00"><meta property="product:price:currency" content="EUR"><meta property="product:availability" content="instock">';
    const withMarkup = readPageCatalog(nodePage(`<html lang="de"><head>${og}</head><body>${ld(product())}</body></html>`));
    expect(withMarkup.products[0]).toMatchObject({ price: 1299, currency: 'EUR', availability: 'InStock' });
    const withOffer = readPageCatalog(nodePage(`<html><head>${og}</head><body>${ld(product({ offers: { price: 10, priceCurrency: 'USD' } }))}</body></html>`));
    expect(withOffer.products[0]).toMatchObject({ price: 10, currency: 'USD' });
    const ogOnly = readPageCatalog(nodePage(`<html><head><meta property="og:type" content="product"><meta property="og:title" content="Only OG"><meta property="og:url" content="/p/og">${og}</head><body></body></html>`));
    expect(ogOnly).toMatchObject({ source: 'open-graph', pageProductId: 'https://shop.example/p/og', products: [{ title: 'Only OG', price: 1299 }] });
  });
});

describe('words, numbers and size as the page writes them', () => {
  it('block elements and <br> are boundaries in microdata text and in HTML inside JSON-LD', () => {
    const micro = nodePage(`<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Serum</h1>
      <div itemprop="description"><ul><li>6 Treatment Pack</li><li>For use at night</li></ul><p>Brass</p><p>Hook closure<br>Argentina</p><script>var x = 1;</script></div></div>`);
    expect(readPageCatalog(micro).products[0].description).toBe('6 Treatment Pack\nFor use at night\nBrass\nHook closure\nArgentina');
    const json = nodePage(ld(product({ description: '<ul><li>6 Treatment Pack</li><li>For use</li></ul><p>brass</p><p>Hook closure<br/>Argentina</p>' })));
    expect(readPageCatalog(json).products[0].description).toBe('6 Treatment Pack\nFor use\nbrass\nHook closure\nArgentina');
  });

  it('a spec value keeps its unit: unitText as written, a UN/CEFACT unitCode as people read it ("KGM" → "kg")', () => {
    const prop = (name: string, value: number, unit: Record<string, string>) => ({ '@type': 'PropertyValue', name, value, ...unit });
    const page = nodePage(ld(product({ additionalProperty: [prop('weight', 1.2, { unitCode: 'KGM' }), prop('height', 30, { unitCode: 'CMT' }), prop('battery life', 10, { unitText: 'hours' }), prop('pack', 6, { unitCode: 'C62' })] })));
    expect(readPageCatalog(page).products[0].attributes).toMatchObject({ weight: '1.2 kg', height: '30 cm', 'battery life': '10 hours', pack: '6 C62' });
  });

  it('prices and counts by the page language and the currency: € 1.299, 1.299.000 ₫, a count of 1.024', () => {
    const page = (lang: string, price: string, currency: string, count = '1.024') =>
      nodePage(`<html lang="${lang}"><body>${ld(product({ offers: { price, priceCurrency: currency }, aggregateRating: { ratingValue: '4,6', reviewCount: count } }))}</body></html>`);
    expect(readPageCatalog(page('de-DE', '€ 1.299', 'EUR')).products[0]).toMatchObject({ price: 1299, reviewCount: 1024, rating: 4.6 });
    expect(readPageCatalog(page('vi', '1.299.000 ₫', 'VND')).products[0]).toMatchObject({ price: 1299000, reviewCount: 1024 });
    // What already worked stays so.
    const prices = [['fr', '1.299,00 €', 'EUR', 1299], ['pl', '1 299,00 zł', 'PLN', 1299], ['de-CH', "CHF 1'299.–", 'CHF', 1299], ['en-IN', '₹1,23,456.00', 'INR', 123456], ['en', '19.99', 'USD', 19.99], ['en', '$1,299.00', 'USD', 1299]] as const;
    for (const [lang, price, currency, expected] of prices) expect(readPageCatalog(page(lang, price, currency)).products[0].price, `${price} (${lang})`).toBe(expected);
  });

  it(`a page with thousands of products: the first MAX_PAGE_PRODUCTS (${MAX_PAGE_PRODUCTS}) are read, with a warning, quickly`, () => {
    const items = Array.from({ length: 2000 }, (_, i) => ({ '@type': 'ListItem', position: i + 1, item: { '@type': 'Product', name: `Item ${i}`, sku: `I-${i}`, offers: { price: i + 1, priceCurrency: 'USD' } } }));
    const doc = nodePage(ld({ '@context': 'https://schema.org', '@type': 'ItemList', itemListElement: items }));
    const started = performance.now();
    const { products, warnings } = readPageCatalog(doc);
    const seconds = (performance.now() - started) / 1000;
    expect(products).toHaveLength(MAX_PAGE_PRODUCTS);
    expect(products.at(-1)?.id).toBe(`I-${MAX_PAGE_PRODUCTS - 1}`);
    expect(warnings).toEqual([`the page describes 2000 products: only the first ${MAX_PAGE_PRODUCTS} are read`]);
    expect(seconds).toBeLessThan(5);
  });

  it('counts the distinct products a page describes, not its descriptions of them', () => {
    const item = (i: number) => ({ '@type': 'ListItem', item: { '@type': 'Product', name: `Item ${i}`, sku: `I-${i}` } });
    // 1,500 products; the last 500 (past the bound) described twice, and ten of the first read ones again past it.
    const list = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => item(from + i));
    const doc = nodePage(`${ld({ '@type': 'ItemList', itemListElement: [...list(0, 1500), ...list(1000, 1500)] })}${ld({ '@type': 'ItemList', itemListElement: list(0, 10) })}`);
    const { products, warnings } = readPageCatalog(doc);
    expect(products).toHaveLength(MAX_PAGE_PRODUCTS);
    expect(warnings).toEqual([`the page describes 1500 products: only the first ${MAX_PAGE_PRODUCTS} are read`]);
  });
});

describe('a JSON-LD block too large to parse on the page’s thread is read by the engine', () => {
  // A product page's own small block, then a listing of 2,500 products (7,500 objects with their ListItems and Offers).
  const listing = { '@context': 'https://schema.org', '@type': 'ItemList', itemListElement: Array.from({ length: 2500 }, (_, i) => ({ '@type': 'ListItem', position: i + 1, item: { '@type': 'Product', name: `Item ${i}`, sku: `I-${i}`, offers: { '@type': 'Offer', price: i + 1, priceCurrency: 'USD' } } })) };
  // The listing's block also holds the shop's FAQ.
  const faq = { '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'Do you ship abroad?', acceptedAnswer: { '@type': 'Answer', text: 'We ship to 30 countries.' } }] };
  const html = `${ld(product({ offers: { '@type': 'Offer', price: '20', priceCurrency: 'USD' } }))}${ld({ '@context': 'https://schema.org', '@graph': [listing, faq] })}`;

  it('only a block of more than PAGE_PARSE_MAX_OBJECTS objects counts as too large, whatever its bytes', () => {
    expect(tooLargeForPage(JSON.stringify(listing))).toBe(true);
    expect(tooLargeForPage(JSON.stringify(product({ description: 'x'.repeat(1_000_000) })))).toBe(false);
    expect(tooLargeForPage(`[${'{},'.repeat(PAGE_PARSE_MAX_OBJECTS - 1)}{}]`)).toBe(false);
    expect(tooLargeForPage(`[${'{},'.repeat(PAGE_PARSE_MAX_OBJECTS)}{}]`)).toBe(true);
  });

  it('the engine gets that block only, and the page joins its products in block order: the catalog of the one-go reader', async () => {
    const doc = nodePage(html);
    // The engine in-thread: the one the worker runs, and the in-page fallback when no worker can run.
    const engine = createEngine();
    const sent: number[] = [];
    const sliced = await readPageCatalogInSlices(doc, (blocks, options) => {
      sent.push(...blocks.map((b) => b.index));
      return engine.readJsonLd(blocks, options);
    });
    expect(sent).toEqual([2]);
    expect(sliced).toEqual(readPageCatalog(doc));
    expect(sliced.products).toHaveLength(MAX_PAGE_PRODUCTS);
    expect(sliced.pageProductId).toBe('DL-1');
    expect(sliced.products[1]).toMatchObject({ id: 'I-0', title: 'Item 0', price: 1, currency: 'USD' });
    expect(sliced.warnings).toEqual([`the page describes 2501 products: only the first ${MAX_PAGE_PRODUCTS} are read`]);
  });

  it('an engine that fails costs that block only (with a warning); a reader that skips large blocks still knows the page product', async () => {
    const doc = nodePage(html);
    const failed = await readPageCatalogInSlices(doc, () => Promise.reject(new Error('the worker is gone')));
    expect(failed.products.map((p) => p.id)).toEqual(['DL-1']);
    expect(failed.warnings).toEqual(['JSON-LD block 2 could not be read (the worker is gone)']);
    const skipped = await readPageCatalogInSlices(doc, 'skip');
    expect(skipped).toMatchObject({ pageProductId: 'DL-1', warnings: [] });
    expect(skipped.products).toHaveLength(1);
  });

  it('the engine reads that block’s policies with its products; the element’s policy reader takes them instead of parsing it', async () => {
    const doc = nodePage(html);
    const engine = createEngine();
    const catalog = await readPageCatalogInSlices(doc, (blocks, options) => engine.readJsonLd(blocks, { ...options, policies: true }));
    expect(catalog.largeBlockPolicies?.entries.map((e) => e.question)).toEqual(['Do you ship abroad?']);
    const policies = await readPagePoliciesInSlices(doc, { skipLarge: true, largeBlocks: catalog.largeBlockPolicies });
    expect(policies).toEqual(readPagePolicies(doc));
    expect(policies.entries).toHaveLength(1);
    // Without them (the engine failed), that block's policies are left out, with a warning.
    const without = await readPagePoliciesInSlices(doc, { skipLarge: true });
    expect(without).toEqual({ entries: [], warnings: [`JSON-LD block 2 holds over ${PAGE_PARSE_MAX_OBJECTS} objects: its FAQ and offer policies are not read (its products are)`] });
  });
});
