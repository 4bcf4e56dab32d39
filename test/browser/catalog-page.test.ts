import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPageCatalog } from '../../src/catalog/read-page-catalog.ts';
import { defineAisle } from '../../src/define.ts';
import type { AisleAssistant } from '../../src/components/aisle-assistant/aisle-assistant.ts';
import shopifyGroup from '../node/catalog/fixtures/shopify-product-group.json';
import wooGraph from '../node/catalog/fixtures/woocommerce-graph.json';
import itemList from '../node/catalog/fixtures/item-list.json';

defineAisle(new URL('/', location.href));

function ldScript(content: string): void {
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.textContent = content;
  document.body.append(script);
}

/** Magento-style product page microdata (no JSON-LD), with a nested offer, brand, rating and two reviews. */
const microdataPage = `
  <div itemscope itemtype="http://schema.org/Product">
    <h1 itemprop="name">Didi Sport Watch</h1>
    <meta itemprop="sku" content="24-WG02">
    <img itemprop="image" src="/media/watch.jpg" alt="">
    <div itemprop="brand" itemscope itemtype="https://schema.org/Brand"><span itemprop="name">Luma</span></div>
    <div itemprop="description"><p>Water-resistant to 50 m.</p><p>Stopwatch &amp; alarm.</p></div>
    <div itemprop="offers" itemscope itemtype="http://schema.org/Offer">
      <span itemprop="price" content="92.00">$92.00</span><meta itemprop="priceCurrency" content="USD">
      <link itemprop="availability" href="http://schema.org/InStock">
    </div>
    <div itemprop="aggregateRating" itemscope itemtype="http://schema.org/AggregateRating">
      <span itemprop="ratingValue">80</span> of <meta itemprop="bestRating" content="100"><span itemprop="reviewCount">2</span>
    </div>
    <div itemprop="review" itemscope itemtype="http://schema.org/Review">
      <span itemprop="author">Jo</span><div itemprop="reviewBody">Big numbers, easy to read while running.</div>
      <div itemprop="reviewRating" itemscope itemtype="http://schema.org/Rating"><meta itemprop="ratingValue" content="4"></div>
    </div>
    <div itemprop="review" itemscope itemtype="http://schema.org/Review"><div itemprop="reviewBody">Strap broke.</div></div>
    <div itemprop="additionalProperty" itemscope itemtype="http://schema.org/PropertyValue">
      <span itemprop="name">Strap</span><span itemprop="value">Silicone</span>
    </div>
  </div>`;

afterEach(() => document.body.replaceChildren());

describe('reading the catalog from a real page', () => {
  it('reads every JSON-LD block, skips a broken one with a warning, and forgives theme mistakes', () => {
    ldScript(JSON.stringify(shopifyGroup));
    ldScript(JSON.stringify(wooGraph));
    ldScript(JSON.stringify(itemList));
    ldScript('{"@type": "Product", "name": ');
    ldScript('<!--\n{"@type": "Product", "name": "Wrapped\nin a comment", "sku": "W-1",}\n-->');
    const { products, warnings, source } = readPageCatalog(document);
    expect(source).toBe('json-ld');
    expect(products.map((p) => p.id)).toEqual(['7001', 'MUG-01', 'lamp-1', `${location.origin}/p/floor-lamp`, 'W-1']);
    expect(warnings).toEqual(['JSON-LD block 3: Product nameless-1 has no name', 'JSON-LD block 4 is not valid JSON']);
    expect(products[0].description).toBe('Grippy waterproof trail shoe. Light & fast.');
    expect(products[0].url).toBe(`${location.origin}/products/trail-runner`);
  });

  it('falls back to microdata when the page has no JSON-LD product', () => {
    document.body.insertAdjacentHTML('beforeend', microdataPage);
    ldScript(JSON.stringify({ '@type': 'Organization', name: 'Luma' }));
    const { products, source } = readPageCatalog(document);
    expect(source).toBe('microdata');
    expect(products).toHaveLength(1);
    expect(products[0]).toMatchObject({
      id: '24-WG02', title: 'Didi Sport Watch', brand: 'Luma', price: 92, currency: 'USD', availability: 'InStock',
      image: `${location.origin}/media/watch.jpg`, rating: 4, reviewCount: 2, attributes: { Strap: 'Silicone' },
    });
    expect(products[0].description).toMatch(/Water-resistant to 50 m\.\s*Stopwatch & alarm\./);
    expect(products[0].reviews).toEqual([
      expect.objectContaining({ text: 'Big numbers, easy to read while running.', rating: 4, author: 'Jo' }),
      expect.objectContaining({ text: 'Strap broke.' }),
    ]);
  });

  it('knows which product a product page is about, even with related products listed beside it', () => {
    const product = (sku: string) => ({ '@type': 'Product', sku, name: `Item ${sku}` });
    ldScript(JSON.stringify(product('main-1')));
    ldScript(JSON.stringify({ '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', item: product('rel-1') }, { '@type': 'ListItem', item: product('rel-2') }] }));
    expect(readPageCatalog(document)).toMatchObject({ products: [{ id: 'main-1' }, { id: 'rel-1' }, { id: 'rel-2' }], pageProductId: 'main-1' });

    // A category page (only a list) and a page with two top-level products are about no one product.
    document.body.replaceChildren();
    ldScript(JSON.stringify({ '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', item: product('a') }, { '@type': 'ListItem', item: product('b') }] }));
    expect(readPageCatalog(document).pageProductId).toBeUndefined();
    ldScript(JSON.stringify({ '@graph': [product('c'), product('d')] }));
    expect(readPageCatalog(document).pageProductId).toBeUndefined();

    // A WebPage whose mainEntity is the product is a product page too.
    document.body.replaceChildren();
    ldScript(JSON.stringify({ '@type': 'ItemPage', mainEntity: product('e') }));
    expect(readPageCatalog(document).pageProductId).toBe('e');
  });

  it('never runs markup found in product text', () => {
    ldScript(JSON.stringify({ '@type': 'Product', name: 'X', description: '<img src=x onerror="window.__pwned=1">Nice' }));
    const { products } = readPageCatalog(document);
    expect(products[0].description).toBe('Nice');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('the assistant reads a JSON Lines feed given by catalog="...", warning about bad lines', async () => {
    const feed = ['{"id":"a","title":"Alpha Kettle","price":20}', 'not json', '{"id":"b"}', '{"id":"c","title":"Gamma Mug","price":8}'].join('\n');
    const url = URL.createObjectURL(new Blob([feed], { type: 'application/x-ndjson' }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = document.createElement('aisle-assistant') as AisleAssistant;
    // Test files share one origin's sessionStorage: a key of its own keeps conversations apart.
    el.setAttribute('storage-key', `test-${crypto.randomUUID()}`);
    el.setAttribute('models', 'off');
    el.setAttribute('catalog', url);
    const ready = new Promise<number>((resolve) => el.addEventListener('aisle-ready', (e) => resolve(e.products), { once: true }));
    document.body.append(el);
    expect(await ready).toBe(2);
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual(['aisle: catalog feed line 2: not valid JSON', 'aisle: catalog feed record 2: product b has no title']);
    warn.mockRestore();
    const r = await el.search('kettle');
    expect(r?.hits[0].product.id).toBe('a');
  });
});
