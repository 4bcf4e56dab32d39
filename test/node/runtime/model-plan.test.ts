import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planModelLoad, type PlanInput } from '../../../workers/runtime/model-plan.ts';
import { VerifiedModelCache } from '../../../workers/runtime/verified-cache.ts';
import { runtimeFileId } from '../../../workers/runtime/runtime-wasm.ts';
import type { Capabilities, ManifestModel } from '../../../workers/protocol/models.ts';

const caps: Capabilities = {
  runtime: 'browser', webgpu: { adapter: false, fallbackAdapter: false, shaderF16: false }, crossOriginIsolated: false, cores: 2, deviceMemoryGiB: 8, saveData: false,
};
const file = (path: string, size: number) => ({ path, size, sha256: 'a'.repeat(64) });
/** A 20 MB model with a 5 MB lite one (sizes from the manifest; nothing is downloaded here). */
const lite: ManifestModel = { id: 'small', dtype: 'q8', files: [file('onnx/model_quantized.onnx', 5_000_000)] };
const full: ManifestModel = { id: 'big', dtype: 'q8', files: [file('onnx/model_quantized.onnx', 19_000_000), file('tokenizer.json', 1_000_000)], lite };
/** The plain ONNX Runtime build's size, as the build writes it. */
const runtime = 14_264_838;
const runtimeUrl = 'https://shop.example/assets/ort-wasm-simd-threaded-abc.wasm';
/** The smallest whole WebAssembly module: magic and version. */
const emptyWasm = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

let dbCount = 0;
const openCache = () => VerifiedModelCache.open(`aisle-plan-${dbCount++}`);
const plan = async (over: Partial<PlanInput>) =>
  planModelLoad({ entry: full, caps, cache: await openCache(), baseUrl: (id) => `https://models.example/${id}/`, saveDataConsent: false, ...over });
const quota = (quotaBytes: number, usage = 0) => vi.stubGlobal('navigator', { storage: { estimate: async () => ({ quota: quotaBytes, usage }), persisted: async () => false } });

afterEach(() => vi.unstubAllGlobals());

describe('planModelLoad counts the AI runtime while it is not stored', () => {
  it('asks with the model plus the runtime, and says what each part is', async () => {
    const waiting = await plan({ askAboveBytes: 30_000_000, runtimeBytes: runtime });
    expect(waiting).toEqual({
      ok: false, reason: 'size', bytes: 20_000_000 + runtime, runtimeBytes: runtime,
      message: 'smart features wait for your go-ahead (34.3 MB download: 20.0 MB model + 14.3 MB AI runtime)',
    });
  });

  it('a model under the threshold alone still asks when the runtime takes the download over it; not once the runtime is stored', async () => {
    expect(await plan({ askAboveBytes: 25_000_000, runtimeBytes: runtime })).toMatchObject({ ok: false, reason: 'size', bytes: 34_264_838 });
    expect(await plan({ askAboveBytes: 25_000_000, runtimeBytes: 0 })).toMatchObject({ ok: true, model: { id: 'big' }, cached: false });
  });

  it('on a saveData connection asks for the lite model plus the runtime', async () => {
    const waiting = await plan({ caps: { ...caps, saveData: true }, runtimeBytes: runtime });
    expect(waiting).toMatchObject({ ok: false, reason: 'save-data', bytes: 5_000_000 + runtime, runtimeBytes: runtime, message: expect.stringMatching(/^the connection asks to save data: .*19\.3 MB download: 5\.0 MB model \+ 14\.3 MB AI runtime/) });
  });

  it('checks storage for the model plus the runtime: the lite model when only it fits beside the runtime, none when neither does', async () => {
    quota(30_000_000); // room for the 20 MB model, not for it and the 14.3 MB runtime
    expect(await plan({ saveDataConsent: true, runtimeBytes: 0 })).toMatchObject({ ok: true, variant: 'full' });
    expect(await plan({ saveDataConsent: true, runtimeBytes: runtime })).toMatchObject({ ok: true, variant: 'lite', reason: expect.stringMatching(/storage is short for big \(needs 34\.3 MB, 30\.0 MB free\)/) });
    quota(15_000_000);
    expect(await plan({ saveDataConsent: true, runtimeBytes: runtime })).toMatchObject({ ok: false, reason: 'storage', message: expect.stringMatching(/needs 19\.3 MB, 15\.0 MB free/) });
  });
});

describe('VerifiedModelCache and the runtime', () => {
  it('knows a stored runtime (so it is not counted again) and never evicts it to make room for a model', async () => {
    const cache = await openCache();
    expect(await cache.hasFile(runtimeUrl)).toBe(false);
    cache.allowRuntime(runtimeUrl);
    expect(await cache.store(runtimeUrl, emptyWasm)).toBe('stored');
    expect(await cache.hasFile(runtimeUrl)).toBe(true);
    const evicted = await cache.evictLeastRecentlyUsed(Number.POSITIVE_INFINITY, 'big', { quota: 1, usage: 1, persisted: false });
    expect(evicted).not.toContain(runtimeFileId);
    expect(await cache.hasFile(runtimeUrl)).toBe(true);
  });
});

describe('the runtime builds the widget serves carry their sizes', () => {
  it('each wasm size is the size of the file the build copies', async () => {
    const { statSync } = await import('node:fs');
    const { createRequire } = await import('node:module');
    const { ortBuilds } = await import('../../../common/ort-builds.ts');
    const { dirname, join } = await import('node:path');
    const dist = dirname(createRequire(import.meta.url).resolve('onnxruntime-web/ort-wasm-simd-threaded.wasm'));
    const builds = ortBuilds();
    expect(builds.plain.bytes).toBe(statSync(join(dist, 'ort-wasm-simd-threaded.wasm')).size);
    expect(builds.webgpu.bytes).toBe(statSync(join(dist, 'ort-wasm-simd-threaded.asyncify.wasm')).size);
    expect(builds.plain.bytes).toBeGreaterThan(1_000_000);
  });
});
