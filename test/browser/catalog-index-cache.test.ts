import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { ortBuilds } from '../../common/ort-builds.ts';
import { defineAisle } from '../../src/define.ts';
import { EngineClient } from '../../src/engine-client.ts';
import type { AisleAssistant } from '../../src/components/aisle-assistant/aisle-assistant.ts';
import catalogText from '../../demo/catalog/dummyjson_products.jsonl?raw';
import { parseCatalogFeed } from '../../workers/catalog/parse-feed.ts';
import { Embedder } from '../../workers/runtime/embedder.ts';
import { fetchManifest } from '../../workers/runtime/manifest.ts';
import { configureTransformers } from '../../workers/runtime/transformers-env.ts';
import { buildPrebuiltIndex } from '../../workers/search/prebuilt-index.ts';
import { embeddingModelKey } from '../../workers/runtime/embedding-model-key.ts';
import { until } from '../helpers/until.ts';

defineAisle(new URL('/', location.href));

// No image URLs: the demo's point to a third-party CDN, and this test proves nothing leaves the origin.
const products = parseCatalogFeed(catalogText).products.map((p) => ({ ...p, image: undefined }));
const modelHost = new URL('/models/test/', location.href).href;

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => resolve();
  });
}

const bytesToBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));

afterEach(() => document.body.replaceChildren());

describe('product embeddings cached in the browser’s IndexedDB (real worker, real test model)', () => {
  it('a returning shopper’s worker embeds nothing and answers the same', async () => {
    await deleteDatabase('aisle');
    const visit = async () => {
      const client = new EngineClient({ modelHost });
      await client.load(products.slice(0, 30));
      await client.prepareModels(() => {});
      const status = await client.status();
      const response = await client.search('香水');
      client.dispose();
      return { status, ids: response.hits.map((h) => h.product.id), source: response.source };
    };
    const first = await visit();
    expect(first.status.index).toEqual({ embedded: 30, fromCache: 0, prebuilt: 0 });
    const second = await visit();
    expect(second.status.index).toEqual({ embedded: 0, fromCache: 30, prebuilt: 0 });
    expect(second.source).toBe('model');
    expect(second.ids).toEqual(first.ids);
  }, 240_000);
});

describe('<aisle-assistant index="..."> with a prebuilt index', () => {
  it('loads products and the lexical index at once, the int8 vectors only when smart search starts, all from the shop’s own origin', async () => {
    // Build the index in the page with the same test model the worker will use, and serve it.
    const manifest = await fetchManifest(modelHost);
    configureTransformers({ modelHost, ortBuilds: ortBuilds() });
    const embedder = await Embedder.load(manifest.models.embeddings);
    const { files } = await buildPrebuiltIndex(products, {
      embedder: { modelKey: embeddingModelKey(manifest.models.embeddings), embed: (t) => embedder.embed(t) },
    });
    await embedder.dispose();
    const dir = `.cache/browser-index-${Date.now()}`;
    for (const [name, content] of files) {
      if (typeof content === 'string') await commands.writeFile(`${dir}/${name}`, content);
      else await commands.writeFile(`${dir}/${name}`, bytesToBase64(content), { encoding: 'base64' });
    }

    await commands.startRecordingRequests();
    const el = document.createElement('aisle-assistant') as AisleAssistant;
    // Test files share one origin's sessionStorage: a key of its own keeps conversations apart.
    el.setAttribute('storage-key', `test-${crypto.randomUUID()}`);
    el.setAttribute('model-host', '/models/test/');
    el.setAttribute('index', `/${dir}/`);
    const ready = new Promise<number>((resolve) => el.addEventListener('aisle-ready', (e) => resolve(e.products), { once: true }));
    document.body.append(el);
    expect(await ready).toBe(194);

    const light = await el.search('iphone under 300');
    expect(light?.source).toBe('lexical');
    expect(light?.hits.every((h) => h.product.price! <= 300)).toBe(true);
    let requests = await commands.recordedRequests();
    expect(requests.some((u) => u.endsWith(`${dir}/index.json`))).toBe(true);
    expect(requests.some((u) => u.endsWith(`${dir}/lexical.bin`))).toBe(true);
    expect(requests.some((u) => u.includes('vectors-000.bin'))).toBe(false);

    el.open = true;
    await until(async () => (await el.search('香水'))?.source === 'model');
    requests = await commands.recordedRequests();
    expect(requests.some((u) => u.endsWith(`${dir}/vectors-000.bin`))).toBe(true);
    const outside = requests.filter((u) => !u.startsWith(location.origin) && !u.startsWith('blob:') && !u.startsWith('data:'));
    expect(outside).toEqual([]);
    for (const name of files.keys()) await commands.removeFile(`${dir}/${name}`);
  }, 240_000);
});
