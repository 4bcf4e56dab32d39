import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { defineAisle } from '../../src/define.ts';
import type { AisleAssistant } from '../../src/components/aisle-assistant/aisle-assistant.ts';
import catalogText from '../../demo/catalog/dummyjson_products.jsonl?raw';
import { parseCatalogFeed } from '../../workers/catalog/parse-feed.ts';
import { until } from '../helpers/until.ts';

defineAisle(new URL('/', location.href));

const products = parseCatalogFeed(catalogText).products.filter((p) => ['laptops', 'smartphones', 'fragrances', 'mens-shoes'].includes(p.category ?? ''));

/** A shop page: one <script type="application/ld+json"> ItemList of schema.org Products. */
function shopPage(): void {
  const list = {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    itemListElement: products.map((p, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      item: {
        '@type': 'Product', sku: p.id, name: p.title, brand: { '@type': 'Brand', name: p.brand }, category: p.category,
        description: p.description, url: `/p/${p.id}.html`, keywords: p.tags.join(', '),
        offers: { '@type': 'Offer', price: p.price, priceCurrency: 'USD', availability: 'https://schema.org/InStock' },
        aggregateRating: { '@type': 'AggregateRating', ratingValue: p.rating, reviewCount: p.reviews.length },
      },
    })),
  };
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.textContent = JSON.stringify(list);
  document.body.append(script);
}

async function mount(attributes: Record<string, string> = {}): Promise<AisleAssistant> {
  shopPage();
  const el = document.createElement('aisle-assistant');
  // Test files share one origin's sessionStorage: a key of its own keeps conversations apart.
  el.setAttribute('storage-key', `test-${crypto.randomUUID()}`);
  el.setAttribute('model-host', '/models/test/');
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  const ready = new Promise((resolve) => el.addEventListener('aisle-ready', resolve, { once: true }));
  document.body.append(el);
  await ready;
  return el;
}

const shadow = (el: AisleAssistant) => el.shadowRoot!;
const cards = (el: AisleAssistant) => [...shadow(el).querySelectorAll<HTMLElement>('[part="card"]')];

afterEach(() => {
  document.body.replaceChildren();
});

describe('<aisle-assistant> search slice in Chromium', () => {
  it('reads the page JSON-LD, loads the model in its worker, and shows model-path cards for a typed query, offline', async () => {
    await commands.startRecordingRequests();
    const el = await mount();
    shadow(el).querySelector<HTMLButtonElement>('[part="launcher"]')!.click();
    const input = await until(() => shadow(el).querySelector<HTMLTextAreaElement>('[part="input"]'));
    await userEvent.type(input, 'laptop');

    const firstCard = await until(() => cards(el)[0]);
    expect(firstCard.textContent).toMatch(/\$/);

    await until(() => shadow(el).querySelector('.path[data-source="model"]'), 90_000);
    const laptopIds = new Set(products.filter((p) => p.category === 'laptops').map((p) => p.id));
    // The model-path results replace the quick ones in place: wait for that render to settle.
    await until(() => {
      const topIds = cards(el).slice(0, 3).map((c) => c.dataset.productId);
      return topIds.length === 3 && topIds.every((id) => laptopIds.has(id!)) && shadow(el).querySelector('.path[data-source="model"]');
    }, 30_000);
    expect(shadow(el).querySelector('.status')!.textContent).toMatch(/Smart search is on/);

    const requests = await commands.recordedRequests();
    const outside = requests.filter((url) => !url.startsWith(location.origin) && !url.startsWith('blob:') && !url.startsWith('data:'));
    expect(outside).toEqual([]);
    // The model came from the widget's own host, or from the verified IndexedDB cache that another test on
    // this origin filled: either way no model file was requested from anywhere else (checked above).
    expect(requests.filter((url) => url.endsWith('.onnx')).every((url) => url.startsWith(`${location.origin}/models/test/`))).toBe(true);
  });

  it('raises a cancelable, composed aisle-add-to-cart event with the product', async () => {
    const el = await mount({ models: 'off', open: '' });
    const added: string[] = [];
    document.addEventListener('aisle-add-to-cart', (e) => added.push(e.product.title), { once: true });
    await el.search('iphone');
    const button = await until(() => cards(el)[0]?.querySelector('button'));
    button.click();
    expect(added[0]).toMatch(/iPhone/);
  });

  it('answers on the light path at once when models are off, and says so', async () => {
    const el = await mount({ models: 'off', open: '' });
    await el.search('galaxy');
    await until(() => cards(el).length > 0);
    expect(shadow(el).querySelector('.path')!.getAttribute('data-source')).toBe('lexical');
    expect(shadow(el).querySelector('.status')!.textContent).toMatch(/Quick search/);
  });

  it('tells a Chinese shopper (lang="zh" on the element, English page) why each result matches in Chinese', async () => {
    const el = await mount({ models: 'off', open: '', lang: 'zh' });
    await el.search('cheapest laptop');
    await until(() => cards(el).length > 0);
    const why = [...shadow(el).querySelectorAll('.why')].map((w) => w.textContent ?? '');
    expect(why.length).toBeGreaterThan(0);
    expect(why[0]).toContain('价格从低到高');
    for (const line of why) expect(line).not.toMatch(/\b(?:matches|lowest price first|close in meaning)\b/);
  });

  it('tells a shopper who types Chinese on an English page (no lang="zh") why each result matches in Chinese', async () => {
    const el = await mount({ models: 'off', open: '' });
    await el.search('最便宜的笔记本电脑');
    await until(() => cards(el).length > 0);
    // The reasons themselves (the screen-reader label before them follows the page's UI language).
    const why = [...shadow(el).querySelectorAll('.why')].map((w) => (w.textContent ?? '').replace(w.querySelector('.sr-only')?.textContent ?? '', ''));
    expect(why.length).toBeGreaterThan(0);
    for (const line of why) {
      expect(line).toMatch(/\p{Script=Han}/u);
      expect(line).not.toMatch(/\b(?:matches|lowest price first|close in meaning)\b/);
    }
  });

  it('closes on Escape and returns focus to the launcher', async () => {
    const el = await mount({ models: 'off', open: '' });
    const input = await until(() => shadow(el).querySelector<HTMLTextAreaElement>('[part="input"]'));
    input.focus();
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    await el.updateComplete;
    expect(el.open).toBe(false);
    expect(shadow(el).activeElement?.getAttribute('part')).toBe('launcher');
  });
});
