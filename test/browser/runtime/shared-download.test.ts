import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { EngineClient } from '../../../src/engine-client.ts';
import testManifestJson from '../../../models/test/manifest.json';
import type { ModelManifest } from '../../../workers/engine-api.ts';
import { hoodie, phone } from '../../node/qa/qa-fixtures.ts';

const modelHost = new URL('/models/test/', location.href).href;

describe('two tabs of the shop loading models at once (Chromium, two engine workers)', () => {
  it('download each model file once: the second waits on a Web Lock, then reads the shared cache', async () => {
    const model = (testManifestJson as ModelManifest).models.embeddings;
    const manifest = { models: { embeddings: { ...model, files: model.files.filter((f) => f.path !== 'onnx/model.onnx') } } };
    const cacheName = `aisle-shared-${Date.now()}`;
    const tabs = [0, 1].map(() => new EngineClient({ modelHost, manifest, cacheName }));
    try {
      await Promise.all(tabs.map((t) => t.load([phone(), hoodie()])));
      await commands.startRecordingRequests();
      const statuses = await Promise.all(tabs.map((t) => t.prepareModels(() => undefined)));
      for (const s of statuses) expect(s.models.embeddings).toMatchObject({ state: 'ready' });
      const modelFiles = (await commands.recordedRequests()).filter((u) => new URL(u).pathname.startsWith('/models/test/aisle-test/'));
      expect(modelFiles.length).toBeGreaterThan(0);
      expect(modelFiles).toEqual([...new Set(modelFiles)]);
      // ONNX Runtime's wasm too: one download for both tabs, through the same verified cache.
      const runtimeWasm = (await commands.recordedRequests()).filter((u) => /ort-wasm[^/]*\.wasm/.test(new URL(u).pathname));
      expect(runtimeWasm).toHaveLength(1);
    } finally {
      tabs.forEach((t) => t.dispose());
    }

    // A repeat view of the shop: neither the model nor the runtime is downloaded again.
    const again = new EngineClient({ modelHost, manifest: { models: { embeddings: { ...model, files: model.files.filter((f) => f.path !== 'onnx/model.onnx') } } }, cacheName });
    try {
      await again.load([phone(), hoodie()]);
      await commands.startRecordingRequests();
      const parts = new Set<string>();
      const status = await again.prepareModels((p) => p.status === 'progress' && parts.add(p.task));
      expect(status.models.embeddings).toMatchObject({ state: 'ready', fromCache: true });
      const requested = (await commands.recordedRequests()).map((u) => new URL(u).pathname);
      expect(requested.filter((u) => u.startsWith('/models/test/aisle-test/') || /ort-wasm[^/]*\.wasm/.test(u))).toEqual([]);
      expect([...parts]).toContain('runtime'); // read from the cache, still counted
    } finally {
      again.dispose();
    }
  });
});
