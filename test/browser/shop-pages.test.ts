/**
 * The shop-page corpus (test/fixtures/shop-pages/) read in Chromium, with the browser's own HTML
 * parser, as the widget reads a page; and the element on hostile page data: JSON-LD nested thousands
 * of levels deep must not stop `aisle-ready`, and `element.inspect()` reports what it read.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineAisle } from '../../src/define.ts';
import type { AisleAssistant } from '../../src/components/aisle-assistant/aisle-assistant.ts';
import { inspectPage } from '../../src/inspect/inspect-page.ts';
import { until } from '../helpers/until.ts';
import { accuracyReport, checkPage, type ExpectedPage, type FieldCheck } from '../helpers/shop-page-fields.ts';

defineAisle(new URL('/', location.href));

const html = import.meta.glob('../fixtures/shop-pages/*.html', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const expected = import.meta.glob('../fixtures/shop-pages/*.expected.json', { import: 'default', eager: true }) as Record<string, ExpectedPage>;

/** A saved page as a document at its own address (a `<base>` when it has none), parsed by Chromium; no script of it runs. */
function parsePage(source: string, url: string): Document {
  const doc = new DOMParser().parseFromString(source, 'text/html');
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.href = url;
    doc.head.prepend(base);
  }
  return doc;
}

afterEach(() => document.body.replaceChildren());

describe('shop-page corpus in Chromium', () => {
  it('reads 100% of the fields the pages’ markup carries', () => {
    const checks: FieldCheck[] = [];
    for (const [path, source] of Object.entries(html)) {
      const name = path.replace(/^.*\//, '').replace(/\.html$/, '');
      const want = expected[path.replace(/\.html$/, '.expected.json')];
      expect(want, `${name}.expected.json`).toBeDefined();
      checks.push(...checkPage(name, want, inspectPage(parsePage(source, want.url))));
    }
    const report = accuracyReport(checks);
    console.log(report);
    expect(report).not.toMatch(/\n/);
    expect(new Set(checks.map((c) => c.page)).size).toBeGreaterThanOrEqual(15);
  });
});

describe('the element on what real pages hold', () => {
  const element = () => {
    const el = document.createElement('aisle-assistant') as AisleAssistant;
    el.setAttribute('storage-key', `test-${crypto.randomUUID()}`);
    el.setAttribute('models', 'off');
    return el;
  };
  const ldScript = (content: string) => {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = content;
    document.body.append(script);
  };

  it('JSON-LD nested thousands of levels deep: aisle-ready still fires, with the page’s good product and a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    ldScript(`{"@type":"Product","name":"Bottomless","isRelatedTo":${'{"a":'.repeat(6000)}1${'}'.repeat(6000)}}`);
    ldScript(`${'['.repeat(20000)}${']'.repeat(20000)}`);
    ldScript(JSON.stringify({ '@context': 'https://schema.org', '@type': 'Product', name: 'Desk Lamp', sku: 'DL-1', offers: { price: 20, priceCurrency: 'USD' } }));
    const el = element();
    const ready = new Promise<number>((resolve) => el.addEventListener('aisle-ready', (e) => resolve(e.products), { once: true }));
    document.body.append(el);
    expect(await ready).toBe(2);
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual(expect.arrayContaining([expect.stringMatching(/^aisle: JSON-LD block 1 nests deeper than 32 levels/)]));
    warn.mockRestore();
  });

  it('element.inspect() reports products, the page product with its variants, policies and warnings', async () => {
    const page = parsePage(html['../fixtures/shop-pages/shopify-product-group.html'], location.href);
    for (const script of page.querySelectorAll('script[type="application/ld+json"]')) ldScript(script.textContent ?? '');
    ldScript('{"@type": "Product", "name": ');
    const el = element();
    const ready = new Promise((resolve) => el.addEventListener('aisle-ready', resolve, { once: true }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.body.append(el);
    await ready;
    warn.mockRestore();
    const report = el.inspect();
    expect(report.pageProduct).toMatchObject({ id: '8123456789', title: 'Alpine Fleece Jacket', price: 119, availability: 'InStock' });
    expect(report.pageProduct?.variants?.map((v) => v.options)).toEqual([{ color: 'Forest Green', size: 'S' }, { color: 'Forest Green', size: 'M' }, { color: 'Navy', size: 'M' }]);
    expect(report.products).toHaveLength(1);
    expect(report.warnings).toEqual(['JSON-LD block 3 is not valid JSON']);
    expect(report.limits).toEqual({ maxProducts: 1000, maxJsonLdDepth: 32 });
  });

  it('on a ProductGroup page the shopper asks about the variants and gets them answered', async () => {
    const page = parsePage(html['../fixtures/shop-pages/shopify-product-group.html'], location.href);
    for (const script of page.querySelectorAll('script[type="application/ld+json"]')) ldScript(script.textContent ?? '');
    const el = element();
    el.setAttribute('open', '');
    const ready = new Promise((resolve) => el.addEventListener('aisle-ready', resolve, { once: true }));
    document.body.append(el);
    await ready;
    await el.updateComplete;
    const answerFor = async (question: string) => {
      const before = el.shadowRoot!.querySelectorAll('[part="reply"]').length;
      await el.search(question);
      await el.updateComplete;
      const reply = await until(() => el.shadowRoot!.querySelectorAll('[part="reply"]').length > before && ([...el.shadowRoot!.querySelectorAll('[part="reply"]')].at(-1) as HTMLElement));
      const answer = await until(() => reply.querySelector('aisle-answer'));
      await (answer as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      return answer.shadowRoot!.textContent ?? '';
    };
    expect(await answerFor('Is size M in stock?')).toContain('Yes: M is in stock.');
    expect(await answerFor('Does it come in red?')).toContain('No: it does not come in red. It comes in Forest Green and Navy.');
  });
});
