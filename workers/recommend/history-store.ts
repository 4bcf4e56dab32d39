import type { IDBPDatabase, IDBPObjectStore } from 'idb';
import { openAisleDB } from '../storage/aisle-db.ts';
import type { AisleDB } from '../storage/storage-types.ts';
import type { HistoryEntry, HistorySettings, ShopperEvent } from '../protocol/recommend.ts';
import type { HistoryLimits } from './recommend-types.ts';

/** Defaults: enough for months of browsing, small enough to never matter for the quota (~100 bytes an entry). */
export const defaultHistoryLimits: Readonly<HistoryLimits> = Object.freeze({ maxEntries: 500, maxAgeDays: 90 });

const enabledKey = 'history-enabled';
const day = 86_400_000;
/** A repeat of the same view or search within this window refreshes the entry instead of adding one. */
const repeatWindowMs = 30 * 60_000;

type Db = IDBPDatabase<AisleDB>;
type StoredEntry = AisleDB['history']['value'];
type WritableHistory = IDBPObjectStore<AisleDB, ['history'], 'history', 'readwrite'>;

const isQuotaError = (error: unknown) => error instanceof DOMException && error.name === 'QuotaExceededError';

/**
 * The shopper's history in the `history` store of Aisle's IndexedDB, and the on/off choice in
 * `settings`. Bounded by count and age; kept only on this device. Without IndexedDB (a locked-down
 * browser, Node without a shim) it keeps nothing and says so (`persistent: false`).
 */
export class HistoryStore {
  private opened?: Promise<Db | undefined>;

  constructor(
    private readonly dbName?: string,
    private readonly limits: HistoryLimits = defaultHistoryLimits,
    private readonly now: () => number = Date.now,
  ) {}

  private db(): Promise<Db | undefined> {
    this.opened ??= globalThis.indexedDB ? openAisleDB(this.dbName).catch(() => undefined) : Promise.resolve(undefined);
    return this.opened;
  }

  /** Whether recording is on (it is unless the shopper switched it off). */
  async enabled(): Promise<boolean> {
    const db = await this.db();
    return (await db?.get('settings', enabledKey)) !== false;
  }

  /** Recording on/off and the limits, for the history panel. */
  async settings(): Promise<HistorySettings> {
    const db = await this.db();
    return { enabled: await this.enabled(), ...this.limits, persistent: db !== undefined };
  }

  /** Switches recording on or off; the choice persists. Switching off keeps what is stored (clear() removes it). */
  async setEnabled(on: boolean): Promise<void> {
    const db = await this.db();
    await db?.put('settings', on, enabledKey);
  }

  /** Stores one event unless recording is off; returns the stored entry, or undefined when nothing was kept. */
  async record(event: ShopperEvent & { at: number }): Promise<HistoryEntry | undefined> {
    // A search whose words were all personal data or filler (search-keep.ts) leaves nothing to keep.
    if (event.type === 'search' && !event.query) return undefined;
    const db = await this.db();
    if (!db || !(await this.enabled())) return undefined;
    try {
      return await this.add(db, event);
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      await this.trim(db, Math.floor(this.limits.maxEntries / 2));
      return this.add(db, event).catch(() => undefined);
    }
  }

  /** Every kept entry, newest first (expired ones are dropped on the way). */
  async list(): Promise<HistoryEntry[]> {
    const db = await this.db();
    if (!db) return [];
    await this.trim(db, this.limits.maxEntries);
    const entries = (await db.getAllFromIndex('history', 'by-time')) as HistoryEntry[];
    return entries.reverse();
  }

  /** Deletes one entry by id, or every entry when no id is given. */
  async forget(id?: number): Promise<void> {
    const db = await this.db();
    if (!db) return;
    if (id === undefined) await db.clear('history');
    else await db.delete('history', id);
  }

  private async add(db: Db, event: ShopperEvent & { at: number }): Promise<HistoryEntry> {
    const tx = db.transaction('history', 'readwrite');
    const entry: StoredEntry = { ...event };
    const repeat = await this.recentRepeat(tx.store, event);
    if (repeat) {
      entry.id = repeat.id;
      entry.title ??= repeat.title;
    }
    const id = await tx.store.put(entry);
    await tx.done;
    await this.trim(db, this.limits.maxEntries);
    return { ...(entry as HistoryEntry), id };
  }

  private async recentRepeat(store: WritableHistory, event: ShopperEvent & { at: number }): Promise<StoredEntry | undefined> {
    if (event.type !== 'view' && event.type !== 'search') return undefined;
    const since = IDBKeyRange.lowerBound(event.at - repeatWindowMs);
    let cursor = await store.index('by-time').openCursor(since, 'prev');
    while (cursor) {
      const value = cursor.value as StoredEntry;
      if (value.type === event.type && value.productId === event.productId && value.query === event.query) return value;
      cursor = await cursor.continue();
    }
    return undefined;
  }

  /** Drops entries past the age limit, then the oldest ones beyond `keep`. One short transaction. */
  private async trim(db: Db, keep: number): Promise<void> {
    const tx = db.transaction('history', 'readwrite');
    const byTime = tx.store.index('by-time');
    const cutoff = this.now() - this.limits.maxAgeDays * day;
    let cursor = await byTime.openCursor(IDBKeyRange.upperBound(cutoff, true));
    while (cursor) {
      await cursor.delete();
      cursor = await cursor.continue();
    }
    let excess = (await tx.store.count()) - keep;
    cursor = excess > 0 ? await byTime.openCursor() : null;
    while (cursor && excess-- > 0) {
      await cursor.delete();
      cursor = await cursor.continue();
    }
    await tx.done;
  }
}
