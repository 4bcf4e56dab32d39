import { afterEach, describe, expect, it } from 'vitest';
import { defineAisle } from '../../../src/define.ts';
import type { AisleModelStatus } from '../../../src/components/aisle-model-status/aisle-model-status.ts';
import type { EngineStatus } from '../../../workers/engine-api.ts';

defineAisle(new URL('/', location.href));

async function mount(status: EngineStatus, lang = 'en'): Promise<AisleModelStatus> {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  const el = document.createElement('aisle-model-status');
  el.status = status;
  wrapper.append(el);
  document.body.append(wrapper);
  await el.updateComplete;
  return el;
}

const part = (el: AisleModelStatus, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);

afterEach(() => document.body.replaceChildren());

describe('<aisle-model-status>', () => {
  it('names every task of the real manifest and says what a lite, English-only model leaves to the light path', async () => {
    const note = 'Xenova/paraphrase-multilingual-MiniLM-L12-v2 is not pinned (files with no known size or SHA-256; pin them with "npx aisle models pull"); Chinese queries use the glossary (the model reads English only)';
    const el = await mount({
      products: 3, searchPath: 'model',
      models: {
        embeddings: { state: 'ready', variant: 'lite', note }, reranking: { state: 'ready' }, sentiment: { state: 'idle', reason: 'unpinned', message: 'not pinned' },
        'translation-zh-en': { state: 'ready' }, 'translation-en-zh': { state: 'ready' }, llm: { state: 'error', reason: 'load-error', message: 'no WebGPU' },
      },
    });
    const names = [...el.shadowRoot!.querySelectorAll('[part="task-name"]')].map((n) => n.textContent);
    expect(names).toEqual(['Smart search', 'Answers', 'Review insights', 'Translation to English', 'Translation to Chinese', 'Writing assistant']);
    expect(part(el, 'note')!.textContent).toMatch(/is not pinned.*Chinese queries use the glossary/);
  });

  it('shows download progress in MB with a labelled progress bar, and that quick answers serve meanwhile', async () => {
    const el = await mount({ products: 3, searchPath: 'lexical', models: { embeddings: { state: 'loading', progress: 40, loadedBytes: 9_600_000, totalBytes: 24_000_000 } } });
    expect(part(el, 'task')!.textContent).toMatch(/Smart search\s*Downloading 9\.6 of 24\.0 MB/);
    expect(part(el, 'progress')!.getAttribute('aria-label')).toBe('Smart search: 40%');
    expect((part(el, 'progress') as HTMLProgressElement).value).toBe(40);
    expect(part(el, 'path')!.dataset.source).toBe('lexical');
  });

  it('says where a ready model runs, that it came from the device, and why WebGPU gave way', async () => {
    const el = await mount({
      products: 3, searchPath: 'model', storage: { state: 'memory', quotaBytes: 1, usageBytes: 1, persisted: false, corruptDropped: 0 },
      models: { embeddings: { state: 'ready', variant: 'lite', devices: { single: 'wasm', batch: 'webgpu' }, fromCache: true, fallback: 'WebGPU failed (lost device); using WASM' } },
    });
    expect(part(el, 'task')!.textContent).toMatch(/Ready · light model · queries on WASM, batches on WebGPU · loaded from this device/);
    expect(part(el, 'fallback')!.textContent).toMatch(/WebGPU failed/);
    expect(part(el, 'storage')!.textContent).toMatch(/Storage is full/);
    expect(part(el, 'path')!.textContent).toMatch(/on-device models/);
  });

  it('asks before downloading on a saveData connection and raises aisle-model-consent', async () => {
    const el = await mount({ products: 3, searchPath: 'lexical', models: { embeddings: { state: 'idle', reason: 'save-data', message: 'the connection asks to save data' } } }, 'zh-CN');
    const tasks: string[] = [];
    document.addEventListener('aisle-model-consent', (e) => tasks.push(e.task), { once: true });
    expect(part(el, 'task-name')!.textContent).toBe('智能搜索');
    part(el, 'consent')!.click();
    expect(tasks).toEqual(['embeddings']);
  });

  it('asks once for every model waiting for a go-ahead, with their summed size, and raises aisle-model-decline on "Not now"', async () => {
    const el = await mount({
      products: 3, searchPath: 'lexical',
      models: { embeddings: { state: 'idle', reason: 'size', bytes: 120_400_000, message: 'go-ahead' }, reranking: { state: 'idle', reason: 'size', bytes: 22_900_000 } },
    });
    expect(part(el, 'consent-prompt')!.textContent).toMatch(/^\s*Download 143 MB of AI models for better answers\?\s*Download\s*Not now\s*$/);
    let declined = 0;
    el.addEventListener('aisle-model-decline', () => declined++);
    part(el, 'decline')!.click();
    expect(declined).toBe(1);
    el.declined = true;
    await el.updateComplete;
    expect(part(el, 'decline')).toBeNull();
    expect(part(el, 'consent')!.textContent).toBe('Download 143 MB');
  });

  it('says why on a saveData or slow connection, in Chinese too', async () => {
    const el = await mount({ products: 3, searchPath: 'lexical', models: { embeddings: { state: 'idle', reason: 'save-data', bytes: 2_300_000 } } }, 'zh');
    expect(part(el, 'consent-prompt')!.textContent).toContain('当前网络较慢或处于省流量模式。下载 2.3 MB 的 AI 模型，获得更好的回答？');
    expect(part(el, 'consent')!.textContent).toBe('下载');
    expect(part(el, 'decline')!.textContent).toBe('暂不');
  });

  it('shows a failure as plain text', async () => {
    const el = await mount({ products: 3, searchPath: 'lexical', models: { embeddings: { state: 'error', message: '<b>onnx/model.onnx</b>: SHA-256 mismatch' } } });
    expect(part(el, 'task')!.querySelector('b')).toBeNull();
    expect(part(el, 'task')!.textContent).toMatch(/Could not load: <b>onnx\/model\.onnx<\/b>: SHA-256 mismatch/);
  });
});
