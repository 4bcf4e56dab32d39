import type { Product } from './product.ts';
import type { PolicyEntry } from './store.ts';

/** The text of one JSON-LD script block of the page, with its 1-based position there (for warnings). */
export interface JsonLdText {
  index: number;
  text: string;
}

/** How a page's JSON-LD is read: its address (for relative URLs), its language (numbers such as "1.024"), the bound. */
export interface JsonLdReadOptions {
  baseUrl: string;
  lang?: string;
  /** Distinct products read from a block; those past it are only counted (their ids in `beyond`). */
  limit: number;
  /** Read the blocks' policies too (FAQPage, offers' shipping and return policies): `policies` of each read. */
  policies?: boolean;
}

/** One product node of a block: the product (or why it is none, a warning), its shop identifier, and whether the page is about it. */
export interface JsonLdItem {
  product: Product | string;
  key?: string;
  main: boolean;
}

/**
 * One JSON-LD block read (common/json-ld/block-products.ts): on the page for small blocks, by the
 * engine (`Engine.readJsonLd`) for those too large to parse on the page's thread.
 */
export interface JsonLdBlockRead {
  index: number;
  items: JsonLdItem[];
  /** Ids of the block's products past `limit`: counted, not read. */
  beyond: string[];
  warnings: string[];
  /** The block's policy entries and what of them could not be read, when asked for (`JsonLdReadOptions.policies`). */
  policies?: { entries: PolicyEntry[]; warnings: string[] };
}
