import { afterEach, describe, expect, it } from 'vitest';
import { defineAisle } from '../../src/define.ts';
import type { AisleAssistant } from '../../src/components/aisle-assistant/aisle-assistant.ts';
import catalogText from '../../demo/catalog/dummyjson_products.jsonl?raw';
import { parseCatalogFeed } from '../../workers/catalog/parse-feed.ts';
import { stringsFor } from '../../src/strings.ts';
import { until } from '../helpers/until.ts';

defineAisle(new URL('/', location.href));

// A Chinese shopper on an English shop page: answers follow the language they write in, and so do the
// panel's suggested questions, its model status and the compare table's labels.
const phone = parseCatalogFeed(catalogText).products.find((p) => p.id === 'dj-121')!;
const han = /\p{Script=Han}/u;
const ascii = /^[\x20-\x7e]+$/;

/** The phone's product page (schema.org Product JSON-LD, as the demo shop writes it), English unless `lang`. */
async function mount(lang = 'en'): Promise<AisleAssistant> {
  document.documentElement.lang = lang;
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.textContent = JSON.stringify({
    '@context': 'https://schema.org', '@type': 'Product', sku: phone.id, name: phone.title, brand: { '@type': 'Brand', name: phone.brand },
    category: phone.category, description: phone.description, offers: { '@type': 'Offer', price: phone.price, priceCurrency: 'USD' },
    additionalProperty: Object.entries(phone.attributes).map(([name, value]) => ({ '@type': 'PropertyValue', name, value: String(value) })),
  });
  document.body.append(script);
  const el = document.createElement('aisle-assistant');
  el.setAttribute('storage-key', `test-${crypto.randomUUID()}`);
  el.setAttribute('model-host', '/models/test/');
  el.setAttribute('models', 'off');
  el.setAttribute('catalog', '/demo/catalog/dummyjson_products.jsonl');
  el.setAttribute('open', '');
  const ready = new Promise((resolve) => el.addEventListener('aisle-ready', resolve, { once: true }));
  document.body.append(el);
  await ready;
  await el.updateComplete;
  return el;
}

const shadow = (el: AisleAssistant) => el.shadowRoot!;
const lastReply = (el: AisleAssistant) => [...shadow(el).querySelectorAll('[part="reply"]')].at(-1) as HTMLElement | undefined;
const bar = (el: AisleAssistant) => shadow(el).querySelector<HTMLElement>('[part="suggestions"]');
const chips = (root: ParentNode) => [...root.querySelectorAll('[part="suggestion"]')].map((b) => b.textContent!.trim());
const status = (el: AisleAssistant) => shadow(el).querySelector<HTMLElement>('[part="status"]')!;

async function ask(el: AisleAssistant, text: string): Promise<HTMLElement> {
  const before = shadow(el).querySelectorAll('[part="reply"]').length;
  await el.search(text);
  await el.updateComplete;
  return until(() => shadow(el).querySelectorAll('[part="reply"]').length > before && lastReply(el));
}

afterEach(() => {
  document.body.replaceChildren();
  sessionStorage.clear();
  document.documentElement.lang = 'en';
});

