import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { defineAisle } from '../../src/define.ts';
import type { AisleAssistant } from '../../src/components/aisle-assistant/aisle-assistant.ts';
import type { EngineClient } from '../../src/engine-client.ts';
import catalogText from '../../demo/catalog/dummyjson_products.jsonl?raw';
import { parseCatalogFeed } from '../../workers/catalog/parse-feed.ts';
import { until } from '../helpers/until.ts';
import { ortBuilds } from '../../common/ort-builds.ts';
import { openAisleDB } from '../../workers/storage/aisle-db.ts';
import { runtimeFileId } from '../../workers/runtime/runtime-wasm.ts';

defineAisle(new URL('/', location.href));

const products = parseCatalogFeed(catalogText).products.filter((p) => ['laptops', 'smartphones'].includes(p.category ?? ''));

/** An open assistant on a model host nothing has cached yet, asking above `askAboveMb`. */
async function mount(modelHost: string, askAboveMb: string): Promise<AisleAssistant> {
  const el = document.createElement('aisle-assistant');
  el.setAttribute('model-host', modelHost);
  el.setAttribute('ask-above-mb', askAboveMb);
  const ready = new Promise((resolve) => el.addEventListener('aisle-ready', resolve, { once: true }));
  document.body.append(el);
  await ready;
  await el.setProducts(products);
  el.open = true;
  await el.updateComplete;
  return el;
}

const status = (el: AisleAssistant) => el.shadowRoot!.querySelector('aisle-model-status');
const inStatus = (el: AisleAssistant, part: string) => status(el)?.shadowRoot?.querySelector<HTMLElement>(`[part="${part}"]`) ?? null;
/** The focused element, inside the model status's own shadow root when focus is there. */
const focused = (el: AisleAssistant) => {
  const outer = el.shadowRoot!.activeElement;
  return outer?.localName === 'aisle-model-status' ? (outer.shadowRoot!.activeElement as HTMLElement | null) : (outer as HTMLElement | null);
};

/** Tabs (at most 20 times) until `part` inside the model status has focus. */
async function tabTo(el: AisleAssistant, part: string): Promise<void> {
  for (let i = 0; i < 20 && focused(el)?.getAttribute('part') !== part; i++) await userEvent.tab();
  expect(focused(el)?.getAttribute('part')).toBe(part);
}

/** Removes the AI runtime from the widget's model cache, as on a shopper's first visit. */
async function forgetRuntime(): Promise<void> {
  const db = await openAisleDB();
  const keys = await db.getAllKeysFromIndex('model-files', 'by-model', runtimeFileId);
  await Promise.all(keys.map((key) => db.delete('model-files', key)));
  db.close();
}

/** The question's size (whole MB from 10 MB up, as the widget rounds) for the model plus either runtime build. */
const withRuntime = (modelBytes: number) => [ortBuilds().plain.bytes, ortBuilds().webgpu.bytes].map((runtime) => String(Math.round((modelBytes + runtime) / 1e6)));
/** The question for a download of one of `sizes` MB. */
const askingFor = (sizes: string[], ask: (size: string) => string) => new RegExp(sizes.map((size) => ask(size).replace(/[?.]/g, '\\$&')).join('|'));

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
  sessionStorage.clear();
});

