import type { ShopperEvent, ShopperEventType } from '../protocol/recommend.ts';
import { keptSearchWords } from './search-keep.ts';

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
    // Only the search words are kept (search-keep.ts): an empty query means nothing of it may be kept.
    const query = clip(raw.query, 2_000);
    return query ? { type, query: keptSearchWords(query), at } : 'a search event needs a query';
  }
  const productId = clip(raw.productId, 200);
  if (!productId) return `a ${type} event needs a productId`;
  const title = clip(raw.title, 200);
  return title ? { type, productId, title, at } : { type, productId, at };
}
