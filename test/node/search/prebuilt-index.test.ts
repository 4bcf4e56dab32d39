import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Product } from '../../../workers/protocol/product.ts';
import { createEngine } from '../../../workers/engine.ts';
import type { Engine } from '../../../workers/engine-api.ts';
import { Embedder } from '../../../workers/runtime/embedder.ts';
import { configureTransformers } from '../../../workers/runtime/transformers-env.ts';
import { decodeInt8Shard, encodeInt8Shard } from '../../../workers/search/int8-vectors.ts';
import { buildPrebuiltIndex } from '../../../workers/search/prebuilt-index.ts';
import { LexicalIndex } from '../../../workers/search/lexical-index.ts';
import type { PrebuiltIndexManifest } from '../../../workers/search/search-types.ts';
import type { TextEmbedder } from '../../../workers/runtime/runtime-types.ts';
import { embeddingModelKey } from '../../../workers/runtime/embedding-model-key.ts';
import { demoCatalog, root, testManifest, testModelsDir } from '../../helpers/demo-catalog.ts';

const variants = ['Classic', 'Pro', 'Lite', 'Max', 'Mini', 'Plus', 'Eco', 'Sport', 'Travel', 'Studio'];

/** 10,000 products made from the demo catalog: each demo product in many variants, prices and ratings spread. */
function syntheticCatalog(size = 10_000): Product[] {
  const base = demoCatalog();
  return Array.from({ length: size }, (_, i) => {
    const p = base[i % base.length];
    const round = Math.floor(i / base.length);
    return {
      ...p,
      id: `syn-${i}`,
      title: `${p.title} ${variants[round % variants.length]} ${round}`,
      price: Math.round((p.price ?? 10) * (0.6 + ((i * 37) % 80) / 100) * 100) / 100,
      rating: Math.round((1 + ((i * 53) % 400) / 100) * 100) / 100,
    };
  });
}

