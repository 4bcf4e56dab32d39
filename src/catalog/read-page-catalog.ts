import type { Product } from '../../workers/protocol/product.ts';
import { runSteps, runStepsInSlices, type Steps } from '../../common/yield-to-event-loop.ts';
import { jsonLdBlockSteps } from './json-ld-blocks.ts';
import { mainProductNodes, productKey, productNodes } from './json-ld-product.ts';
import { mergeProducts, sameProduct } from './merge-products.ts';
import { microdataProducts } from './microdata-product.ts';
import { openGraphOffer, openGraphProduct } from './open-graph.ts';
import { productFromNode } from './product-group.ts';
import { referenceResolver, variantGroups } from './json-ld-refs.ts';
import type { LdNode } from './json-ld-values.ts';

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
    return runSteps(readCatalog(doc));
  } catch (error) {
    return unreadable(error);
  }
}

/**
 * readPageCatalog in slices of a few milliseconds with the page's own tasks between them: what the
 * element uses, so a page with thousands of products in a multi-megabyte JSON-LD block never makes a
 * long task of the widget's (scripts/bench/page-scale.ts measures it).
 */
export async function readPageCatalogInSlices(doc: Document = document): Promise<PageCatalog> {
  try {
    return await runStepsInSlices(readCatalog(doc));
  } catch (error) {
    return unreadable(error);
  }
}

// Each block and item is contained already; this is the last guard that the element always starts.
const unreadable = (error: unknown): PageCatalog => ({ products: [], warnings: [`the page's products could not be read (${message(error)})`], source: 'none' });

/** Products read between two pauses of the sliced reader. */
const PRODUCTS_PER_STEP = 20;

function* readCatalog(doc: Document): Steps<PageCatalog> {
  const products: Product[] = [];
  const keys: (string | undefined)[] = [];
  const { blocks, warnings } = yield* jsonLdBlockSteps(doc);
  let read = 0;
  const lang = doc.documentElement?.getAttribute('lang') || undefined;
  const context = { lang };
  const main = new Set<string>();
  let over = 0;
  // Where each product is, by id and by name + address, to find one described again (merge-products.ts).
  const byId = new Map<string, number>();
  const byName = new Map<string, number[]>();
  const nameKey = (p: Product) => `${p.title.trim().toLowerCase()}\n${(p.url ?? doc.baseURI).replace(/#.*$/, '')}`;
  /** Adds a product (or merges it into the one it describes again); returns the id it is known by. */
  const add = (product: Product | string, node: LdNode | undefined, where: string): string | undefined => {
    if (typeof product === 'string') return void warnings.push(`${where}: ${product}`);
    const key = node ? productKey(node) : undefined;
    const at = byId.get(product.id) ?? byName.get(nameKey(product))?.find((i) => sameProduct(products[i], keys[i], product, key, doc.baseURI));
    if (at !== undefined) {
      products[at] = mergeProducts(products[at], product);
      return products[at].id;
    }
    const index = products.push(product) - 1;
    keys.push(key);
    byId.set(product.id, index);
    byName.set(nameKey(product), [...(byName.get(nameKey(product)) ?? []), index]);
    return product.id;
  };
  for (const block of blocks) {
    try {
      // The page's main Product nodes are among productNodes' own (the same objects): each is read once.
      // Each walk over the block is a step of its own: a block of 10,000 products takes a few ms per walk.
      const mainNodes = new Set(mainProductNodes(block.value));
      yield;
      const resolve = referenceResolver(block.value);
      yield;
      const nodes = productNodes(block.value);
      yield;
      // Variants a group lists by reference are read as part of it, not as products of their own.
      const variants = variantGroups(nodes, resolve);
      yield;
      for (const node of nodes) {
        if (variants.has(node)) continue;
        // Past the bound the rest are only counted: a page's size cannot make reading it slow.
        if (products.length >= MAX_PAGE_PRODUCTS) {
          over++;
          continue;
        }
        const id = add(productFromNode(node, doc.baseURI, context, resolve), node, `JSON-LD block ${block.index}`);
        if (id && mainNodes.has(node)) main.add(id);
        if (++read % PRODUCTS_PER_STEP === 0) yield;
      }
    } catch (error) {
      warnings.push(`JSON-LD block ${block.index} could not be read (${message(error)})`);
    }
  }
  let source: PageCatalog['source'] = products.length ? 'json-ld' : 'none';
  if (!products.length) {
    try {
      for (const [i, node] of microdataProducts(doc).entries()) {
        if (products.length >= MAX_PAGE_PRODUCTS) over++;
        else add(productFromNode(node, doc.baseURI, context), node, `microdata product ${i + 1}`);
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
  if (over) warnings.push(`the page describes ${products.length + over} products: only the first ${MAX_PAGE_PRODUCTS} are read`);
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
