import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCatalogFeed } from '../../workers/catalog/parse-feed.ts';
import type { Product } from '../../workers/protocol/product.ts';
import type { ModelManifest } from '../../workers/protocol/models.ts';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const testModelsDir = `${root}models/test/`;

/** The demo shop's catalog (the project's own copy, so tests never need ../shared). */
export function demoCatalog(name: 'dummyjson_products' | 'magento_luma_products' = 'dummyjson_products'): Product[] {
  return parseCatalogFeed(readFileSync(`${root}demo/catalog/${name}.jsonl`, 'utf8')).products;
}

export function testManifest(): ModelManifest {
  return JSON.parse(readFileSync(`${testModelsDir}manifest.json`, 'utf8')) as ModelManifest;
}