/** Serves files from memory over HTTP, as a merchant's static host would. */
async function serve(files: Map<string, Uint8Array | string>): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    const body = path.startsWith('/index/') ? files.get(path.slice('/index/'.length)) : undefined;
    if (body === undefined) return void res.writeHead(404, { connection: 'close' }).end('not found');
    res.writeHead(200, { connection: 'close' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { server, url: `http://127.0.0.1:${port}/index/` };
}

async function testEmbedder(): Promise<TextEmbedder> {
  const model = testManifest().models.embeddings;
  configureTransformers({ modelHost: testModelsDir });
  const e = await Embedder.load(model);
  return { modelKey: embeddingModelKey(model), embed: (texts) => e.embed(texts) };
}

describe('int8 vector shards', () => {
  it('round-trip unit vectors with cosine > 0.999', () => {
    const vectors = Array.from({ length: 20 }, (_, r) => {
      const v = Float32Array.from({ length: 384 }, (_, k) => Math.sin(r * 13 + k * 0.7));
      const n = Math.hypot(...v);
      return v.map((x) => x / n);
    });
    const bytes = encodeInt8Shard(vectors, 384);
    expect(bytes.byteLength).toBe(20 * (4 + 384));
    decodeInt8Shard(bytes, 384).forEach((v, r) => {
      const cos = v.reduce((s, x, k) => s + x * vectors[r][k], 0);
      expect(cos).toBeGreaterThan(0.999);
    });
  });

  it('refuses a shard that does not hold whole rows', () => {
    expect(() => decodeInt8Shard(new Uint8Array(37), 32)).toThrow(/whole 32-d rows/);
  });
});

describe('prebuilt index of 10,000 products, served over HTTP', () => {
  const products = syntheticCatalog();
  let files: Map<string, Uint8Array | string>;
  let manifest: PrebuiltIndexManifest;
  let server: Server;
  let url: string;
  let buildMs = 0;

  beforeAll(async () => {
    const started = performance.now();
    ({ files, manifest } = await buildPrebuiltIndex(products, { embedder: await testEmbedder(), modelId: 'aisle-test/multilingual-minilm' }));
    buildMs = performance.now() - started;
    ({ server, url } = await serve(files));
  }, 300_000);

  afterAll(() => server?.close());

  it('holds int8 shards, the lexical index and the products, described by index.json', () => {
    expect(manifest.products.count).toBe(10_000);
    expect(manifest.vectors!.shards.map((s) => s.rows)).toEqual([4096, 4096, 1808]);
    expect(manifest.vectors!.dims).toBe(32);
    for (const shard of manifest.vectors!.shards) expect((files.get(shard.file) as Uint8Array).byteLength).toBe(shard.rows * (4 + 32));
    console.info(`built a 10k-product index in ${(buildMs / 1000).toFixed(1)} s`);
  });

  it('answers on the light path as soon as it is loaded, exactly as a catalog indexed on the device', async () => {
    const fromIndex = createEngine({ embeddingCache: null });
    await fromIndex.configure({ modelHost: testModelsDir, manifest: testManifest(), models: false });
    const started = performance.now();
    expect(await fromIndex.loadIndex(url)).toBe(10_000);
    const loadMs = performance.now() - started;

    const onDevice = createEngine({ embeddingCache: null });
    await onDevice.configure({ modelHost: testModelsDir, manifest: testManifest(), models: false });
    await onDevice.load(products);

    for (const q of ['iphone under 300', 'cheapest laptop', '笔记本电脑', 'basketbal']) {
      const a = await fromIndex.search(q);
      const b = await onDevice.search(q);
      expect(a.source).toBe('lexical');
      expect(a.hits.map((h) => h.product.id), q).toEqual(b.hits.map((h) => h.product.id));
      expect(a.hits.length, q).toBeGreaterThan(0);
    }
    console.info(`loaded the 10k index (products + lexical) in ${loadMs.toFixed(0)} ms`);
  });

  it('loads the vector shards with the model, embeds nothing on the device, and searches by meaning with filters', async () => {
    const engine = createEngine({ embeddingCache: null });
    await engine.configure({ modelHost: testModelsDir, manifest: testManifest() });
    await engine.loadIndex(url);
    const status = await engine.prepareModels();
    expect(status.index).toEqual({ embedded: 0, fromCache: 0, prebuilt: 10_000 });
    expect(status.searchPath).toBe('model');

    const started = performance.now();
    const r = await engine.search('香水 100元以内');
    const ms = performance.now() - started;
    expect(r.source).toBe('model');
    expect(r.hits.length).toBe(10);
    expect(r.hits.every((h) => h.product.price! <= 100)).toBe(true);
    expect(r.hits[0].product.category).toBe('fragrances');
    console.info(`hybrid search over 10k products: ${ms.toFixed(0)} ms`);
  });
});

describe('prebuilt index that cannot be used as is', () => {
  const products = demoCatalog();
  let embedder: TextEmbedder;
  beforeAll(async () => {
    embedder = await testEmbedder();
  });

  async function engineFor(files: Map<string, Uint8Array | string>): Promise<{ engine: Engine; close: () => void; url: string }> {
    const { server, url } = await serve(files);
    const engine = createEngine({ embeddingCache: null });
    await engine.configure({ modelHost: testModelsDir, manifest: testManifest() });
    await engine.loadIndex(url);
    return { engine, url, close: () => server.close() };
  }

  it('embeds on the device when a shard is damaged', async () => {
    const { files, manifest } = await buildPrebuiltIndex(products, { embedder });
    const shard = files.get(manifest.vectors!.shards[0].file) as Uint8Array;
    const damaged = shard.slice();
    damaged[100] ^= 0xff;
    files.set(manifest.vectors!.shards[0].file, damaged);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { engine, close } = await engineFor(files);
    const status = await engine.prepareModels();
    close();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/damaged/));
    warn.mockRestore();
    expect(status.index).toEqual({ embedded: 194, fromCache: 0, prebuilt: 0 });
    expect(status.searchPath).toBe('model');
  });

  it('embeds on the device when the index was built with another model', async () => {
    const { files } = await buildPrebuiltIndex(products, { embedder: { ...embedder, modelKey: 'some/other-model@q8#0' } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { engine, close } = await engineFor(files);
    const status = await engine.prepareModels();
    close();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/built with some\/other-model/));
    warn.mockRestore();
    expect(status.index?.embedded).toBe(194);
  });

  it('still reads a version 1 folder (MiniSearch JSON), answering as version 2 does, with a note to rebuild it', async () => {
    const { files, manifest } = await buildPrebuiltIndex(products);
    files.set('index.json', JSON.stringify({ ...manifest, version: 1, lexical: { file: 'lexical.json', engine: 'minisearch' } }));
    files.set('lexical.json', new LexicalIndex(products).toJSON());
    files.delete('lexical.bin');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const v1 = await engineFor(files);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/version 1 index; it loads slower .* npx aisle index build/));
    warn.mockRestore();
    const v2 = await engineFor((await buildPrebuiltIndex(products)).files);
    for (const q of ['iphone under 300', '笔记本电脑', 'basketbal']) {
      expect((await v1.engine.search(q)).hits.map((h) => h.product.id), q).toEqual((await v2.engine.search(q)).hits.map((h) => h.product.id));
    }
    v1.close();
    v2.close();
  });

  it('refuses a damaged lexical.bin and an index of a newer version, saying what to do', async () => {
    const { files, manifest } = await buildPrebuiltIndex(products);
    const { server, url } = await serve(files);
    const engine = createEngine({ embeddingCache: null });
    await engine.configure({ modelHost: testModelsDir, manifest: testManifest(), models: false });
    const lexical = (files.get('lexical.bin') as Uint8Array).slice();
    lexical[lexical.length - 10] ^= 0xff;
    files.set('lexical.bin', lexical);
    await expect(engine.loadIndex(url)).rejects.toThrow(/lexical\.bin is damaged \(size or SHA-256 differs/);
    files.set('index.json', JSON.stringify({ ...manifest, version: 3 }));
    await expect(engine.loadIndex(url)).rejects.toThrow(/version 3; this Aisle reads versions 1 and 2: rebuild it/);
    server.close();
  });

  it('says plainly when the URL is not an index', async () => {
    const { engine, close, url } = await engineFor((await buildPrebuiltIndex(products)).files);
    await expect(engine.loadIndex(`${url}missing/`)).rejects.toThrow(/answered HTTP 404/);
    close();
  });
});

