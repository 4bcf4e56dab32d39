import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import catalogText from '../../demo/catalog/dummyjson_products.jsonl?raw';
import type { AisleHistory } from '../../src/components/aisle-history/aisle-history.ts';
import type { AisleRecommendations } from '../../src/components/aisle-recommendations/aisle-recommendations.ts';
import { defineAisle } from '../../src/define.ts';
import { record } from '../../src/recommend/record.ts';
import { parseCatalogFeed } from '../../workers/catalog/parse-feed.ts';
import { createEngine } from '../../workers/engine.ts';
import type { Engine, Product } from '../../workers/engine-api.ts';
import { openAisleDB } from '../../workers/storage/aisle-db.ts';
import { until } from '../helpers/until.ts';

defineAisle(new URL('/', location.href));

const products = parseCatalogFeed(catalogText).products;
const laptops = products.filter((p) => p.category === 'laptops');
const phone = products.find((p) => p.title === 'iPhone X')!;

let dbCount = 0;
/** An in-thread engine on its own IndexedDB database, as an app could pass to `source`. */
async function engineOnDb(): Promise<{ engine: Engine; dbName: string }> {
  const dbName = `aisle-strip-test-${Date.now()}-${++dbCount}`;
  const engine = createEngine({ databaseName: dbName });
  await engine.configure({ modelHost: '/models/test/', models: false });
  await engine.load(products);
  return { engine, dbName };
}

const cards = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="card"]')];

function strip(attributes: Record<string, string>, source?: Engine): AisleRecommendations {
  const el = document.createElement('aisle-recommendations');
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  if (source) el.source = source;
  document.body.append(el);
  return el;
}

afterEach(() => document.body.replaceChildren());

describe('<aisle-recommendations> with an in-thread engine', () => {
  let engine: Engine;
  let dbName: string;
  beforeAll(async () => {
    ({ engine, dbName } = await engineOnDb());
  });

  it('starts with popular picks, then follows what the shopper viewed, saying why', async () => {
    const el = strip({ kind: 'for-you', limit: '5' }, engine);
    await until(() => cards(el).length === 5);
    expect(el.hidden).toBe(false);
    expect(el.shadowRoot!.querySelector('[part="reason"]')!.textContent).toMatch(/^Popular: rated \d\.\d of 5$/);
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent).toBe('Picked for you');

    await engine.record({ type: 'view', productId: laptops[0].id });
    await engine.record({ type: 'view', productId: laptops[1].id });
    await el.refresh();
    await el.updateComplete;
    const first = cards(el)[0];
    expect(laptops.map((p) => p.id)).toContain(first.dataset.productId);
    expect(first.querySelector('[part="reason"]')!.textContent).toMatch(new RegExp(`^Because you viewed (${laptops[0].title}|${laptops[1].title})$`));
    expect(cards(el).map((c) => c.dataset.productId)).not.toContain(laptops[0].id);
  });

  it('add to cart raises a cancelable, composed aisle-add-to-cart and records the cart in IndexedDB; a vetoed one records nothing', async () => {
    const el = strip({ kind: 'goes-with', 'product-id': phone.id, limit: '4' }, engine);
    await until(() => cards(el).length === 4);
    const seen: AisleAddToCartEventLike[] = [];
    type AisleAddToCartEventLike = { product: Product; cancelable: boolean; composed: boolean };
    const listener = (e: AisleAddToCartEventLike) => seen.push(e);
    document.addEventListener('aisle-add-to-cart', listener);
    const [firstCard, secondCard] = cards(el);
    firstCard.querySelector<HTMLButtonElement>('[part="add-to-cart"]')!.click();
    expect(seen[0]).toMatchObject({ cancelable: true, composed: true });
    expect(seen[0].product.id).toBe(firstCard.dataset.productId);
    const db = await openAisleDB(dbName);
    await until(async () => (await db.getAll('history')).some((e) => e.type === 'cart' && e.productId === firstCard.dataset.productId)
      ? true : false);
    const veto = (e: Event) => e.preventDefault();
    document.addEventListener('aisle-add-to-cart', veto);
    secondCard.querySelector<HTMLButtonElement>('[part="add-to-cart"]')!.click();
    await new Promise((r) => setTimeout(r, 300));
    expect((await db.getAll('history')).some((e) => e.productId === secondCard.dataset.productId)).toBe(false);
    document.removeEventListener('aisle-add-to-cart', listener);
    document.removeEventListener('aisle-add-to-cart', veto);
    db.close();
  });

  it('cheaper: only items below the product\'s price, under "Similar, for less" / "更便宜的类似商品"; about keeps to what was named', async () => {
    const laptop = [...laptops].sort((a, b) => b.price! - a.price!)[0];
    const el = strip({ kind: 'similar', 'product-id': laptop.id, limit: '4', cheaper: '' }, engine);
    await until(() => cards(el).length > 0);
    const shown = cards(el).map((c) => products.find((p) => p.id === c.dataset.productId)!);
    expect(shown.every((p) => p.price! < laptop.price!)).toBe(true);
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent).toBe('Similar, for less');
    const named = strip({ kind: 'similar', 'product-id': laptop.id, limit: '4', cheaper: '', about: 'laptop' }, engine);
    await until(() => cards(named).length > 0);
    expect(cards(named).map((c) => products.find((p) => p.id === c.dataset.productId)!).every((p) => /laptop/i.test(`${p.title} ${p.category}`) && p.price! < laptop.price!)).toBe(true);
    document.documentElement.lang = 'zh-CN';
    try {
      const zh = strip({ kind: 'similar', 'product-id': laptop.id, limit: '3', cheaper: '' }, engine);
      await until(() => cards(zh).length > 0);
      expect(zh.shadowRoot!.querySelector('[part="heading"]')!.textContent).toBe('更便宜的类似商品');
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('hides itself when there is nothing to recommend, and speaks Chinese on a zh page', async () => {
    const empty = strip({ kind: 'similar', 'product-id': 'no-such-product' }, engine);
    await empty.refresh();
    await empty.updateComplete;
    expect(empty.hidden).toBe(true);
    document.documentElement.lang = 'zh-CN';
    try {
      const el = strip({ kind: 'similar', 'product-id': phone.id, limit: '3' }, engine);
      await until(() => cards(el).length === 3);
      expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent).toBe('猜你喜欢');
    } finally {
      document.documentElement.lang = 'en';
    }
  });
});