describe("the panel speaks the shopper's language, not only the page's", () => {
  it('suggested questions and the model status follow a Chinese shopper on an English page, and an English one back', async () => {
    const el = await mount();
    // Before anything is typed: the page's language.
    await until(() => bar(el) && chips(bar(el)!).length);
    expect(chips(bar(el)!).every((q) => ascii.test(q))).toBe(true);
    expect(status(el).textContent!.trim()).toBe(stringsFor('en').modelOff);

    // A Chinese search: the bar (shown again under results) and the status line are in Chinese.
    await ask(el, '笔记本电脑');
    const zhBar = await until(() => bar(el)?.getAttribute('lang') === 'zh' && chips(bar(el)!).length > 0 && bar(el));
    expect(chips(zhBar).every((q) => han.test(q))).toBe(true);
    expect(zhBar.getAttribute('aria-label')).toBe(stringsFor('zh').suggestedQuestions);
    expect(status(el).textContent!.trim()).toBe(stringsFor('zh').modelOff);
    expect(status(el).getAttribute('lang')).toBe('zh');

    // A Chinese question about the page product: its follow-ups are Chinese too.
    const reply = await ask(el, '有摄像头吗？');
    const answer = await until(() => reply.querySelector('aisle-answer'));
    const followUps = await until(() => answer.shadowRoot?.querySelector('[part="suggestion"]') && chips(answer.shadowRoot!));
    expect(followUps.every((q) => han.test(q))).toBe(true);

    // The shopper writes in English again: English again.
    await ask(el, 'laptop');
    const enBar = await until(() => bar(el)?.getAttribute('lang') === 'en' && bar(el));
    expect(chips(enBar).every((q) => ascii.test(q))).toBe(true);
    expect(status(el).textContent!.trim()).toBe(stringsFor('en').modelOff);
  });

  it('the compare table speaks the shopper\'s language: vocabulary words for spec rows, others as written and marked English', async () => {
    /** The compare table's rows (label, its lang, the cells), once the reply's table is there. */
    const table = (reply: HTMLElement) => until(() => {
      const trs = [...reply.querySelectorAll('[part="compare"] tbody tr')];
      return trs.length ? new Map(trs.map((tr) => [tr.children[0]!.textContent!.trim(), { lang: tr.children[0]!.getAttribute('lang'), cells: [...tr.children].slice(1).map((c) => c.textContent!.trim()) }])) : undefined;
    });
    const el = await mount();
    let reply = await ask(el, '比较一下 iPhone X 和 Oppo F19');
    let rows = await table(reply);
    expect(reply.querySelector('[part="compare"]')!.getAttribute('lang')).toBe('zh');
    expect(reply.querySelector('[part="compare"] caption')!.textContent!.trim()).toBe(stringsFor('zh').compareCaption);
    expect([...rows.keys()].slice(0, 3)).toEqual(['价格', '评分', '品牌']);
    expect(rows.get('重量')).toEqual({ lang: null, cells: ['1（未注明单位）', '6（未注明单位）'] });
    expect(rows.get('尺寸')?.lang).toBeNull();
    expect(rows.get('保修')?.lang).toBeNull();
    expect(rows.has('Weight')).toBe(false);
    // A row no vocabulary word names stays as the shop wrote it, marked as English; none is half translated.
    for (const [label, row] of rows) expect(row.lang === 'en' ? ascii.test(label) : han.test(label)).toBe(true);

    // Picked from results after a Chinese search: the same.
    await ask(el, '手机');
    const cards = await until(() => {
      const found = [...lastReply(el)!.querySelectorAll<HTMLElement>('[part="card"]')];
      return found.length >= 2 && found;
    });
    for (const card of cards.slice(0, 2)) card.querySelector<HTMLButtonElement>('[part="compare-toggle"]')!.click();
    await el.updateComplete;
    shadow(el).querySelector<HTMLButtonElement>('[part="compare-button"]')!.click();
    reply = await until(() => lastReply(el)?.querySelector('[part="compare"]') && lastReply(el)!);
    rows = await table(reply);
    expect([...rows.keys()]).toContain('重量');
    expect([...shadow(el).querySelectorAll('[part="ask"]')].at(-1)!.textContent).toContain('对比');

    // An English shopper on the same page: English.
    rows = await table(await ask(el, 'compare the iPhone X with the Oppo F19'));
    expect(rows.get('Weight')).toEqual({ lang: null, cells: ['1 (unit not stated)', '6 (unit not stated)'] });
    expect(rows.has('Warranty information')).toBe(true);
  });

  it('a Chinese page stays Chinese for its shopper', async () => {
    const el = await mount('zh-CN');
    await until(() => bar(el) && chips(bar(el)!).length);
    expect(chips(bar(el)!).every((q) => han.test(q))).toBe(true);
    await ask(el, '笔记本电脑');
    await until(() => bar(el) && chips(bar(el)!).length);
    expect(chips(bar(el)!).every((q) => han.test(q))).toBe(true);
    expect(status(el).textContent!.trim()).toBe(stringsFor('zh').modelOff);
  });
});
