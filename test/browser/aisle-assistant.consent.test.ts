import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { defineAisle } from '../../src/define.ts';
import type { AisleAssistant } from '../../src/components/aisle-assistant/aisle-assistant.ts';
import catalogText from '../../demo/catalog/dummyjson_products.jsonl?raw';
import { parseCatalogFeed } from '../../workers/catalog/parse-feed.ts';
import { until } from '../helpers/until.ts';

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

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
  sessionStorage.clear();
});

describe('<aisle-assistant> asks before a large model download', () => {
  it('asks with the manifest\'s size; "Not now" by keyboard keeps quick answers and holds for the session; "Download" loads', async () => {
    const { modelHostPath, bytes } = await commands.freshModelHost();
    const el = await mount(modelHostPath, String(bytes / 2e6)); // the download is twice the threshold
    const prompt = await until(() => inStatus(el, 'consent-prompt'), 30_000);
    const size = (bytes / 1e6).toFixed(1);
    expect(prompt.textContent).toContain(`Download ${size} MB of AI models for better answers?`);
    expect(prompt.getAttribute('role')).toBe('group');
    expect(inStatus(el, 'task')!.dataset.state).toBe('idle');

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

    // The next page of the same session does not ask again; the Download button stays, with the size.
    el.remove();
    const next = await mount(modelHostPath, String(bytes / 2e6));
    const declined = await until(() => (inStatus(next, 'consent-prompt')?.hasAttribute('data-declined') ? inStatus(next, 'consent-prompt') : null), 30_000);
    expect(declined.textContent).toContain(`Download ${size} MB`);
    expect(inStatus(next, 'decline')).toBeNull();

    await tabTo(next, 'consent');
    await userEvent.keyboard('{Enter}');
    await until(() => next.shadowRoot!.querySelector('[part="status"][data-state="ready"]'), 90_000);
    expect(sessionStorage.getItem('aisle-models-declined')).toBeNull();
    expect((await next.search('laptop'))?.source).toBe('model');
  });

  it('asks in Chinese on a Chinese page, and loads without asking below the threshold', async () => {
    document.documentElement.lang = 'zh-CN';
    const { modelHostPath, bytes } = await commands.freshModelHost();
    const el = await mount(modelHostPath, String(bytes / 2e6));
    const prompt = await until(() => inStatus(el, 'consent-prompt'), 30_000);
    expect(prompt.textContent).toContain(`下载 ${(bytes / 1e6).toFixed(1)} MB 的 AI 模型，获得更好的回答？`);
    expect(inStatus(el, 'decline')!.textContent).toBe('暂不');
    el.remove();

    document.documentElement.lang = 'en';
    const fresh = await commands.freshModelHost();
    const below = await mount(fresh.modelHostPath, String(fresh.bytes / 1e6 + 1));
    await until(() => below.shadowRoot!.querySelector('[part="status"][data-state="ready"]'), 90_000);
    expect(inStatus(below, 'consent-prompt')).toBeNull();
  });
});
