import type { Product } from '../../workers/catalog/product.ts';
import { productFromJsonLd, productNodes } from './json-ld-product.ts';

/** Products described on the page, and notes about what could not be read. */
export interface PageCatalog {
  products: Product[];
  warnings: string[];
}

/**
 * Reads the schema.org Product JSON-LD of a document. A broken script block or a product
 * without a name is skipped with a warning; the rest still counts.
 */
export function readPageCatalog(doc: Document = document): PageCatalog {
  const products: Product[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  doc.querySelectorAll('script[type="application/ld+json"]').forEach((script, i) => {
    let json: unknown;
    try {
      json = JSON.parse(script.textContent ?? '');
    } catch {
      warnings.push(`JSON-LD block ${i + 1} is not valid JSON`);
      return;
    }
    for (const node of productNodes(json)) {
      const product = productFromJsonLd(node, doc.baseURI);
      if (typeof product === 'string') warnings.push(`JSON-LD block ${i + 1}: ${product}`);
      else if (!seen.has(product.id)) {
        seen.add(product.id);
        products.push(product);
      }
    }
  });
  return { products, warnings };
}
