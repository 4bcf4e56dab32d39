import { readFileSync } from 'node:fs';
import { parseCatalogFeed } from '../../workers/catalog/parse-feed.ts';
import type { Product } from '../../workers/protocol/product.ts';
import { Recommender } from '../../workers/recommend/recommend.ts';
import type { HistoryEntry } from '../../workers/protocol/recommend.ts';
import type { BenchOptions } from './bench-options.ts';
import { medianMs, printTable } from './bench-timing.ts';

/** The demo catalogs, repeated `copies` times under new ids (a stand-in for a large shop). */
function catalog(copies: number): Product[] {
  const base = ['dummyjson_products', 'magento_luma_products'].flatMap(
    (name) => parseCatalogFeed(readFileSync(`demo/catalog/${name}.jsonl`, 'utf8')).products,
  );
  return Array.from({ length: copies }, (_, c) => base.map((p) => ({ ...p, id: `${p.id}~${c}`, title: c ? `${p.title} ${c}` : p.title }))).flat();
}

/** Recommendation latency (light path) on the demo catalog and on a 10k-product one, with a 30-event history. */
export async function run({ quick }: BenchOptions): Promise<Record<string, number>> {
  const results: Record<string, number> = {};
  for (const copies of [1, 26]) {
    const products = catalog(copies);
    const now = Date.now();
    const history: HistoryEntry[] = products.slice(0, 210).filter((_, i) => i % 7 === 0)
      .map((p, i) => ({ id: i + 1, type: i % 5 ? 'view' : i % 3 ? 'cart' : 'purchase', productId: p.id, at: now - i * 60_000 }));
    const buildStart = performance.now();
    const recommender = new Recommender(products);
    const buildMs = performance.now() - buildStart;
    const anchor = products[3].id;
    const time = (fn: () => unknown) => medianMs(async () => fn(), { runs: quick ? 3 : 7, warmup: 1 });
    const forYou = await time(() => recommender.recommend({ kind: 'for-you', limit: 10 }, history, now));
    const similar = await time(() => recommender.recommend({ kind: 'similar', productId: anchor, limit: 10 }, history, now));
    const goesWith = await time(() => recommender.recommend({ kind: 'goes-with', productId: anchor, limit: 10 }, history, now));
    const cold = await time(() => recommender.recommend({ kind: 'for-you', limit: 10 }, [], now));
    console.log(`${products.length} products, ${history.length} history events; features built in ${buildMs.toFixed(0)} ms`);
    printTable([['for you (cold start)', cold], ['similar', similar], ['goes with', goesWith], ['for you (with history)', forYou]]);
    Object.assign(results, { [`build${products.length}Ms`]: buildMs, [`forYou${products.length}Ms`]: forYou, [`similar${products.length}Ms`]: similar, [`goesWith${products.length}Ms`]: goesWith });
  }
  return results;
}
