import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import catalogText from '../../demo/catalog/dummyjson_products.jsonl?raw';
import type { AisleHistory } from '../../src/components/aisle-history/aisle-history.ts';
import { defineAisle } from '../../src/define.ts';
import { parseCatalogFeed } from '../../workers/catalog/parse-feed.ts';
import { createEngine } from '../../workers/engine.ts';
import type { Engine } from '../../workers/engine-api.ts';
import { openAisleDB } from '../../workers/storage/aisle-db.ts';
import { until } from '../helpers/until.ts';

defineAisle(new URL('/', location.href));

const products = parseCatalogFeed(catalogText).products.slice(0, 40);
let dbCount = 0;

async function engineOnDb(): Promise<{ engine: Engine; dbName: string }> {
  const dbName = `aisle-history-panel-test-${Date.now()}-${++dbCount}`;
  const engine = createEngine({ databaseName: dbName, historyLimits: { maxEntries: 5, maxAgeDays: 30 } });
  await engine.configure({ modelHost: '/models/test/', models: false });
  await engine.load(products);
  return { engine, dbName };
}

async function mountPanel(engine: Engine): Promise<AisleHistory> {
  const panel = document.createElement('aisle-history');
  panel.source = engine;
  document.body.append(panel);
  await panel.refresh();
  await panel.updateComplete;
  return panel;
}

const entries = (panel: AisleHistory) => [...panel.shadowRoot!.querySelectorAll<HTMLElement>('[part="entry"]')];
const part = <T extends HTMLElement>(panel: AisleHistory, name: string) => panel.shadowRoot!.querySelector<T>(`[part="${name}"]`)!;

afterEach(() => document.body.replaceChildren());

describe('<aisle-history> in Chromium', () => {
  it('shows what is kept, newest first, with the limits; removing one entry removes exactly that row from IndexedDB', async () => {
    const { engine, dbName } = await engineOnDb();
    await engine.record({ type: 'view', productId: products[0].id });
    await engine.record({ type: 'search', query: 'mascara' });
    await engine.record({ type: 'cart', productId: products[1].id });
    const panel = await mountPanel(engine);
    expect(entries(panel).map((e) => e.querySelector('.what')!.textContent)).toEqual([products[1].title, 'mascara', products[0].title]);
    expect(panel.shadowRoot!.textContent).toMatch(/the search words of your searches \(not what you typed; never card or phone numbers, emails or addresses\)\. On this device only, never sent anywhere\. Up to 5 items, for 30 days/);

    const changed = new Promise((r) => panel.addEventListener('aisle-history-change', r, { once: true }));
    const searchRow = entries(panel)[1];
    const searchId = Number(searchRow.dataset.entryId);
    searchRow.querySelector<HTMLButtonElement>('[part="remove"]')!.click();
    await changed;
    await until(() => entries(panel).length === 2);
    const db = await openAisleDB(dbName);
    const stored = await db.getAll('history');
    expect(stored.map((e) => e.type).sort()).toEqual(['cart', 'view']);
    expect(stored.some((e) => e.id === searchId)).toBe(false);
    expect(searchRow.isConnected).toBe(false);
    db.close();
  });

  it('clear really clears the IndexedDB store', async () => {
    const { engine, dbName } = await engineOnDb();
    for (const p of products.slice(0, 3)) await engine.record({ type: 'purchase', productId: p.id });
    const panel = await mountPanel(engine);
    expect(entries(panel)).toHaveLength(3);
    part<HTMLButtonElement>(panel, 'clear').click();
    await until(() => entries(panel).length === 0);
    const db = await openAisleDB(dbName);
    expect(await db.count('history')).toBe(0);
    expect(part<HTMLButtonElement>(panel, 'clear').disabled).toBe(true);
    db.close();
  });

  it('switched off, nothing is recorded, and the choice is in the settings store for the next visit', async () => {
    const { engine, dbName } = await engineOnDb();
    const panel = await mountPanel(engine);
    const toggle = part<HTMLInputElement>(panel, 'switch');
    expect(toggle.checked).toBe(true);
    expect(toggle.getAttribute('role')).toBe('switch');
    toggle.click();
    await until(() => panel.shadowRoot!.querySelector('[role="status"]'));
    expect(panel.shadowRoot!.querySelector('[role="status"]')!.textContent).toMatch(/History is off/);
    expect(await engine.record({ type: 'view', productId: products[2].id })).toBeUndefined();
    const db = await openAisleDB(dbName);
    expect(await db.count('history')).toBe(0);
    expect(await db.get('settings', 'history-enabled')).toBe(false);
    db.close();
    const nextVisit = createEngine({ databaseName: dbName });
    expect((await nextVisit.historySettings()).enabled).toBe(false);
  });

  it('keeps storage bounded: the oldest entries leave the store', async () => {
    const { engine, dbName } = await engineOnDb();
    for (const p of products.slice(0, 9)) await engine.record({ type: 'cart', productId: p.id });
    const db = await openAisleDB(dbName);
    expect(await db.count('history')).toBe(5);
    const panel = await mountPanel(engine);
    expect(entries(panel).map((e) => e.querySelector('.what')!.textContent)).toEqual(products.slice(4, 9).map((p) => p.title).reverse());
    db.close();
  });

  it('has no axe-detectable accessibility violations (panel and a recommendation strip)', async () => {
    const { engine } = await engineOnDb();
    await engine.record({ type: 'view', productId: products[0].id });
    await engine.record({ type: 'search', query: 'lipstick' });
    await mountPanel(engine);
    const strip = document.createElement('aisle-recommendations');
    strip.setAttribute('kind', 'for-you');
    strip.source = engine;
    document.body.append(strip);
    await until(() => strip.shadowRoot!.querySelectorAll('[part="card"]').length > 0);
    const result = await axe.run(document.body, { resultTypes: ['violations'] });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('speaks Chinese on a zh page', async () => {
    const { engine } = await engineOnDb();
    await engine.record({ type: 'view', productId: products[0].id });
    document.documentElement.lang = 'zh';
    try {
      const panel = await mountPanel(engine);
      expect(panel.shadowRoot!.querySelector('h2')!.textContent).toBe('您在本设备上的浏览记录');
      expect(entries(panel)[0].querySelector('.type')!.textContent).toBe('看过');
    } finally {
      document.documentElement.lang = 'en';
    }
  });
});