/** A product page: exactly one schema.org Product in its JSON-LD. */
function productPage(p: Product): void {
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.textContent = JSON.stringify({
    '@context': 'https://schema.org', '@type': 'Product', sku: p.id, name: p.title, brand: { '@type': 'Brand', name: p.brand },
    category: p.category, description: p.description, offers: { '@type': 'Offer', price: p.price, priceCurrency: 'USD' },
  });
  document.body.append(script);
}

async function wipeAisleDb(): Promise<void> {
  const db = await openAisleDB();
  await db.clear('history');
  await db.clear('settings');
  db.close();
}

describe('on a product page with <aisle-assistant> (engine in its worker)', () => {
  it('records the page view, shows similar items, lets the shopper clear and switch off history, and nothing leaves the device', async () => {
    await wipeAisleDb();
    await commands.startRecordingRequests();
    const viewed = products.find((p) => p.title === 'iPhone 13 Pro')!;
    productPage(viewed);
    // The shop's own catalog feed gives the engine the rest of the products (images left out:
    // the shop's image host is the shop's business, and this test proves no request leaves the origin).
    const lines = catalogText.trim().split('\n').map((line) => JSON.stringify({ ...JSON.parse(line), image: undefined, images: undefined }));
    const feed = URL.createObjectURL(new Blob([lines.join('\n')], { type: 'application/x-ndjson' }));
    const assistant = document.createElement('aisle-assistant');
    // Test files share one origin's sessionStorage: a key of its own keeps conversations apart.
    assistant.setAttribute('storage-key', `test-${crypto.randomUUID()}`);
    assistant.setAttribute('model-host', '/models/test/');
    assistant.setAttribute('models', 'off');
    assistant.setAttribute('catalog', feed);
    document.body.append(assistant);
    // No product-id: the strip takes the page's one Product from its JSON-LD.
    const el = strip({ kind: 'similar', limit: '4' });
    const panel = document.createElement('aisle-history') as AisleHistory;
    document.body.append(panel);

    await until(() => cards(el).length === 4);
    expect(cards(el).map((c) => c.dataset.productId)).not.toContain(viewed.id);
    const db = await openAisleDB();
    const views = await until(async () => {
      const all = await db.getAll('history');
      return all.length ? all : false;
    });
    expect(views).toMatchObject([{ type: 'view', productId: viewed.id, title: viewed.title }]);

    // The shop's own add-to-cart button, through the documented record() call.
    expect(await record({ type: 'cart', productId: viewed.id })).toHaveLength(1);
    await panel.refresh();
    await panel.updateComplete;
    const entries = () => [...panel.shadowRoot!.querySelectorAll<HTMLElement>('[part="entry"]')];
    expect(entries().map((e) => e.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      `Added to cart ${viewed.title} ×`, `Viewed ${viewed.title} ×`,
    ]);

    panel.shadowRoot!.querySelector<HTMLButtonElement>('[part="clear"]')!.click();
    await until(() => entries().length === 0);
    expect(await db.count('history')).toBe(0);

    const toggle = panel.shadowRoot!.querySelector<HTMLInputElement>('[part="switch"]')!;
    toggle.click();
    await until(async () => ((await db.get('settings', 'history-enabled')) === false ? true : false));
    cards(el)[0].querySelector<HTMLButtonElement>('[part="add-to-cart"]')!.click();
    expect(await record([{ type: 'purchase', productId: viewed.id }])).toEqual([]);
    await new Promise((r) => setTimeout(r, 300));
    expect(await db.count('history')).toBe(0);
    db.close();

    const requests = await commands.recordedRequests();
    const outside = requests.filter((url) => !url.startsWith(location.origin) && !url.startsWith('blob:') && !url.startsWith('data:'));
    expect(outside).toEqual([]);
    expect(requests.filter((url) => url.includes(encodeURIComponent(viewed.title)) || url.includes(`?${viewed.id}`))).toEqual([]);
    URL.revokeObjectURL(feed);
    await wipeAisleDb();
  });
});
