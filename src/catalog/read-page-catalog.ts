import type { Product } from '../../workers/protocol/product.ts';
import type { PolicyEntry } from '../../workers/protocol/store.ts';
import type { JsonLdBlockRead, JsonLdReadOptions, JsonLdText } from '../../workers/protocol/page.ts';
import { runSteps, runStepsInSlices, type Steps } from '../../common/yield-to-event-loop.ts';
import { readJsonLdSteps } from '../../common/json-ld/block-products.ts';
import { productKey } from '../../common/json-ld/json-ld-product.ts';
import { mergeProducts, sameProduct } from '../../common/json-ld/merge-products.ts';
import { productFromNode } from '../../common/json-ld/product-group.ts';
import type { LdNode } from '../../common/json-ld/json-ld-values.ts';
import { jsonLdTexts, tooLargeForPage } from './json-ld-scripts.ts';
import { microdataProducts } from './microdata-product.ts';
import { openGraphOffer, openGraphProduct } from './open-graph.ts';

/** A page describing more products than this (a huge ItemList) has its first ones read, with a warning. */
export const MAX_PAGE_PRODUCTS = 1000;

/** Products described on the page, and notes about what could not be read. */
export interface PageCatalog {
  products: Product[];
  warnings: string[];
  /** Where the products came from: JSON-LD, or microdata when the page has no JSON-LD products, or Open Graph tags. */
  source: 'json-ld' | 'microdata' | 'open-graph' | 'none';
  /**
   * The product this page is about, when it is a product page: the one Product or ProductGroup at
   * the top of its JSON-LD (products in an ItemList beside it are related ones), or the only product found.
   */
  pageProductId?: string;
  /**
   * The FAQ and offer policies of the blocks too large to parse on the page, when the reader of those
   * read them too (the element's engine does): the page's policy reader takes them instead of parsing
   * those blocks again (src/store/read-page-policies.ts).
   */
  largeBlockPolicies?: { entries: PolicyEntry[]; warnings: string[] };
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Reads the schema.org Products of a document: JSON-LD script blocks, or, when those hold no
 * product, microdata (`itemscope itemtype=".../Product"`), or, failing both, Open Graph product tags.
 * A ProductGroup is one product with its variants (product-group.ts). Each block is read on its own:
 * a broken block, one nested too deep, or a product without a name is skipped with a warning and the
 * rest still counts; nothing in the page's data makes this throw. Numbers are read with the page's
 * language (`<html lang>`). The same product described twice is one product (merge-products.ts).
 * At most MAX_PAGE_PRODUCTS products are read.
 */
export function readPageCatalog(doc: Document = document): PageCatalog {
  try {
    const options = readOptions(doc);
    return runSteps(collect(doc, runSteps(readJsonLdSteps(jsonLdTexts(doc), options))));
  } catch (error) {
    return unreadable(error);
  }
}

/**
 * Reads blocks too large to parse on the page's thread (src/catalog/json-ld-scripts.ts): the engine
 * (`Engine.readJsonLd`), in its worker; or 'skip' to leave them out (a reader that needs only the
 * page's product, which a product page describes in a small block of its own).
 */
export type LargeJsonLdReader = ((blocks: JsonLdText[], options: JsonLdReadOptions) => Promise<JsonLdBlockRead[]>) | 'skip';

/**
 * readPageCatalog in slices of a few milliseconds with the page's own tasks between them: what the
 * element uses, so a page with thousands of products in a multi-megabyte JSON-LD block never makes a
 * long task of the widget's (scripts/bench/page-scale.ts measures it). `JSON.parse` of a block is one
 * task that cannot be cut: blocks too large for that go to `readLarge` (the engine's worker, which
 * reads them while the page reads the rest), and their products join in block order, so the catalog
 * is the one readPageCatalog gives. Without `readLarge` every block is parsed here.
 */
export async function readPageCatalogInSlices(doc: Document = document, readLarge?: LargeJsonLdReader): Promise<PageCatalog> {
  try {
    const options = readOptions(doc);
    const texts = jsonLdTexts(doc);
    const large = readLarge ? texts.filter((t) => tooLargeForPage(t.text)) : [];
    const elsewhere = large.length && typeof readLarge === 'function' ? readElsewhere(readLarge, large, options) : Promise.resolve([]);
    const here = await runStepsInSlices(readJsonLdSteps(texts.filter((t) => !large.includes(t)), options));
    const there = await elsewhere;
    const catalog = await runStepsInSlices(collect(doc, [...here, ...there].sort((a, b) => a.index - b.index)));
    // The policies of the blocks read elsewhere, when the reader read them too (JsonLdReadOptions.policies).
    if (there.length && there.every((r) => r.policies)) {
      catalog.largeBlockPolicies = { entries: there.flatMap((r) => r.policies!.entries), warnings: there.flatMap((r) => r.policies!.warnings) };
    }
    return catalog;
  } catch (error) {
    return unreadable(error);
  }
}

/** The engine's read of the large blocks; a failure is each block's warning, never the page's. */
async function readElsewhere(read: Exclude<LargeJsonLdReader, 'skip'>, blocks: JsonLdText[], options: JsonLdReadOptions): Promise<JsonLdBlockRead[]> {
  try {
    return await read(blocks, options);
  } catch (error) {
    return blocks.map(({ index }) => ({ index, items: [], beyond: [], warnings: [`JSON-LD block ${index} could not be read (${message(error)})`] }));
  }
}

const readOptions = (doc: Document): JsonLdReadOptions => ({ baseUrl: doc.baseURI, lang: doc.documentElement?.getAttribute('lang') || undefined, limit: MAX_PAGE_PRODUCTS });

// Each block and item is contained already; this is the last guard that the element always starts.
const unreadable = (error: unknown): PageCatalog => ({ products: [], warnings: [`the page's products could not be read (${message(error)})`], source: 'none' });

/** Products added between two pauses of the sliced reader. */
const PRODUCTS_PER_STEP = 100;

/**
 * The page's catalog from its blocks' products (common/json-ld/block-products.ts), in block order: the
 * same product described again is merged into the first (merge-products.ts), at most MAX_PAGE_PRODUCTS
 * distinct products are kept and the rest counted; with no JSON-LD product, microdata, then Open Graph.
 */
function* collect(doc: Document, reads: JsonLdBlockRead[]): Steps<PageCatalog> {
  const products: Product[] = [];
  const keys: (string | undefined)[] = [];
  const warnings: string[] = [];
  const { lang, baseUrl } = readOptions(doc);
  const main = new Set<string>();
  // Ids of the distinct products past the bound: counted for the warning, not read.
  const over = new Set<string>();
  // Where each product is, by id and by name + address, to find one described again (merge-products.ts).
  const byId = new Map<string, number>();
  const byName = new Map<string, number[]>();
  const nameKey = (p: Product) => `${p.title.trim().toLowerCase()}\n${(p.url ?? baseUrl).replace(/#.*$/, '')}`;
  const countOver = (id: string) => void (byId.has(id) || over.add(id));
  /** Adds a product (or merges it into the one it describes again); returns the id it is known by. */
  const add = (product: Product | string, key: string | undefined, where: string): string | undefined => {
    if (typeof product === 'string') return void (products.length < MAX_PAGE_PRODUCTS && warnings.push(`${where}: ${product}`));
    const at = byId.get(product.id) ?? byName.get(nameKey(product))?.find((i) => sameProduct(products[i], keys[i], product, key, baseUrl));
    if (at !== undefined) {
      products[at] = mergeProducts(products[at], product);
      return products[at].id;
    }
    // Past the bound the rest are only counted: a page's size cannot make reading it slow.
    if (products.length >= MAX_PAGE_PRODUCTS) return void countOver(product.id);
    const index = products.push(product) - 1;
    keys.push(key);
    byId.set(product.id, index);
    byName.set(nameKey(product), [...(byName.get(nameKey(product)) ?? []), index]);
    return product.id;
  };
  let read = 0;
  for (const block of reads) {
    warnings.push(...block.warnings);
    for (const item of block.items) {
      const id = add(item.product, item.key, `JSON-LD block ${block.index}`);
      if (id && item.main) main.add(id);
      if (++read % PRODUCTS_PER_STEP === 0) yield;
    }
    block.beyond.forEach(countOver);
    yield;
  }
  let source: PageCatalog['source'] = products.length ? 'json-ld' : 'none';
  if (!products.length) {
    try {
      for (const [i, node] of microdataProducts(doc).entries()) {
        add(productFromNode(node, baseUrl, { lang }), productKey(node as LdNode), `microdata product ${i + 1}`);
        if (++read % PRODUCTS_PER_STEP === 0) yield;
      }
    } catch (error) {
      warnings.push(`microdata could not be read (${message(error)})`);
    }
    if (products.length) source = 'microdata';
  }
  if (!products.length) {
    const og = openGraphProduct(doc, lang);
    if (og) {
      products.push(og);
      source = 'open-graph';
    }
  }
  if (over.size) warnings.push(`the page describes ${products.length + over.size} products: only the first ${MAX_PAGE_PRODUCTS} are read`);
  const pageProductId = pageProduct(products, main);
  // Open Graph's price is the last word on the page product's offer when the markup has none.
  const pageIndex = products.findIndex((p) => p.id === pageProductId);
  if (pageIndex >= 0 && products[pageIndex].price === undefined) {
    const og = openGraphOffer(doc, lang);
    if (og.price !== undefined) products[pageIndex] = { ...products[pageIndex], price: og.price, currency: products[pageIndex].currency ?? og.currency, availability: products[pageIndex].availability ?? og.availability };
  }
  return { products, warnings: inBlockOrder(warnings), source, pageProductId };
}

/** Warnings in the order of the blocks they are about (a block's parse warning beside its products'). */
function inBlockOrder(warnings: string[]): string[] {
  const block = (w: string) => Number(/^JSON-LD block (\d+)/.exec(w)?.[1] ?? Infinity);
  return warnings.map((w, i) => ({ w, i })).sort((a, b) => block(a.w) - block(b.w) || a.i - b.i).map((x) => x.w);
}

function pageProduct(products: Product[], main: Set<string>): string | undefined {
  if (main.size === 1) return [...main][0];
  return products.length === 1 ? products[0].id : undefined;
}
