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
    } finally {
      tabs.forEach((t) => t.dispose());
    }
  });
});
