import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ManifestModel } from '../../../workers/protocol/models.ts';
import { downloadFile, HttpStatusError } from '../../../workers/runtime/model-download.ts';
import { VerifiedModelCache } from '../../../workers/runtime/verified-cache.ts';
import { transformersCache } from '../../../workers/runtime/transformers-cache.ts';
import { recordBodyBytes } from '../../../workers/storage/record-body.ts';
import { sha256Hex } from '../../../workers/math/sha256.ts';
import { openAisleDB } from '../../../workers/storage/aisle-db.ts';
import { testModelsDir } from '../../helpers/demo-catalog.ts';
import { startModelServer } from './model-server.ts';

let dbs = 0;
const body = (n: number, seed: number) => new Uint8Array(Array.from({ length: n }, (_, i) => (i * seed + 7) % 251));

async function model(id: string, size: number): Promise<{ model: ManifestModel; bytes: Uint8Array; url: string }> {
  const bytes = body(size, id.length + 3);
  const m: ManifestModel = { id, dtype: 'q8', files: [{ path: 'onnx/model_quantized.onnx', size, sha256: await sha256Hex(bytes) }] };
  return { model: m, bytes, url: `https://models.example/${id}/onnx/model_quantized.onnx` };
}

const base = (id: string) => `https://models.example/${id}/`;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('VerifiedModelCache', () => {
  it('stores verified bytes and reads them back; refuses wrong bytes without storing them', async () => {
    const cache = await VerifiedModelCache.open(`vc-${dbs++}`);
    const a = await model('a', 5000);
    cache.allowModel(a.model, base('a'));
    const wrong = a.bytes.slice();
    wrong[0] ^= 1;
    await expect(cache.store(a.url, wrong)).rejects.toThrow(/SHA-256/);
    expect(await cache.hasModel(a.model, base('a'))).toBe(false);
    expect(await cache.store(a.url, a.bytes)).toBe('stored');
    cache.forgetStored();
    expect(await cache.read(a.url)).toEqual(a.bytes);
    expect(await cache.hasModel(a.model, base('a'))).toBe(true);
  });

  it('verifies a file once, when stored: a later visit reads it by its mark without hashing it again', async () => {
    const name = `vc-${dbs++}`;
    const hashed: number[] = [];
    const hash = (bytes: Uint8Array) => (hashed.push(bytes.byteLength), sha256Hex(bytes));
    const a = await model('a', 50_000);
    const cold = await VerifiedModelCache.open(name, { hash });
    cold.allowModel(a.model, base('a'));
    await cold.store(a.url, a.bytes);
    expect(hashed).toEqual([50_000]);

    const warm = await VerifiedModelCache.open(name, { hash });
    warm.allowModel(a.model, base('a'));
    expect(await warm.read(a.url)).toEqual(a.bytes);
    expect(hashed).toEqual([50_000]); // no second hash
    expect(warm.status.corruptDropped).toBe(0);
  });

  it('stores a file as a Blob, and still reads a marked record an earlier version wrote as an ArrayBuffer', async () => {
    const name = `vc-${dbs++}`;
    const hashed: number[] = [];
    const hash = (bytes: Uint8Array) => (hashed.push(bytes.byteLength), sha256Hex(bytes));
    const [a, b] = await Promise.all([model('a', 6000), model('bb', 7000)]);
    const cold = await VerifiedModelCache.open(name, { hash });
    for (const m of [a, b]) cold.allowModel(m.model, base(m.model.id));
    await cold.store(a.url, a.bytes);
    await cold.store(b.url, b.bytes);
    const db = await openAisleDB(name);
    const stored = (await db.get('model-files', a.url))!;
    expect(stored.body).toBeInstanceOf(Blob);
    // b as an earlier version kept it: the bytes as an ArrayBuffer, with the same mark.
    const old = (await db.get('model-files', b.url))!;
    await db.put('model-files', { ...old, body: (await recordBodyBytes(old.body)).slice().buffer });
    db.close();

    const warm = await VerifiedModelCache.open(name, { hash });
    for (const m of [a, b]) warm.allowModel(m.model, base(m.model.id));
    expect(await warm.read(a.url)).toEqual(a.bytes);
    expect(await warm.read(b.url)).toEqual(b.bytes);
    expect(hashed).toEqual([6000, 7000]); // hashed when stored, not when read
    expect(warm.status.corruptDropped).toBe(0);
  });

  it('prefetches the files a model read when it last loaded: the loader\'s reads share them, one IndexedDB read each', async () => {
    const name = `vc-${dbs++}`;
    const a = await model('a', 5000);
    const cold = await VerifiedModelCache.open(name);
    cold.allowModel(a.model, base('a'));
    await cold.store(a.url, a.bytes);
    await cold.markComplete('a');

    const warm = await VerifiedModelCache.open(name);
    warm.allowModel(a.model, base('a'));
    const gets = vi.spyOn(IDBObjectStore.prototype, 'get');
    await warm.prefetch('a');
    const [first, second] = await Promise.all([warm.read(a.url), warm.read(a.url)]);
    expect(first).toEqual(a.bytes);
    expect(second).toBe(first);
    expect(gets.mock.calls.filter(([key]) => key === a.url)).toHaveLength(1);
    await warm.prefetch('not-stored'); // nothing recorded: nothing read, no error
  });

  it('drops a stored file whose length or mark does not match, so it is downloaded again', async () => {
    const name = `vc-${dbs++}`;
    const a = await model('a', 5000);
    const b = await model('bb', 5000);
    const cold = await VerifiedModelCache.open(name);
    for (const m of [a, b]) cold.allowModel(m.model, base(m.model.id));
    await cold.store(a.url, a.bytes);
    await cold.store(b.url, b.bytes);
    const db = await openAisleDB(name);
    const truncated = (await db.get('model-files', a.url))!;
    await db.put('model-files', { ...truncated, body: truncated.body.slice(0, 4000) }); // the mark kept, bytes cut
    const tampered = (await db.get('model-files', b.url))!;
    const flipped = (await recordBodyBytes(tampered.body)).slice();
    flipped[10] ^= 0xff;
    const { verified: _mark, ...unmarked } = tampered;
    await db.put('model-files', { ...unmarked, body: flipped.buffer }); // rewritten outside store(): no mark
    db.close();

    const hashed: number[] = [];
    const warm = await VerifiedModelCache.open(name, { hash: (bytes) => (hashed.push(bytes.byteLength), sha256Hex(bytes)) });
    for (const m of [a, b]) warm.allowModel(m.model, base(m.model.id));
    expect(await warm.read(a.url)).toBeUndefined(); // by length, without hashing
    expect(hashed).toEqual([]);
    expect(await warm.read(b.url)).toBeUndefined(); // no mark: hashed, wrong, dropped
    expect(hashed).toEqual([5000]);
    expect(warm.status.corruptDropped).toBe(2);
    expect(await warm.hasModel(a.model, base('a'))).toBe(false);
    expect(await warm.hasModel(b.model, base('bb'))).toBe(false);
  });

  it('marks a good record of an older version (no mark) after hashing it once', async () => {
    const name = `vc-${dbs++}`;
    const a = await model('a', 3000);
    const first = await VerifiedModelCache.open(name);
    first.allowModel(a.model, base('a'));
    await first.store(a.url, a.bytes);
    const db = await openAisleDB(name);
    const { verified: _mark, ...old } = (await db.get('model-files', a.url))!;
    await db.put('model-files', old);
    const hashed: number[] = [];
    const hash = (bytes: Uint8Array) => (hashed.push(bytes.byteLength), sha256Hex(bytes));
    for (let visit = 0; visit < 2; visit++) {
      const cache = await VerifiedModelCache.open(name, { hash });
      cache.allowModel(a.model, base('a'));
      expect(await cache.read(a.url)).toEqual(a.bytes);
    }
    expect(hashed).toEqual([3000]);
    expect((await db.get('model-files', a.url))!.verified).toBe(a.model.files[0].sha256);
    db.close();
  });

  it("keeps ONNX Runtime's wasm like a model file: checked as WebAssembly once, then read by its mark", async () => {
    const name = `vc-${dbs++}`;
    const url = 'https://shop.example/aisle/assets/ort-wasm-simd-threaded-abc123.wasm';
    // The smallest valid module with one custom section, so that a cut copy is invalid.
    const wasm = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 0, 5, 1, 0x61, 1, 2, 3]);
    const cold = await VerifiedModelCache.open(name);
    cold.allowRuntime(url);
    await expect(cold.store(url, new TextEncoder().encode('<!doctype html><title>404</title>'), 'text/html')).rejects.toThrow(/not a WebAssembly module/);
    await expect(cold.store(url, wasm.subarray(0, 12))).rejects.toThrow(/not a whole, valid WebAssembly module/);
    expect(await cold.store(url, wasm)).toBe('stored');

    const hashed: number[] = [];
    const warm = await VerifiedModelCache.open(name, { hash: (bytes) => (hashed.push(bytes.byteLength), sha256Hex(bytes)) });
    warm.allowRuntime(url);
    expect(await warm.read(url)).toEqual(wasm);
    expect(hashed).toEqual([]);

    const db = await openAisleDB(name);
    const record = (await db.get('model-files', url))!;
    await db.put('model-files', { ...record, body: record.body.slice(0, 10) });
    db.close();
    const cut = await VerifiedModelCache.open(name);
    cut.allowRuntime(url);
    expect(await cut.read(url)).toBeUndefined();
    expect(cut.status.corruptDropped).toBe(1);
  });

  it('answers transformers.js (match) only for manifest files', async () => {
    const cache = await VerifiedModelCache.open(`vc-${dbs++}`);
    const a = await model('a', 100);
    cache.allowModel(a.model, base('a'));
    await cache.store(a.url, a.bytes);
    const hook = transformersCache(cache);
    expect(new Uint8Array(await (await hook.match(a.url))!.arrayBuffer())).toEqual(a.bytes);
    expect(await hook.match('https://models.example/a/other.bin')).toBeUndefined();
    expect(await hook.match('/models/a/onnx/model_quantized.onnx')).toBeUndefined();
  });

  it('evicts least-recently-used models (whole models, not the one being loaded) to make room', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ quota: 10_000, usage: 9_000 }), persisted: async () => false } });
    const cache = await VerifiedModelCache.open(`vc-${dbs++}`);
    const [old, recent, next] = await Promise.all([model('old', 3000), model('recent', 3000), model('next', 2500)]);
    for (const m of [old, recent, next]) cache.allowModel(m.model, base(m.model.id));
    await cache.store(old.url, old.bytes);
    await new Promise((r) => setTimeout(r, 5));
    await cache.store(recent.url, recent.bytes);
    const plan = await cache.planRoom(next.model, 2500);
    expect(plan).toEqual({ fits: true, evicted: ['old'], neededBytes: 2500 });
    expect(await cache.hasModel(old.model, base('old'))).toBe(false);
    expect(await cache.hasModel(recent.model, base('recent'))).toBe(true);
  });

  it('says a model does not fit when even eviction cannot make room', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ quota: 10_000, usage: 9_500 }), persisted: async () => false } });
    const cache = await VerifiedModelCache.open(`vc-${dbs++}`);
    const big = await model('big', 50_000);
    expect(await cache.planRoom(big.model, 50_000)).toEqual({ fits: false, neededBytes: 50_000, freeBytes: 500 });
  });

  it('keeps and hands back the start of an interrupted download', async () => {
    const cache = await VerifiedModelCache.open(`vc-${dbs++}`);
    const a = await model('a', 1000);
    cache.allowModel(a.model, base('a'));
    await cache.savePartial(a.url, a.bytes.subarray(0, 400));
    expect(await cache.takePartial(a.url)).toEqual(a.bytes.subarray(0, 400));
    expect(await cache.takePartial(a.url)).toBeUndefined();
    expect(await cache.hasModel(a.model, base('a'))).toBe(false);
  });
});

