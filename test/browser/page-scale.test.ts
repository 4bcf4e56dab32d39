/**
 * The element on a page at the scale issue 20 names (test/helpers/scale-page.ts): the page's product
 * with a 1 MB description, 10,000 listed products, the same id described twice, products without a
 * price. The widget reads what it bounds itself to, says what it left out, answers from deep in the
 * long description, merges the duplicates and shows a product without a price as one. Timings are
 * the bench's (scripts/bench/page-scale.ts); here only that the page is read in slices, with the
 * page's own tasks running between them.
 */
import { afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { defineAisle } from '../../src/define.ts';
import type { AisleAssistant } from '../../src/components/aisle-assistant/aisle-assistant.ts';
import { MAX_PAGE_PRODUCTS, readPageCatalog, readPageCatalogInSlices } from '../../src/catalog/read-page-catalog.ts';
import { readPagePolicies, readPagePoliciesInSlices } from '../../src/store/read-page-policies.ts';
import { EngineClient } from '../../src/engine-client.ts';
import { listedName, listedSku, scaleJsonLd, scalePage } from '../helpers/scale-page.ts';
import { until } from '../helpers/until.ts';
import { hoodie, phone } from '../node/qa/qa-fixtures.ts';

defineAisle(new URL('/', location.href));

/** Counts the page's own tasks (MessageChannel round trips) that run until `work` settles. */
async function tasksDuring<T>(work: () => Promise<T>): Promise<{ value: T; tasks: number }> {
  let tasks = 0;
  let done = false;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    tasks++;
    if (!done) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
  const value = await work();
  done = true;
  channel.port1.close();
  return { value, tasks };
}

const blocks: HTMLScriptElement[] = [];
beforeAll(() => {
  for (const json of scaleJsonLd()) {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = json;
    document.head.append(script);
    blocks.push(script);
  }
  return () => blocks.forEach((b) => b.remove());
});

afterEach(() => {
  document.body.replaceChildren();
  sessionStorage.clear();
});

describe('a page with 10,000 products, a 1 MB description, duplicate ids and missing prices (Chromium)', () => {
  it('is read in slices with the page’s own tasks between them, to the same catalog as the one-go reader', async () => {
    const whole = readPageCatalog(document);
    const { value: sliced, tasks } = await tasksDuring(() => readPageCatalogInSlices(document));
    expect(sliced).toEqual(whole);
    // A read in one go lets no task of the page run before it ends; this one lets them run throughout.
    expect(tasks).toBeGreaterThan(2);
    const policies = await tasksDuring(() => readPagePoliciesInSlices(document));
    expect(policies.value).toEqual(readPagePolicies(document));
    expect(policies.tasks).toBeGreaterThan(0);
  });

  it('the 3 MB block is read in the engine’s worker, or on the page when no worker can start, to the catalog of the one-go reader', async () => {
    const whole = readPageCatalog(document);
    // The fallback says once that the light path answers on the page.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    onTestFinished(() => warn.mockRestore());
    for (const workerUrl of [undefined, new URL('/chunks/engine.worker-missing.js', location.href)]) {
      const client = new EngineClient({ modelHost: new URL('/models/test/', location.href).href, models: false }, { workerUrl, onFault: () => {} });
      try {
        const sent: number[] = [];
        const sliced = await readPageCatalogInSlices(document, (texts, options) => {
          sent.push(...texts.map((t) => t.index));
          return client.readJsonLd(texts, options);
        });
        // The page's own product (block 1) is read on the page; only the listing goes to the engine.
        expect(sent).toEqual([2]);
        expect(sliced).toEqual(whole);
        expect(client.inPage).toBe(workerUrl !== undefined);
      } finally {
        client.dispose();
      }
    }
  });

  it('the element reads the first products, says what it left out, merges a product described twice and keeps one without a price', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = document.createElement('aisle-assistant') as AisleAssistant;
    el.setAttribute('models', 'off');
    el.setAttribute('storage-key', `test-${crypto.randomUUID()}`);
    el.setAttribute('open', '');
    const ready = new Promise<number>((resolve) => el.addEventListener('aisle-ready', (e) => resolve(e.products), { once: true }));
    document.body.append(el);
    expect(await ready).toBe(MAX_PAGE_PRODUCTS);
    const warnings = warn.mock.calls.map((c) => String(c[0]));
    warn.mockRestore();
    // Distinct products: the page's own and the 10,000 listed (20 of them described twice count once).
    expect(warnings).toContain(`aisle: the page describes ${scalePage.products + 1} products: only the first ${MAX_PAGE_PRODUCTS} are read`);
    await el.updateComplete;

    // The page product's fact, said once in the middle of its 1 MB description.
    const before = el.shadowRoot!.querySelectorAll('[part="reply"]').length;
    await el.search('Does it have a dimmer?');
    const reply = await until(() => el.shadowRoot!.querySelectorAll('[part="reply"]').length > before && ([...el.shadowRoot!.querySelectorAll('[part="reply"]')].at(-1) as HTMLElement));
    const answer = await until(() => reply.querySelector('aisle-answer')?.shadowRoot?.querySelector<HTMLElement>('[part="answer"][data-verdict]'));
    expect(answer.dataset.verdict).toBe('yes');
    // The answer quotes the sentence, not the megabyte around it.
    expect(reply.querySelector('aisle-answer')!.shadowRoot!.textContent!.length).toBeLessThan(5_000);

    // Listed product 0 is described twice (the second time with a brand and a colour): one product with both.
    const report = el.inspect();
    const merged = report.products.filter((p) => p.id === listedSku(0) || p.title === listedName(0));
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ title: listedName(0), brand: 'Scalewright' });
    expect(report.products.filter((p) => p.price === undefined).map((p) => p.id)).toContain(listedSku(scalePage.noPriceEvery));

    // A product without a price is found and shown without one (no "NaN", no "$0").
    const found = await el.search(listedName(scalePage.noPriceEvery));
    expect(found?.hits[0]?.product).toMatchObject({ id: listedSku(scalePage.noPriceEvery), price: undefined });
    await el.updateComplete;
    const card = await until(() => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="card"]')].find((c) => c.textContent?.includes(listedName(scalePage.noPriceEvery))));
    expect(card.querySelector('.price')).toBeNull();
    expect(card.textContent).not.toMatch(/NaN|undefined|\$0\b/);
  });

  it('products a script sets while the page is still being read are the catalog (the page read does not load over them)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = document.createElement('aisle-assistant') as AisleAssistant;
    el.setAttribute('models', 'off');
    el.setAttribute('storage-key', `test-${crypto.randomUUID()}`);
    const ready = new Promise<number>((resolve) => el.addEventListener('aisle-ready', (e) => resolve(e.products), { once: true }));
    document.body.append(el);
    const set = el.setProducts([phone(), hoodie()]);
    expect(await ready).toBe(2);
    expect(await set).toBe(2);
    warn.mockRestore();
    expect((await el.search('hoodie'))?.hits[0]?.product.id).toBe('hoodie-1');
    expect((await el.search(listedName(3)))?.hits.map((h) => h.product.id)).not.toContain(listedSku(3));
  });
});
