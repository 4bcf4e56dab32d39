import { afterEach, describe, expect, it } from 'vitest';
import { EngineClient, type EngineFault } from '../../src/engine-client.ts';
import { defineAisle } from '../../src/define.ts';
import type { AisleAssistant } from '../../src/components/aisle-assistant/aisle-assistant.ts';
import { stringsFor } from '../../src/strings.ts';
import { hoodie, phone } from '../node/qa/qa-fixtures.ts';
import { until } from '../helpers/until.ts';
import testManifestJson from '../../models/test/manifest.json';
import type { ModelManifest } from '../../workers/engine-api.ts';

defineAisle(new URL('/', location.href));

const modelHost = new URL('/models/test/', location.href).href;
const faulty = new URL('./fixtures/faulty-engine.worker.ts', import.meta.url);
/** Short watch times, so a hung worker is found in about a second. */
const quick = { startTimeoutMs: 20_000, hangTimeoutMs: 1_000, heartbeatMs: 200 };

let client: EngineClient | undefined;
afterEach(() => client?.dispose());

function start(options: ConstructorParameters<typeof EngineClient>[1] = {}): { client: EngineClient; faults: EngineFault[] } {
  const faults: EngineFault[] = [];
  client = new EngineClient({ modelHost, models: false }, { ...quick, ...options, onFault: (f) => void faults.push(f) });
  return { client, faults };
}

describe('the engine worker dies, hangs or cannot start (Chromium, real workers)', () => {
  it('a worker terminated mid-question is noticed (its Web Lock is released), restarted, and the question answered once more', async () => {
    const { client, faults } = start();
    await client.load([phone(), hoodie()]);
    const first = client.worker!;
    const answer = client.search('hoodie');
    first.terminate(); // no error event: only the released lock tells
    const started = performance.now();
    expect((await answer).hits[0]?.product.id).toBe('hoodie-1');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(client.worker).toBeDefined();
    expect(client.worker).not.toBe(first);
    expect(faults.map((f) => [f.kind, f.error.message])).toEqual([['restarted', 'The engine worker stopped unexpectedly']]);
    expect((await client.search('phone')).hits[0]?.product.id).toBe('phone-1');
  });

  it('a worker that closes itself (as out of memory does) is retried once, then the question fails; three deaths move the engine onto the page', async () => {
    const { client, faults } = start({ workerUrl: faulty });
    await client.load([phone(), hoodie()]);
    await expect(client.search('close hoodie')).rejects.toThrow(/stopped unexpectedly/);
    expect(faults.map((f) => f.kind)).toEqual(['restarted', 'restarted']);
    expect((await client.search('hoodie')).hits[0]?.product.id).toBe('hoodie-1');
    expect(client.inPage).toBe(false);
    // The third death: no more workers; the light path answers on the page, the in-flight question included.
    expect((await client.search('close hoodie')).hits[0]?.product.id).toBe('hoodie-1');
    expect(faults.map((f) => f.kind)).toEqual(['restarted', 'restarted', 'in-page']);
    expect(client.inPage).toBe(true);
    expect(client.worker).toBeUndefined();
    expect(await client.ask('hoodie-1', 'Is it machine washable?')).toMatchObject({ verdict: 'yes', source: 'lexical' });
  });

  it('a hung worker (busy forever) is found by its missed heartbeats within the hang timeout and replaced', async () => {
    const { client, faults } = start({ workerUrl: faulty });
    await client.load([phone(), hoodie()]);
    const started = performance.now();
    await expect(client.search('hang')).rejects.toThrow(/stopped answering/);
    // Two workers hung in turn (the question is asked once more): about two hang timeouts.
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(faults.map((f) => f.error.message)).toEqual(['The engine worker stopped answering', 'The engine worker stopped answering']);
    expect((await client.search('phone')).hits[0]?.product.id).toBe('phone-1');
  });

  it('a worker chunk that is missing (a partial deploy) makes the light path answer on the page, told once', async () => {
    const { client, faults } = start({ workerUrl: new URL('/chunks/engine.worker-missing.js', location.href) });
    const { count } = await client.load([phone(), hoodie()]);
    expect(count).toBe(2);
    expect(client.inPage).toBe(true);
    expect((await client.search('hoodie')).hits[0]?.product.id).toBe('hoodie-1');
    expect(await client.ask('phone-1', 'Does it support 5G?')).toMatchObject({ source: 'lexical' });
    expect(faults).toHaveLength(1);
    expect(faults[0]).toMatchObject({ kind: 'in-page' });
    expect(faults[0]!.error.message).toMatch(/could not start/);
  });

  it('a worker the browser refuses to create (a CSP or a sandboxed page: the constructor throws) does the same', async () => {
    const RealWorker = globalThis.Worker;
    globalThis.Worker = class {
      constructor() {
        throw new DOMException("Refused to create a worker: violates the Content Security Policy directive \"worker-src 'none'\"", 'SecurityError');
      }
    } as unknown as typeof Worker;
    try {
      const { client, faults } = start();
      await client.load([phone(), hoodie()]);
      expect((await client.search('phone')).hits[0]?.product.id).toBe('phone-1');
      expect(faults.map((f) => f.kind)).toEqual(['in-page']);
      expect(faults[0]!.error.name).toBe('SecurityError');
    } finally {
      globalThis.Worker = RealWorker;
    }
  });

  it('a worker that never says it runs is given up after the start timeout', async () => {
    const silent = URL.createObjectURL(new Blob(['/* loads, never answers */'], { type: 'text/javascript' }));
    const { client, faults } = start({ workerUrl: silent, startTimeoutMs: 800 });
    const started = performance.now();
    await client.load([phone()]);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(faults.map((f) => [f.kind, f.error.message])).toEqual([['in-page', 'The engine worker could not start (no answer in 800 ms)']]);
  });
});

