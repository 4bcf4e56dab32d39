/**
 * The types the recommend room's modules share with each other and with the room's callers
 * (docs/architecture.md, "Room naming convention"). Types the page also sees live in workers/protocol/.
 */
import type { RecommendationReason, ShopperEventType } from '../protocol/recommend.ts';

/** A sparse, unit-length TF-IDF vector. */
export type SparseVector = Map<string, number>;

/** A candidate for a diversified list: an id and its relevance. */
export interface Scored {
  id: string;
  relevance: number;
}

/** The recommender's MMR settings (workers/math/maximal-marginal-relevance.ts): the relevance/novelty trade-off, and the cap on near-copies. */
export interface DiversityOptions {
  /** 1 = relevance only; lower = more varied. */
  lambda: number;
  /** Similarity at or above which two items count as near-copies (colourways of one shoe). */
  nearCopy: number;
  /** How many near-copies of one item a list may hold (while other candidates remain). */
  maxCopies: number;
}

/** How much history is kept: at most `maxEntries`, none older than `maxAgeDays`. */
export interface HistoryLimits {
  maxEntries: number;
  maxAgeDays: number;
}

/** A ranked candidate with the reason it would be shown for. */
export interface RankedCandidate extends Scored {
  reason: RecommendationReason;
}

/** One product in the profile: how much it counts now and what the shopper did with it. */
export interface ProfileProduct {
  productId: string;
  title: string;
  weight: number;
  /** The strongest thing done with it: purchase > cart > view. */
  type: Exclude<ShopperEventType, 'search'>;
}

/** What recent history says about the shopper, with older events counting less. */
export interface ShopperProfile {
  /** Viewed and carted products, heaviest first (purchases are separate: not pushed again, their accessories are). */
  interests: ProfileProduct[];
  purchases: ProfileProduct[];
  searches: { query: string; vector: SparseVector; weight: number }[];
  /** Every product the shopper viewed, carted or bought: for-you does not show them again. */
  seen: Set<string>;
  /** Products bought or carted together (same basket: within three hours of each other). */
  baskets: string[][];
  empty: boolean;
}
