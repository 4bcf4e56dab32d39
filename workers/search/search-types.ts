/**
 * The types the search room's modules share with each other and with the room's callers
 * (docs/architecture.md, "Room naming convention"). Types the page also sees live in workers/protocol/.
 */
import type { Product } from '../protocol/product.ts';
import type { IntentChip, SortIntent } from '../protocol/search.ts';

/** A filter read from the query, as a predicate, with the chip it belongs to. */
export interface IntentFilter {
  chip: IntentChip;
  /** Inferred from words (brand, colour, kind, size): dropped when nothing matches all filters. */
  inferred: boolean;
  test(product: Product): boolean;
  /** A kind filter's stems: only products of one of these kinds pass (browsing starts from them). */
  kinds?: string[];
  /** Why a product that passes matches this filter, in a few words of the shopper's language. */
  reason(product: Product, say: WhyWording): string;
}

/** The "why it matches" lines of search results, in the shopper's language (product words stay as the shop wrote them). */
export interface WhyWording {
  fieldMatches(field: string, terms: string[]): string;
  closeInMeaning: string;
  price(amount: string): string;
  rated(stars: string): string;
  brand(name: string): string;
  colour(name: string): string;
  size(size: string): string;
  kind(label: string): string;
  without(word: string): string;
  sorted(sort: SortIntent): string;
}

/** The shop's own words, learned from its catalog: brand names and category words. */
export interface CatalogVocabulary {
  /** Brand phrase (its lower-case tokens joined by spaces) to the brand as the catalog spells it. */
  brands: Map<string, string>;
  /** Tokens in the longest brand phrase. */
  longestBrand: number;
  /** Stems of the words in the products' category paths ("mens-shoes" -> men, shoe). */
  categoryStems: Set<string>;
}

/** Product vectors kept between visits, by (model key, content hash). */
export interface EmbeddingCache {
  /** Vectors found for the hashes, in order (undefined where none is stored). */
  get(model: string, hashes: string[]): Promise<(Float32Array | undefined)[]>;
  /** Stores vectors; a full disk or a refused quota is reported, never thrown. */
  put(model: string, entries: { hash: string; vector: Float32Array }[]): Promise<void>;
}

/** A lexical hit: the product, its score, and which query words matched which fields. */
export interface LexicalHit {
  id: string;
  score: number;
  matches: Record<string, string[]>;
  /** The query words that matched (exactly, as a prefix or within the typo tolerance). */
  queryTerms?: string[];
}

/** One int8 vector shard of a prebuilt index. */
export interface IndexShard {
  file: string;
  rows: number;
  bytes: number;
  sha256: string;
}

/** `index.json`: what a prebuilt index folder holds. */
export interface PrebuiltIndexManifest {
  format: 'aisle-index';
  /** 2: the lexical index packed (`lexical.bin`, loads without a rebuild); 1: MiniSearch's JSON (`lexical.json`), still read. */
  version: 1 | 2;
  createdAt: string;
  products: { file: string; count: number };
  /** Version 2 adds `encoding`, the file's byte size and SHA-256 (checked on load). */
  lexical: { file: string; engine: 'minisearch'; encoding?: 'aisle-packed'; bytes?: number; sha256?: string };
  /** Absent when the index was built without a model (lexical only). */
  vectors?: { modelKey: string; modelId: string; dims: number; encoding: 'int8-row-scaled'; shards: IndexShard[] };
}