describe('a model host that sends the wrong bytes (Chromium)', () => {
  it('ends in a clear model error, and no progress report arrives after it (never "Loading… 100%" over the error)', async () => {
    const model = (testManifestJson as ModelManifest).models.embeddings;
    const files = model.files.filter((f) => f.path !== 'onnx/model.onnx').map((f) => (f.path.endsWith('.onnx') ? { ...f, sha256: '0'.repeat(64) } : f));
    const client = new EngineClient({ modelHost, manifest: { models: { embeddings: { ...model, files } } }, cacheName: `aisle-late-progress-${Date.now()}` });
    try {
      await client.load([phone(), hoodie()]);
      let settled = false;
      const late: number[] = [];
      const progress: number[] = [];
      const status = await client.prepareModels((p) => {
        if (p.status !== 'progress') return;
        progress.push(p.progress);
        if (settled) late.push(p.progress);
      });
      settled = true;
      expect(status.models.embeddings).toMatchObject({ state: 'error', message: expect.stringMatching(/SHA-256/) });
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(progress.length).toBeGreaterThan(0);
      expect(late).toEqual([]);
      expect((await client.search('hoodie')).hits[0]?.product.id).toBe('hoodie-1');
    } finally {
      client.dispose();
    }
  });
});

describe('<aisle-assistant> when its worker dies or cannot start (Chromium)', () => {
  const products = [phone(), hoodie()];

  async function mount(): Promise<{ el: AisleAssistant; errors: string[] }> {
    const el = document.createElement('aisle-assistant');
    el.setAttribute('model-host', '/models/test/');
    el.setAttribute('open', '');
    const errors: string[] = [];
    el.addEventListener('aisle-error', (e) => errors.push(e.message));
    const ready = new Promise((resolve) => el.addEventListener('aisle-ready', resolve, { once: true }));
    document.body.append(el);
    await ready;
    await el.setProducts(products);
    return { el, errors };
  }
  const status = (el: AisleAssistant) => el.shadowRoot!.querySelector<HTMLElement>('[part="status"]');

  afterEach(() => {
    document.body.replaceChildren();
    sessionStorage.clear();
  });

  it('a worker killed mid-question: the answer still comes, one aisle-error says so, no error reply', async () => {
    const { el, errors } = await mount();
    const client = (el as unknown as { engine: { client: EngineClient } }).engine.client;
    const first = client.worker!;
    const answer = el.search('hoodie');
    first.terminate();
    expect((await answer)?.hits[0]?.product.id).toBe('hoodie-1');
    expect(errors).toEqual(['The assistant stopped and restarted; your question was asked again.']);
    expect(el.shadowRoot!.querySelector('[part="error"]')).toBeNull();
    expect((await el.search('phone'))?.hits[0]?.product.id).toBe('phone-1');
    expect(errors).toHaveLength(1);
  });

  it('no worker can start (the browser refuses it): the status says once that quick search answers on the page, and it does', async () => {
    const RealWorker = globalThis.Worker;
    globalThis.Worker = class {
      constructor() {
        throw new DOMException('Refused to create a worker', 'SecurityError');
      }
    } as unknown as typeof Worker;
    try {
      const { el, errors } = await mount();
      await until(() => status(el)?.dataset.state === 'page');
      expect(status(el)!.textContent).toBe(stringsFor('en').modelInPage);
      expect((await el.search('hoodie'))?.hits[0]?.product.id).toBe('hoodie-1');
      expect((await el.search('phone'))?.hits[0]?.product.id).toBe('phone-1');
      await el.updateComplete;
      expect(status(el)?.dataset.state).toBe('page');
      expect(errors).toEqual([stringsFor('en').modelInPage]);
      expect(el.shadowRoot!.querySelector('[part="error"]')).toBeNull();
    } finally {
      globalThis.Worker = RealWorker;
    }
  });
});
