import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../workers/engine.ts';
import { modelBytes } from '../../../workers/runtime/manifest.ts';
import { demoCatalog } from '../../helpers/demo-catalog.ts';
import { pullFromLocalHub, standinsDir, startLocalHub } from '../../helpers/local-hub.ts';

const model = 'Xenova/paraphrase-multilingual-MiniLM-L12-v2';

/**
 * On demand (slow, needs the real-size stand-in, ~120 MB, not committed):
 *   /usr/bin/python3 models/standins/generate.py --size real embeddings
 *   AISLE_REAL_STANDINS=1 npx vitest run --project node test/node/runtime/real-size-embedder.test.ts
 * Pulls the real-size multilingual embedder from a local hub, loads it and embeds a query; prints the times.
 */
describe.skipIf(!process.env.AISLE_REAL_STANDINS)('the real-size multilingual embedder stand-in: pull, load, query (on demand)', () => {
  it('pulls ~120 MB from the local hub, loads it in Node and answers a query on the model path', async () => {
    expect(existsSync(join(standinsDir('real'), model, 'onnx', 'model_quantized.onnx')), 'run models/standins/generate.py --size real embeddings first').toBe(true);
    const hub = await startLocalHub(standinsDir('real'));
    const out = mkdtempSync(join(tmpdir(), 'aisle-real-size-'));
    try {
      let t = performance.now();
      const pull = await pullFromLocalHub(hub, out, ['embeddings'], ['--no-lite']);
      const pullMs = performance.now() - t;
      expect(pull.code, pull.stderr).toBe(0);
      const entry = pull.manifest.models.embeddings;
      expect(modelBytes(entry)).toBeGreaterThan(100e6);

      const engine = createEngine({ embeddingCache: null });
      await engine.configure({ modelHost: `${out}/`, manifest: { models: { embeddings: entry } } });
      await engine.load(demoCatalog().slice(0, 20));
      t = performance.now();
      const status = await engine.prepareModels();
      const loadMs = performance.now() - t;
      expect(status.models.embeddings).toMatchObject({ state: 'ready', modelId: model, variant: 'full' });

      t = performance.now();
      const response = await engine.search('防水 手机');
      const queryMs = performance.now() - t;
      expect(response.source).toBe('model');
      console.log(`real-size ${model}: ${(modelBytes(entry) / 1e6).toFixed(1)} MB; pull ${(pullMs / 1000).toFixed(1)} s, ` +
        `load + embed 20 products ${(loadMs / 1000).toFixed(1)} s, one query ${queryMs.toFixed(0)} ms`);
    } finally {
      await hub.close();
      rmSync(out, { recursive: true, force: true });
    }
  }, 900_000);
});
