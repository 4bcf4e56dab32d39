import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { HistoryStore } from '../../../workers/recommend/history-store.ts';
import { normalizeShopperEvent } from '../../../workers/recommend/shopper-event.ts';
import { openAisleDB } from '../../../workers/storage/aisle-db.ts';

let dbCount = 0;
const freshName = () => `aisle-history-test-${++dbCount}`;
const minute = 60_000;
const day = 86_400_000;

describe('HistoryStore (IndexedDB history and settings stores)', () => {
  it('keeps what the shopper did, newest first', async () => {
    const store = new HistoryStore(freshName());
    const t = Date.now() - 10 * minute;
    await store.record({ type: 'view', productId: 'a', at: t });
    await store.record({ type: 'cart', productId: 'a', at: t + minute });
    await store.record({ type: 'search', query: 'trail shoes', at: t + 2 * minute });
    const list = await store.list();
    expect(list.map((e) => [e.type, e.productId ?? e.query])).toEqual([['search', 'trail shoes'], ['cart', 'a'], ['view', 'a']]);
  });

  it('records nothing while switched off, and the choice outlives the page (a new store on the same database)', async () => {
    const name = freshName();
    const store = new HistoryStore(name);
    await store.record({ type: 'view', productId: 'kept', at: Date.now() - 5000 });
    await store.setEnabled(false);
    expect(await store.record({ type: 'view', productId: 'not-kept', at: Date.now() })).toBeUndefined();
    const later = new HistoryStore(name);
    expect((await later.settings()).enabled).toBe(false);
    await later.record({ type: 'purchase', productId: 'also-not-kept', at: Date.now() });
    expect((await later.list()).map((e) => e.productId)).toEqual(['kept']);
    await later.setEnabled(true);
    await later.record({ type: 'view', productId: 'back-on', at: Date.now() });
    expect((await later.list()).map((e) => e.productId)).toEqual(['back-on', 'kept']);
  });

  it('is bounded by count: the oldest entries go first', async () => {
    const name = freshName();
    const store = new HistoryStore(name, { maxEntries: 5, maxAgeDays: 90 });
    const now = Date.now();
    for (let i = 0; i < 12; i++) await store.record({ type: 'cart', productId: `p${i}`, at: now - (12 - i) * minute });
    const db = await openAisleDB(name);
    expect(await db.count('history')).toBe(5);
    expect((await store.list()).map((e) => e.productId)).toEqual(['p11', 'p10', 'p9', 'p8', 'p7']);
  });

  it('is bounded by age: entries older than the limit are dropped', async () => {
    let now = Date.UTC(2026, 0, 1);
    const store = new HistoryStore(freshName(), { maxEntries: 100, maxAgeDays: 30 }, () => now);
    await store.record({ type: 'view', productId: 'old', at: now });
    now += 20 * day;
    await store.record({ type: 'view', productId: 'newer', at: now });
    now += 15 * day;
    expect((await store.list()).map((e) => e.productId)).toEqual(['newer']);
  });

  it('folds a repeated view within half an hour into one entry (a reload is not a second visit)', async () => {
    const store = new HistoryStore(freshName());
    const t = Date.now() - 2 * 3_600_000;
    await store.record({ type: 'view', productId: 'a', title: 'Trail Runner 2', at: t });
    await store.record({ type: 'view', productId: 'a', at: t + 5 * minute });
    await store.record({ type: 'view', productId: 'a', at: t + 90 * minute });
    const list = await store.list();
    expect(list).toHaveLength(2);
    expect(list[1]).toMatchObject({ productId: 'a', title: 'Trail Runner 2', at: t + 5 * minute });
  });

  it('forgets one entry, or everything', async () => {
    const name = freshName();
    const store = new HistoryStore(name);
    const t = Date.now() - 10 * minute;
    const a = await store.record({ type: 'view', productId: 'a', at: t });
    await store.record({ type: 'view', productId: 'b', at: t + 1 });
    await store.record({ type: 'view', productId: 'c', at: t + 2 });
    await store.forget(a!.id);
    expect((await store.list()).map((e) => e.productId)).toEqual(['c', 'b']);
    await store.forget();
    expect(await store.list()).toEqual([]);
    expect(await (await openAisleDB(name)).count('history')).toBe(0);
  });

  it('a full quota trims the history to half and keeps the new entry, without an error for the shopper', async () => {
    const store = new HistoryStore(freshName(), { maxEntries: 10, maxAgeDays: 90 });
    const now = Date.now();
    for (let i = 0; i < 10; i++) await store.record({ type: 'cart', productId: `p${i}`, at: now - (10 - i) * minute });
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const kept = await store.record({ type: 'cart', productId: 'new', at: now });
    put.mockRestore();
    expect(kept?.productId).toBe('new');
    expect((await store.list()).map((e) => e.productId)).toEqual(['new', 'p9', 'p8', 'p7', 'p6', 'p5']);
  });

  it('keeps nothing and says so where there is no IndexedDB', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: simulate a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      const store = new HistoryStore(freshName());
      expect(await store.record({ type: 'view', productId: 'a', at: 1 })).toBeUndefined();
      expect(await store.list()).toEqual([]);
      expect((await store.settings()).persistent).toBe(false);
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});

describe('normalizeShopperEvent (events from page code are data)', () => {
  it('accepts the documented shapes and clips long strings', () => {
    expect(normalizeShopperEvent({ type: 'cart', productId: 'sku-1' }, 5)).toEqual({ type: 'cart', productId: 'sku-1', at: 5 });
    expect(normalizeShopperEvent({ type: 'view', productId: 'p'.repeat(999), title: 't'.repeat(999) }, 5)).toMatchObject({ productId: 'p'.repeat(200), title: 't'.repeat(200) });
    // A search keeps its search words only (search-keep.ts): a 999-letter "word" is no search word.
    expect(normalizeShopperEvent({ type: 'search', query: 'x'.repeat(999) }, 5)).toEqual({ type: 'search', query: '', at: 5 });
  });

  it('rejects unknown types, missing ids and future times with a plain reason', () => {
    expect(normalizeShopperEvent({ type: 'like', productId: 'a' })).toMatch(/unknown event type "like"/);
    expect(normalizeShopperEvent({ type: 'purchase' })).toMatch(/needs a productId/);
    expect(normalizeShopperEvent({ type: 'search', query: '  ' })).toMatch(/needs a query/);
    expect(normalizeShopperEvent('view')).toMatch(/an event is an object/);
    const future = normalizeShopperEvent({ type: 'view', productId: 'a', at: 10_000 }, 5);
    expect(typeof future !== 'string' && future.at).toBe(5);
  });
});