describe('downloadFile', () => {
  const weights = 'aisle-test/multilingual-minilm/onnx/model_quantized.onnx';

  it('resumes from kept partial bytes with a Range request', async () => {
    const server = await startModelServer(testModelsDir);
    const whole = await downloadFile(`${server.url}${weights}`);
    server.requests.length = 0;
    const resumed = await downloadFile(`${server.url}${weights}`, { partial: whole.bytes.subarray(0, 1000) });
    expect(resumed.bytes).toEqual(whole.bytes);
    expect(resumed.resumedBytes).toBe(1000);
    expect(server.requests.map((r) => r.range)).toEqual(['bytes=1000-']);
    await server.close();
  });

  it('starts over when the host ignores ranges', async () => {
    const server = await startModelServer(testModelsDir, { ranges: false, dropAfter: { [weights]: 5000 } });
    const file = await downloadFile(`${server.url}${weights}`);
    expect(file.requests).toBe(2);
    expect(file.resumedBytes).toBe(0);
    expect(await sha256Hex(file.bytes)).toBe(await sha256Hex(readFileSync(join(testModelsDir, weights))));
    await server.close();
  });

  it('gives up on an HTTP error at once, keeping what arrived for later', async () => {
    const server = await startModelServer(testModelsDir);
    await expect(downloadFile(`${server.url}aisle-test/none.onnx`)).rejects.toBeInstanceOf(HttpStatusError);
    expect(server.requests).toHaveLength(1);
    await server.close();
  });
});
