import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { defineAisle } from '../../src/define.ts';
import type { AisleAssistant } from '../../src/components/aisle-assistant/aisle-assistant.ts';
import type { EngineClient } from '../../src/engine-client.ts';
import type { ModelProgress, ProductAnswer } from '../../workers/engine-api.ts';
import catalogText from '../../demo/catalog/dummyjson_products.jsonl?raw';
import { parseCatalogFeed } from '../../workers/catalog/parse-feed.ts';
import { until } from '../helpers/until.ts';

defineAisle(new URL('/', location.href));

// The Q&A re-ranker loads on the first product question. When its download is above `ask-above-mb`,
// the shopper is asked like for the other models; "Not now" holds; "Download" loads it, with progress.

const products = parseCatalogFeed(catalogText).products.filter((p) => ['laptops', 'smartphones'].includes(p.category ?? ''));
const phone = products.find((p) => p.category === 'smartphones')!;

/** A product page: the phone's schema.org Product JSON-LD. */
function productPage(): void {
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.textContent = JSON.stringify({
    '@context': 'https://schema.org', '@type': 'Product', sku: phone.id, name: phone.title, category: phone.category, description: phone.description,
    offers: { '@type': 'Offer', price: phone.price, priceCurrency: 'USD' },
    additionalProperty: Object.entries(phone.attributes).map(([name, value]) => ({ '@type': 'PropertyValue', name, value: String(value) })),
  });
  document.body.append(script);
}

/** An open assistant on `modelHost`, asking above `askAboveMb`, with its models' first load done. */
async function mount(modelHost: string, askAboveMb: string): Promise<AisleAssistant> {
  const el = document.createElement('aisle-assistant');
  el.setAttribute('storage-key', `test-${crypto.randomUUID()}`);
  el.setAttribute('model-host', modelHost);
  el.setAttribute('ask-above-mb', askAboveMb);
  const ready = new Promise((resolve) => el.addEventListener('aisle-ready', resolve, { once: true }));
  document.body.append(el);
  await ready;
  await el.setProducts(products);
  el.open = true;
  await el.updateComplete;
  await until(() => el.shadowRoot!.querySelector('[part="status"][data-state="ready"]'), 90_000);
  return el;
}

const status = (el: AisleAssistant) => el.shadowRoot!.querySelector('aisle-model-status');
const inStatus = (el: AisleAssistant, part: string) => status(el)?.shadowRoot?.querySelector<HTMLElement>(`[part="${part}"]`) ?? null;
const row = (el: AisleAssistant, task: string) => status(el)?.shadowRoot?.querySelector<HTMLElement>(`[part="task"][data-task="${task}"]`) ?? null;
const client = (el: AisleAssistant) => (el as unknown as { engine: { client: EngineClient } }).engine.client;

/** Asks about the page's product as the shopper would; resolves with the answer the turn shows. */
async function askProduct(el: AisleAssistant, question: string): Promise<ProductAnswer> {
  await el.search(question);
  const reply = el.conversation.at(-1)!.reply;
  if (reply.kind !== 'product-answer') throw new Error(`"${question}" got a ${reply.kind} reply`);
  return reply.answer;
}

afterEach(() => {
  document.body.replaceChildren();
  sessionStorage.clear();
});

describe('<aisle-assistant> asks for the Q&A re-ranker like the other models', () => {
  it('asks after the first product question; "Not now" holds on later questions; "Download" loads it with progress and answers use it', async () => {
    // A first load stores the AI runtime, so the question is for the re-ranker alone.
    const first = await commands.freshModelHost();
    (await mount(first.modelHostPath, '1000')).remove();

    const { modelHostPath, taskBytes } = await commands.freshModelHost(['embeddings', 'reranking']);
    expect(taskBytes.reranking).toBeGreaterThan(taskBytes.embeddings);
    productPage();
    // Search's model is under the threshold (it loads without asking), the re-ranker over it.
    const el = await mount(modelHostPath, String((taskBytes.embeddings + taskBytes.reranking) / 2e6));
    expect(status(el)).toBeNull(); // nothing waits yet: the re-ranker is planned on the first product question
    expect((await client(el).status()).models.reranking).toBeUndefined();

    const firstAnswer = await askProduct(el, 'How much does it weigh?');
    expect(firstAnswer.reranked).toBeUndefined();
    // The model status says what waits and how large it is, with the question.
    const prompt = await until(() => inStatus(el, 'consent-prompt'), 30_000);
    const size = (taskBytes.reranking / 1e6).toFixed(1);
    expect(prompt.textContent).toContain(`Download ${size} MB of AI models for better answers?`);
    expect(row(el, 'embeddings')!.dataset.state).toBe('ready');
    expect(row(el, 'reranking')!.dataset.state).toBe('idle');
    expect(row(el, 'reranking')!.textContent).toMatch(new RegExp(`Answers.*wait for your go-ahead \\(${size.replace('.', '\\.')} MB download\\)`));

    // "Not now": quick answers go on, later questions do not ask again, nothing is downloaded.
    inStatus(el, 'decline')!.click();
    await until(() => inStatus(el, 'consent-prompt')?.hasAttribute('data-declined'), 5_000);
    expect(sessionStorage.getItem('aisle-models-declined')).toBe('1');
    expect((await askProduct(el, 'What are the dimensions?')).reranked).toBeUndefined();
    await el.updateComplete;
    expect(inStatus(el, 'decline')).toBeNull();
    expect(inStatus(el, 'consent-prompt')!.textContent).toMatch(/Quick answers only/);
    expect((await client(el).status()).models.reranking).toMatchObject({ state: 'idle', reason: 'size' });

    // "Download": the question goes at once, the row shows the download, and the re-ranker loads.
    const progress: ModelProgress[] = [];
    el.addEventListener('aisle-model-progress', (e) => progress.push((e as Event & { progress: ModelProgress }).progress));
    expect(inStatus(el, 'consent')!.textContent).toBe(`Download ${size} MB`);
    inStatus(el, 'consent')!.click();
    await el.updateComplete;
    await status(el)!.updateComplete;
    expect(inStatus(el, 'consent-prompt')).toBeNull();
    expect(row(el, 'reranking')!.dataset.state).toBe('loading');
    expect(row(el, 'reranking')!.textContent).toMatch(new RegExp(`Downloading [\\d.]+ of ${size.replace('.', '\\.')} MB`));
    await until(async () => (await client(el).status()).models.reranking?.state === 'ready', 90_000, 200);
    await until(() => !status(el) && el.shadowRoot!.querySelector('[part="status"][data-state="ready"]'), 10_000);
    expect(progress.some((p) => p.task === 'reranking' && p.status === 'progress')).toBe(true);
    expect(sessionStorage.getItem('aisle-models-declined')).toBeNull();

    // Answers now have their evidence re-read by the model.
    expect(await askProduct(el, 'How much does it weigh?')).toMatchObject({ evidenceOrder: 'model', reranked: true });
    expect(status(el)).toBeNull();
  });
});
