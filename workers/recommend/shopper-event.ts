/** What the shopper did: looked at a product, put it in the cart, bought it, or searched. */
export type ShopperEventType = 'view' | 'cart' | 'purchase' | 'search';

/** One thing the shopper did, as the page reports it (`productId` for products, `query` for searches). */
export interface ShopperEvent {
  type: ShopperEventType;
  productId?: string;
  query?: string;
  /** The product's title when known, so the history panel can name products no longer in the catalog. */
  title?: string;
  /** When it happened (ms since epoch); now when left out. */
  at?: number;
}

/** One stored history entry, newest first in `history()`. */
export interface HistoryEntry {
  id: number;
  type: ShopperEventType;
  productId?: string;
  query?: string;
  title?: string;
  at: number;
}

/** Whether recording is on, how much is kept, and for how long. */
export interface HistorySettings {
  enabled: boolean;
  /** Entries kept at most; older ones are dropped first. */
  maxEntries: number;
  /** Entries older than this many days are dropped. */
  maxAgeDays: number;
  /** False where the browser gives no IndexedDB (then nothing is kept at all). */
  persistent: boolean;
}

const types = new Set<ShopperEventType>(['view', 'cart', 'purchase', 'search']);
const clip = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : typeof value === 'number' ? String(value) : undefined;

/**
 * Checks an event that came from page code (data, never trusted): a known type, a product id
 * for product events, a query for searches, short strings only. Returns a reason when unusable.
 */
export function normalizeShopperEvent(input: unknown, now = Date.now()): Required<Pick<ShopperEvent, 'type' | 'at'>> & ShopperEvent | string {
  if (!input || typeof input !== 'object') return 'an event is an object like { type: "view", productId: "sku-1" }';
  const raw = input as Record<string, unknown>;
  const type = raw.type as ShopperEventType;
  if (!types.has(type)) return `unknown event type ${JSON.stringify(raw.type)}: use view, cart, purchase or search`;
  const at = typeof raw.at === 'number' && Number.isFinite(raw.at) && raw.at <= now ? raw.at : now;
  if (type === 'search') {
    const query = clip(raw.query, 200);
    return query ? { type, query, at } : 'a search event needs a query';
  }
  const productId = clip(raw.productId, 200);
  if (!productId) return `a ${type} event needs a productId`;
  const title = clip(raw.title, 200);
  return title ? { type, productId, title, at } : { type, productId, at };
}
