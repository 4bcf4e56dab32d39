import type { Product } from './product.ts';

/** Recommendations and the shopper's on-device history. */

/** Which list: items like one product, items that go with it, or items for this shopper. */
export type RecommendationKind = 'similar' | 'goes-with' | 'for-you';

/** A request for one recommendation list. `productId` anchors `similar` and `goes-with`. */
export interface RecommendRequest {
  kind: RecommendationKind;
  productId?: string;
  limit?: number;
  /** `similar` only: items priced below the anchor ("something like this but cheaper"). */
  cheaper?: boolean;
  /**
   * `similar` only: words the shopper named ("a cheaper backpack like this" -> "backpack"); when some
   * similar items carry them in their name, kind or tags, the list keeps to those.
   */
  about?: string;
}

/** A trait two products share, used in "similar" reasons. */
export type SimilarTrait =
  | { trait: 'same-brand'; brand: string }
  | { trait: 'similar-price' }
  | { trait: 'cheaper'; percent: number }
  | { trait: 'same-category' }
  | { trait: 'same-attribute'; name: string; value: string }
  | { trait: 'similar-style' };

/**
 * Why an item is in a list, as data the UI words in the shopper's language (`reasonText` gives
 * the English sentence). `title` is always the title of the product the reason points to.
 */
export type RecommendationReason =
  | { kind: 'viewed'; title: string }
  | { kind: 'carted'; title: string }
  | { kind: 'searched'; query: string }
  | { kind: 'accessory-for'; title: string }
  | { kind: 'bought-together'; title: string }
  | { kind: 'goes-with'; title: string }
  | { kind: 'similar'; traits: SimilarTrait[] }
  | { kind: 'popular'; rating?: number; reviews?: number };

/** One recommended product, its score, and the reason shown beside it. */
export interface Recommendation {
  product: Product;
  score: number;
  reason: RecommendationReason;
  /** The reason as a short English sentence ("because you viewed Trail Runner 2"). */
  why: string;
}

/** A recommendation list and which path made it. */
export interface RecommendResponse {
  kind: RecommendationKind;
  productId?: string;
  items: Recommendation[];
  /** `model` when product embeddings took part, `lexical` on the light path. */
  source: 'lexical' | 'model';
  /** True when the shopper's own history shaped the list; false for a cold start. */
  personalized: boolean;
}

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
