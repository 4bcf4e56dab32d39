/**
 * `node --import tsx scripts/demo-catalog.ts [../shared/data/catalog]`: writes the demo shop's catalog
 * (demo/catalog/*.jsonl) from the public catalog data sets, in the product feed format
 * (docs/widget.md, "Catalog feed format"). The feeds are copied as they are, except what is one data
 * set's own and no shop's: Magento's Luma sample data marks products `erin_recommends` (a persona of
 * that sample shop), which is left out. Everything else (DummyJSON's `availabilityStatus`, Luma's
 * `special_price`, `review_count`) is read by the widget's generic feed rules.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const sampleShopOnly = ['erin_recommends'];

export function demoRecord(record: Record<string, unknown>): Record<string, unknown> {
  const attributes = record.attributes as Record<string, unknown> | undefined;
  if (!attributes) return record;
  return { ...record, attributes: Object.fromEntries(Object.entries(attributes).filter(([name]) => !sampleShopOnly.includes(name))) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const from = process.argv[2] ?? '../shared/data/catalog';
  for (const name of ['dummyjson_products', 'magento_luma_products']) {
    const lines = readFileSync(join(from, `${name}.jsonl`), 'utf8').split('\n').filter((l) => l.trim());
    writeFileSync(`demo/catalog/${name}.jsonl`, lines.map((l) => JSON.stringify(demoRecord(JSON.parse(l)))).join('\n') + '\n');
    console.log(`demo/catalog/${name}.jsonl: ${lines.length} products`);
  }
}
