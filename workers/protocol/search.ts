import type { AnswerSource } from './answer.ts';
import type { Product } from './product.ts';

/** Search: what the query was read as, and the hits. */

/** How the shopper asked results to be ordered. */
export type SortIntent = 'price-asc' | 'price-desc' | 'rating-desc';

/** What kind of constraint a chip stands for. */
export type IntentChipKind = 'price' | 'budget' | 'rating' | 'brand' | 'color' | 'size' | 'category' | 'exclude' | 'sort';

/**
 * One constraint read from the query, as the shopper sees it: a removable chip. `id` is stable for
 * a query (`brand:apple`, `price`, `not:leather`), so the UI can send it back in `ignore` to drop it.
 */
export interface IntentChip {
  id: string;
  kind: IntentChipKind;
  /** The value in plain words ("under 100", "Apple", "4★ & up"), language-neutral where possible. */
  label: string;
  /** The words of the query this chip was read from. */
  from: string;
  /** Set when nothing matched with this filter, so results are shown without it. */
  relaxed?: boolean;
}

/**
 * What the shopper asked for, read from the query without a model: the free words left to match,
 * plus the filters and order they expressed. Every filter also appears as a chip.
 */
export interface SearchIntent {
  /** The query with the constraint phrases taken out: what retrieval matches. */
  text: string;
  /** Retrieval words (stopwords dropped), English glosses of Chinese words included. */
  terms: string[];
  priceMin?: number;
  priceMax?: number;
  /** "cheap", "便宜": keep the cheaper half of the matches. */
  budget?: boolean;
  minRating?: number;
  /** Brands as the catalog spells them. */
  brands: string[];
  /** Colours, English names. */
  colors: string[];
  sizes: string[];
  /** Kinds of product: each entry is a list of alternative stems, one of which the product's category or tags must carry. */
  categories: string[][];
  /** Stemmed words a product must not have ("not leather"). */
  exclude: string[];
  sort?: SortIntent;
  chips: IntentChip[];
}

/** One product in a result list, with the reasons it was chosen. */
export interface SearchHit {
  product: Product;
  score: number;
  /** Short, human reasons: "title matches 'running'", "close in meaning to your search". */
  why: string[];
}

/** A search answer: the hits and which path produced them. */
export interface SearchResponse {
  query: string;
  hits: SearchHit[];
  source: AnswerSource;
  /** What the query was read as (filters, order); its `chips` are what the UI shows as removable filters. */
  intent?: SearchIntent;
  /** The query as translated into the catalog's language, when cross-language search translated it. */
  translated?: string;
  /**
   * True when no result carries the word that names what was asked for ("tent" in "tent for
   * camping"): the hits are only the few nearest, and the shopper is told there is no close match.
   */
  noCloseMatch?: boolean;
}

/** Options of one search. */
export interface SearchOptions {
  limit?: number;
  /** Ids of intent chips the shopper removed: those filters are not applied. */
  ignore?: string[];
  /** The shopper's language, for the "why it matches" lines (`why`); the query's by default. */
  lang?: 'en' | 'zh';
}
