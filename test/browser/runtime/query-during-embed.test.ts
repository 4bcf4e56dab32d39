import { describe, expect, it } from 'vitest';
import { EngineClient } from '../../../src/engine-client.ts';
import catalogText from '../../../demo/catalog/dummyjson_products.jsonl?raw';
import testManifestJson from '../../../models/test/manifest.json';
import { parseCatalogFeed } from '../../../workers/catalog/parse-feed.ts';
import type { ModelManifest, ModelProgress } from '../../../workers/engine-api.ts';

const products = parseCatalogFeed(catalogText).products;
const modelHost = new URL('/models/test/', location.href).href;

describe('a search typed while the catalog embeds (Chromium worker, WASM)', () => {
  it('is routed and answered before the embedding finishes (a query waits for one batch at most)', async () => {
    const model = (testManifestJson as ModelManifest).models.embeddings;
    const manifest = { models: { embeddings: { ...model, files: model.files.filter((f) => f.path !== 'onnx/model.onnx') } } };
    // No embedding cache hit: a fresh database, so the whole catalog embeds now.
    const client = new EngineClient({ modelHost, manifest, cacheName: `aisle-embed-${Date.now()}`, maxEmbedProducts: 100_000 });
    try {
      await client.load(products);
      const events: string[] = [];
      let searched: Promise<number> | undefined;
      const started = performance.now();
      const prepared = client.prepareModels((p: ModelProgress) => {
        // The model is ready and the catalog starts to embed: the shopper types a search now.
        if (p.status === 'ready' && !searched) {
          const asked = performance.now();
          // As the widget does: the message is routed (by the embedding model once it is loaded), then searched.
          searched = client.route('red lipstick').then(() => client.search('red lipstick')).then((r) => {
            events.push(`search answered (${r.source})`);
            expect(r.hits.length).toBeGreaterThan(0);
            return performance.now() - asked;
          });
        }
      }).then((status) => {
        events.push('catalog embedded');
        return status;
      });
      const status = await prepared;
      const searchMs = await searched!;
      // Vectors an earlier test in this browser stored for the same model count as cached.
      expect((status.index?.embedded ?? 0) + (status.index?.fromCache ?? 0)).toBe(products.length);
      console.log(`[aisle timing] route + search during catalog embedding: ${searchMs.toFixed(0)} ms; prepareModels (load + embed ${products.length}) ${(performance.now() - started).toFixed(0)} ms; order: ${events.join(' → ')}`);
      expect(events).toEqual(['search answered (lexical)', 'catalog embedded']);
    } finally {
      client.dispose();
    }
  });
});
