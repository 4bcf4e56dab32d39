import { afterAll, describe, expect, it } from 'vitest';
import { EngineClient } from '../../src/engine-client.ts';
import catalogText from '../../demo/catalog/dummyjson_products.jsonl?raw';
import { parseCatalogFeed } from '../../workers/catalog/parse-feed.ts';

const modelHost = new URL('/models/test/', location.href).href;
const products = parseCatalogFeed(catalogText).products.slice(0, 20);
const clients: EngineClient[] = [];
afterAll(() => clients.forEach((c) => c.dispose()));

function client(config: Partial<ConstructorParameters<typeof EngineClient>[0]> = {}): EngineClient {
  const c = new EngineClient({ modelHost, ...config });
  clients.push(c);
  return c;
}

let shared: EngineClient | undefined;
const wasmClient = () => (shared ??= client());

const evidence = ['Warranty: 1 week warranty', 'Shipping: Ships in 3-5 business days', 'Review: "Highly impressed!"'];

// A fresh worker compiles ONNX Runtime's 27 MB wasm first: tens of seconds on a loaded 2-core machine.
describe('generation in the engine worker, Chromium', { timeout: 400_000 }, () => {
  it('WASM: streams tokens through the proxied callback and reports tokens/s', async () => {
    const engine = wasmClient();
    const pieces: string[] = [];
    const answer = await engine.generate({ question: 'What warranty does it have?', evidence, maxNewTokens: 48 }, (t) => pieces.push(t));
    expect(answer.source).toBe('model');
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join('').trim()).toBe(answer.text);
    expect(answer.tokens).toBeGreaterThan(3);
    console.log(`Chromium worker WASM: ${answer.tokens} tokens at ${answer.tokensPerSecond!.toFixed(1)} tokens/s`);
  });

  it('WASM: stopGeneration() ends the stream early and the call resolves with what was written', async () => {
    const engine = wasmClient();
    let pieces = 0;
    let stopping: Promise<void> | undefined;
    const answer = await engine.generate({ question: 'Tell me about it.', evidence, maxNewTokens: 120 }, () => {
      pieces += 1;
      if (pieces === 3) stopping = engine.stopGeneration();
    });
    await stopping;
    expect(answer.stopped).toBe(true);
    expect(answer.tokens).toBeLessThan(40);
  });

  it('WASM: drafts a product on device, every sentence listing the fields it states', async () => {
    const engine = wasmClient();
    await engine.load(products);
    let streamed = '';
    const draft = await engine.draft('dj-1', 'en', (t) => (streamed += t));
    expect(streamed.length).toBeGreaterThan(0);
    for (const sentence of [...draft.description, ...draft.blurb]) expect(sentence.sources.length).toBeGreaterThan(0);
    expect(draft.description.map((s) => s.text).join(' ')).toContain('Essence Mascara Lash Princess');
  });

  it('WASM: a Chinese draft of an English product checks its on-device translations of spec values, keeps the glossary reading where one fails, still citing the attributes', async () => {
    const engine = wasmClient();
    await engine.load(products);
    const draft = await engine.draft('dj-1', 'zh');
    expect(draft.valuesTranslated).toBe('model');
    const warranty = draft.description.find((s) => s.sources.includes('attributes.warrantyInformation'));
    // Template or model draft, the warranty sentence (when kept) states the cached translation, not the English.
    const translated = await engine.translate(['1 week warranty'], 'zh');
    expect(translated).toMatchObject({ source: 'model', translated: 0 });
    // The test model's translation keeps neither the number nor the glossary's words for the value, so the
    // check rejects it and the draft states the glossary's reading: never unchecked machine output.
    expect(translated.texts[0]).not.toContain('1');
    expect(draft.rejectedTranslations).toContain('1 week warranty');
    if (draft.source === 'lexical') expect(warranty?.text).toBe('保修：保修1周。');
    for (const s of draft.description) expect(s.text).not.toContain('1 week warranty');
  });

  it('light path: with models off the answer is extractive and marked lexical', async () => {
    const engine = client({ models: false });
    const answer = await engine.generate({ question: 'warranty?', evidence });
    expect(answer).toMatchObject({ source: 'lexical', text: '"Warranty: 1 week warranty"' });
  });

  it('WebGPU (software adapter): streams from the same model on the webgpu device', async ({ skip }) => {
    const adapter = await (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu?.requestAdapter();
    // Skipped, and shown as skipped, only where this Chromium offers no adapter at all.
    if (!adapter) skip('no WebGPU adapter in this Chromium (navigator.gpu.requestAdapter() gave none): webgpu generation not exercised');
    const engine = client({ generativeDevice: 'webgpu' });
    const pieces: string[] = [];
    const answer = await engine.generate({ question: 'What warranty does it have?', evidence, maxNewTokens: 24 }, (t) => pieces.push(t));
    expect(answer.source).toBe('model');
    expect(pieces.length).toBeGreaterThan(1);
    console.log(`Chromium worker WebGPU (SwiftShader): ${answer.tokens} tokens at ${answer.tokensPerSecond!.toFixed(1)} tokens/s`);
  });
});
