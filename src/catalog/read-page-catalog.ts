import type { Product } from '../../workers/protocol/product.ts';
import { mainProductNodes, productFromJsonLd, productNodes } from './json-ld-product.ts';
import { parseLenientJson } from './lenient-json.ts';
import { microdataProducts } from './microdata-product.ts';

/** Products described on the page, and notes about what could not be read. */
export interface PageCatalog {
  products: Product[];
  warnings: string[];
  /** Where the products came from: JSON-LD, or microdata when the page has no JSON-LD products. */
  source: 'json-ld' | 'microdata' | 'none';
  /**
   * The product this page is about, when it is a product page: the one Product at the top of its
   * JSON-LD (products in an ItemList beside it are related ones), or the only product found.
   */
  pageProductId?: string;
}

/**
 * Reads the schema.org Products of a document: JSON-LD script blocks, or, when those hold no
 * product, microdata (`itemscope itemtype=".../Product"`). A broken block or a product without a
 * name is skipped with a warning; the rest still counts.
 */
export function readPageCatalog(doc: Document = document): PageCatalog {
  const products: Product[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  const main = new Set<string>();
  const add = (product: Product | string, where: string) => {
    if (typeof product === 'string') warnings.push(`${where}: ${product}`);
    else if (!seen.has(product.id)) {
      seen.add(product.id);
      products.push(product);
    }
  };
  doc.querySelectorAll('script[type="application/ld+json"]').forEach((script, i) => {
    let json: unknown;
    try {
      json = parseLenientJson(script.textContent ?? '');
    } catch {
      warnings.push(`JSON-LD block ${i + 1} is not valid JSON`);
      return;
    }
    // The page's main Product nodes are among productNodes' own (the same objects): each is read once.
    const mainNodes = new Set(mainProductNodes(json));
    for (const node of productNodes(json)) {
      const product = productFromJsonLd(node, doc.baseURI);
      add(product, `JSON-LD block ${i + 1}`);
      if (typeof product !== 'string' && mainNodes.has(node)) main.add(product.id);
    }
  });
  if (products.length) return { products, warnings, source: 'json-ld', pageProductId: pageProduct(products, main) };
  microdataProducts(doc).forEach((node, i) => add(productFromJsonLd(node, doc.baseURI), `microdata product ${i + 1}`));
  return { products, warnings, source: products.length ? 'microdata' : 'none', pageProductId: pageProduct(products, main) };
}

function pageProduct(products: Product[], main: Set<string>): string | undefined {
  if (main.size === 1) return [...main][0];
  return products.length === 1 ? products[0].id : undefined;
}