describe('<aisle-assistant> asks before a large model download', () => {
  it('asks with the manifest\'s size; "Not now" by keyboard keeps quick answers and holds for the session; "Download" loads', async () => {
    await forgetRuntime();
    const { modelHostPath, bytes } = await commands.freshModelHost();
    const el = await mount(modelHostPath, String(bytes / 2e6)); // the download is twice the threshold
    const prompt = await until(() => inStatus(el, 'consent-prompt'), 30_000);
    // The AI runtime is not stored yet: the question counts it with the model, and the row says what each is.
    const sizes = withRuntime(bytes);
    expect(prompt.textContent).toMatch(askingFor(sizes, (size) => `Download ${size} MB of AI models for better answers?`));
    expect(prompt.getAttribute('role')).toBe('group');
    expect(inStatus(el, 'task')!.dataset.state).toBe('idle');
    expect(inStatus(el, 'task')!.textContent).toMatch(new RegExp(`${(bytes / 1e6).toFixed(1)} MB model \\+ (${[ortBuilds().plain.bytes, ortBuilds().webgpu.bytes].map((b) => (b / 1e6).toFixed(1).replace('.', '\\.')).join('|')}) MB AI runtime`));

    await tabTo(el, 'decline');
    await userEvent.keyboard('{Enter}');
    await until(() => inStatus(el, 'consent-prompt')?.hasAttribute('data-declined'), 5_000);
    expect(inStatus(el, 'decline')).toBeNull();
    expect(inStatus(el, 'consent-prompt')!.textContent).toMatch(/Quick answers only/);
    expect(sessionStorage.getItem('aisle-models-declined')).toBe('1');
    // The light path answers meanwhile.
    const results = await el.search('laptop');
    expect(results?.source).toBe('lexical');
    expect(results?.hits.length).toBeGreaterThan(0);
    // A shopper who writes in Chinese on this English page reads the model status in Chinese, and English again after English.
    await el.search('笔记本电脑');
    await until(() => inStatus(el, 'consent-prompt')?.textContent?.includes('按你的选择，本次访问仅用快速回答。'), 5_000);
    await el.search('laptop');
    await until(() => inStatus(el, 'consent-prompt')?.textContent?.includes('Quick answers only'), 5_000);

    // The next page of the same session does not ask again; the Download button stays, with the size.
    el.remove();
    const next = await mount(modelHostPath, String(bytes / 2e6));
    const declined = await until(() => (inStatus(next, 'consent-prompt')?.hasAttribute('data-declined') ? inStatus(next, 'consent-prompt') : null), 30_000);
    expect(declined.textContent).toMatch(askingFor(sizes, (size) => `Download ${size} MB`));
    expect(inStatus(next, 'decline')).toBeNull();

    await tabTo(next, 'consent');
    await userEvent.keyboard('{Enter}');
    await until(() => next.shadowRoot!.querySelector('[part="status"][data-state="ready"]'), 90_000);
    expect(sessionStorage.getItem('aisle-models-declined')).toBeNull();
    expect((await next.search('laptop'))?.source).toBe('model');
  });

  it('asks in Chinese on a Chinese page, and loads without asking below the threshold', async () => {
    await forgetRuntime();
    document.documentElement.lang = 'zh-CN';
    const { modelHostPath, bytes } = await commands.freshModelHost();
    const el = await mount(modelHostPath, String(bytes / 2e6));
    const prompt = await until(() => inStatus(el, 'consent-prompt'), 30_000);
    expect(prompt.textContent).toMatch(askingFor(withRuntime(bytes), (size) => `下载 ${size} MB 的 AI 模型，获得更好的回答？`));
    expect(inStatus(el, 'decline')!.textContent).toBe('暂不');
    el.remove();

    // Below the threshold with the runtime counted: no question.
    document.documentElement.lang = 'en';
    const fresh = await commands.freshModelHost();
    const runtimeMb = Math.max(ortBuilds().plain.bytes, ortBuilds().webgpu.bytes) / 1e6;
    const below = await mount(fresh.modelHostPath, String(fresh.bytes / 1e6 + runtimeMb + 1));
    await until(() => below.shadowRoot!.querySelector('[part="status"][data-state="ready"]'), 90_000);
    expect(inStatus(below, 'consent-prompt')).toBeNull();
    below.remove();

    // The runtime is stored now: a model under the threshold by itself loads without asking.
    const again = await commands.freshModelHost();
    const stored = await mount(again.modelHostPath, String(again.bytes / 1e6 + 1));
    await until(() => stored.shadowRoot!.querySelector('[part="status"][data-state="ready"]'), 90_000);
    expect(inStatus(stored, 'consent-prompt')).toBeNull();
  });
  it('asks for a model loaded in the background (review insights) that waits for a go-ahead while search is ready; "Download" loads it', async () => {
    // A first load stores the AI runtime, so the question is for the sentiment model alone.
    const first = await commands.freshModelHost();
    const loaded = await mount(first.modelHostPath, '1000');
    await until(() => loaded.shadowRoot!.querySelector('[part="status"][data-state="ready"]'), 90_000);
    loaded.remove();

    const { modelHostPath, taskBytes } = await commands.freshModelHost(['embeddings', 'sentiment']);
    expect(taskBytes.sentiment).toBeGreaterThan(taskBytes.embeddings);
    // Search's model is under the threshold, the sentiment model (loaded after it, in the background) over it.
    const el = await mount(modelHostPath, String((taskBytes.embeddings + taskBytes.sentiment) / 2e6));
    // The model status (in place of the status line) says search is ready and review insights wait, with the question.
    const prompt = await until(() => inStatus(el, 'consent-prompt'), 90_000);
    expect(prompt.textContent).toContain(`Download ${(taskBytes.sentiment / 1e6).toFixed(1)} MB of AI models for better answers?`);
    const row = (task: string) => status(el)!.shadowRoot!.querySelector<HTMLElement>(`[part="task"][data-task="${task}"]`)!;
    expect(row('embeddings').dataset.state).toBe('ready');
    expect(row('sentiment').dataset.state).toBe('idle');
    expect(row('sentiment').textContent).toMatch(/Review insights.*wait for your go-ahead/);
    expect(inStatus(el, 'path')!.dataset.source).toBe('model');
    expect((await el.search('laptop'))?.source).toBe('model');

    inStatus(el, 'consent')!.click();
    const client = (el as unknown as { engine: { client: EngineClient } }).engine.client;
    await until(async () => (await client.status()).models.sentiment?.state === 'ready', 90_000, 500);
    expect(inStatus(el, 'consent-prompt')).toBeNull();
  });
});