describe('npx aisle index build', () => {
  it('writes index.json (version 2), lexical.bin, products.json and int8 shards for a catalog file', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'aisle-index-')), 'idx');
    const run = spawnSync(process.execPath, ['bin/aisle.mjs', 'index', 'build', 'demo/catalog/dummyjson_products.jsonl', '--out', out, '--model-host', 'models/test/', '--shard-rows', '100'], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/194 products, 2 int8 shard\(s\) of 32-d vectors/);
    const manifest = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as PrebuiltIndexManifest;
    expect(manifest.vectors?.shards.map((s) => s.rows)).toEqual([100, 94]);
    expect(manifest.version).toBe(2);
    expect(manifest.lexical).toMatchObject({ file: 'lexical.bin', encoding: 'aisle-packed', bytes: statSync(join(out, 'lexical.bin')).size });
    for (const f of ['lexical.bin', 'products.json', 'vectors-000.bin', 'vectors-001.bin']) expect(existsSync(join(out, f))).toBe(true);
  }, 120_000);

  it('explains a missing --out and a missing model folder, with exit code 2', () => {
    const noOut = spawnSync(process.execPath, ['bin/aisle.mjs', 'index', 'build', 'demo/catalog/dummyjson_products.jsonl'], { cwd: root, encoding: 'utf8' });
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toMatch(/give --out/);
    const noModel = spawnSync(process.execPath, ['bin/aisle.mjs', 'index', 'build', 'demo/catalog/dummyjson_products.jsonl', '--out', join(tmpdir(), 'x'), '--model-host', join(tmpdir(), 'nowhere')], { cwd: root, encoding: 'utf8' });
    expect(noModel.status).toBe(2);
    expect(noModel.stderr).toMatch(/no manifest.json .* --no-vectors/);
  }, 60_000);
});
