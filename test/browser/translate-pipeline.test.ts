import { afterAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { EngineClient } from '../../src/engine-client.ts';

const modelHost = new URL('/models/test/', location.href).href;
const clients: EngineClient[] = [];
afterAll(() => clients.forEach((c) => c.dispose()));

function client(config: Partial<ConstructorParameters<typeof EngineClient>[0]> = {}): EngineClient {
  const c = new EngineClient({ modelHost, ...config });
  clients.push(c);
  return c;
}

// A fresh worker compiles ONNX Runtime's 27 MB wasm first: tens of seconds on a loaded 2-core machine.
describe('translation in the engine worker, Chromium', { timeout: 400_000 }, () => {
  it('WASM: translates zh -> en and en -> zh on the generated Marian models, offline, and caches in IndexedDB', async () => {
    await commands.startRecordingRequests();
    const engine = client();
    const zhEn = await engine.translate(['这款手机很好。质量很好。'], 'en');
    expect(zhEn).toMatchObject({ source: 'model', texts: ['This smartphone is great. The quality is very good.'] });
    const enZh = await engine.translate(['I really like this watch.'], 'zh');
    expect(enZh.texts).toEqual(['我很喜欢这个手表。']);
    // A fresh worker (a page reload) finds the sentences in the IndexedDB translations store.
    const reloaded = client();
    const again = await reloaded.translate(['这款手机很好。质量很好。'], 'en');
    expect(again).toMatchObject({ cached: 2, translated: 0 });
    const outside = (await commands.recordedRequests()).filter((u) => !u.startsWith(location.origin) && !u.startsWith('blob:') && !u.startsWith('data:'));
    expect(outside).toEqual([]);
  });

  it('WebGPU (software adapter): the same translation through the webgpu device', async ({ skip }) => {
    const adapter = await (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu?.requestAdapter();
    // Skipped, and shown as skipped, only where this Chromium offers no adapter at all.
    if (!adapter) skip('no WebGPU adapter in this Chromium (navigator.gpu.requestAdapter() gave none): webgpu translation not exercised');
    const engine = client({ generativeDevice: 'webgpu' });
    const out = await engine.translate(['我很喜欢这个耳机。'], 'en');
    expect(out.texts).toEqual(['I really like this earphones.']);
  });
});
