import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { defineAisle } from '../../src/define.ts';
import { EngineClient } from '../../src/engine-client.ts';
import type { AisleReviewSummary } from '../../src/components/aisle-review-summary/aisle-review-summary.ts';
import { summarizeReviews } from '../../workers/reviews/summarize-reviews.ts';
import { CHINESE_PHONE_REVIEWS, HEADPHONE_REVIEWS, INJECTION_REVIEW, productWith } from '../helpers/review-fixtures.ts';

defineAisle(new URL('/', location.href));

async function mount(reviews = HEADPHONE_REVIEWS, lang?: string, labelLanguage?: 'en' | 'zh'): Promise<AisleReviewSummary> {
  const el = document.createElement('aisle-review-summary');
  el.summary = await summarizeReviews('p', reviews, { productTitle: 'Wireless Headphones', labelLanguage });
  const host = document.createElement('div');
  if (lang) host.lang = lang;
  host.append(el);
  document.body.append(host);
  await el.updateComplete;
  return el;
}

const $ = (el: AisleReviewSummary, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: AisleReviewSummary, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

afterEach(() => {
  document.body.replaceChildren();
});

describe('<aisle-review-summary> in Chromium', () => {
  it('shows customers-say sentences quoted from the reviews, rating bars, pros and cons', async () => {
    const el = await mount();
    const quotes = $$(el, '[part="text"] q');
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    expect(quotes.length).toBeLessThanOrEqual(4);
    for (const q of quotes) expect(HEADPHONE_REVIEWS[Number(q.dataset.reviewIndex)].text).toContain(q.textContent!.trim());
    expect($(el, '[part="ratings"] [data-stars="5"]')!.textContent).toBe('4');
    expect($(el, '[part="ratings"] [data-stars="1"]')!.textContent).toBe('1');
    expect($(el, '[part="pros"]')!.textContent).toMatch(/Sound/);
    expect($(el, '[part="cons"]')!.textContent).toMatch(/Battery/);
  });

  it('opens the quotes behind a chip, and their count matches the chip', async () => {
    const el = await mount();
    const events: Array<string | undefined> = [];
    el.addEventListener('aisle-aspect-select', (e) => events.push(e.aspect?.id));
    const chip = $$(el, '[part~="chip"]').find((c) => c.dataset.aspect === 'battery')!;
    const positive = Number(chip.querySelector('[data-count="positive"]')!.textContent!.replace('+', ''));
    const negative = Number(chip.querySelector('[data-count="negative"]')!.textContent!.replace('−', ''));
    expect(chip.getAttribute('aria-expanded')).toBe('false');

    chip.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(chip.getAttribute('aria-expanded')).toBe('true');
    const items = $$(el, '[part="quotes"] li');
    expect(items.filter((li) => li.dataset.polarity === 'positive')).toHaveLength(positive);
    expect(items.filter((li) => li.dataset.polarity === 'negative')).toHaveLength(negative);
    expect(items.length).toBe(el.summary!.aspects.find((a) => a.id === 'battery')!.quotes.length);
    for (const li of items) expect(HEADPHONE_REVIEWS[Number(li.dataset.reviewIndex)].text).toMatch(/battery/i);

    chip.click();
    await el.updateComplete;
    expect($(el, '[part="quotes"]')).toBeNull();
    expect(events).toEqual(['battery', undefined]);
  });

  it('renders an injection review as plain text: no markup, no element made from it', async () => {
    const reviews = [INJECTION_REVIEW, { text: 'The battery is <b>bad</b> <img src=x onerror="window.pwned=1">, it died fast.', rating: 1 }, ...HEADPHONE_REVIEWS];
    const el = await mount(reviews);
    const battery = $$(el, '[part~="chip"]').find((c) => c.dataset.aspect === 'battery')!;
    battery.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img, b, script')).toBeNull();
    expect($(el, '[part="quotes"]')!.textContent).toContain('<img src=x onerror="window.pwned=1">');
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it('speaks Chinese for Chinese pages and reviews', async () => {
    const el = await mount(CHINESE_PHONE_REVIEWS, 'zh-CN');
    expect($(el, 'h3')!.textContent).toBe('买家评价');
    const names = $$(el, '[part~="chip"]').map((c) => c.textContent!);
    expect(names.join(' ')).toMatch(/屏幕/);
    expect($(el, '[part="cons"]')!.textContent).toMatch(/电池/);
  });

  it("speaks the shopper's language on a page in another: Chinese labels, English quotes marked and translated on request", async () => {
    const el = await mount(HEADPHONE_REVIEWS, 'en', 'zh');
    const asked: string[][] = [];
    el.translator = { translate: async (texts, to) => (asked.push(texts), { texts: texts.map((t) => `译：${t}`), to, source: 'lexical', cached: 0, translated: 0 }) };
    await el.updateComplete;
    expect($(el, 'h3')!.textContent).toBe('买家评价');
    expect($(el, '.meta')!.textContent).toMatch(/基于 10 条评价/);
    expect($(el, '[part="pros"]')!.textContent).toMatch(/音质/);
    expect($(el, '[part="cons"]')!.textContent).toMatch(/电池/);
    expect($(el, '[part="pros"]')!.textContent + $(el, '[part="cons"]')!.textContent).not.toMatch(/Sound|Battery/);
    // The quotes stay verbatim in English, each marked as such, with one translate button in Chinese.
    const marks = $$(el, '[part="text"] [part="original"]');
    expect(marks.length).toBe($$(el, '[part="text"] q').length);
    expect(marks[0].textContent).toBe('原文（英文）');
    const button = $(el, '[part="translate-quotes"]')!;
    expect(button.textContent).toBe('翻译原文');
    button.click();
    await expect.poll(() => $$(el, '[part="text"] [part="translation"]').length).toBe(marks.length);
    expect(asked[0]).toEqual(el.summary!.customersSay.map((q) => q.text));
    // Opening a chip shows its quotes marked the same way.
    const battery = $$(el, '[part~="chip"]').find((c) => c.dataset.aspect === 'battery')!;
    expect(battery.textContent).toMatch(/电池/);
    battery.click();
    await el.updateComplete;
    expect($$(el, '[part="quotes"] [part="original"]').length).toBe(el.summary!.aspects.find((a) => a.id === 'battery')!.quotes.length);
  });

  it('brings the quotes of an opened chip into view inside a scrolling log', async () => {
    const el = await mount();
    const log = el.parentElement!;
    Object.assign(log.style, { height: '160px', overflow: 'auto' });
    const chip = $$(el, '[part~="chip"]').find((c) => c.dataset.aspect === 'battery')!;
    chip.click();
    await expect.poll(() => {
      const quotes = $(el, '[part="quotes"]')?.getBoundingClientRect();
      const view = log.getBoundingClientRect();
      return !!quotes && quotes.top >= view.top - 1 && Math.min(quotes.bottom, quotes.top + view.height) <= view.bottom + 1;
    }).toBe(true);
  });

  it('says so under Pros when no aspect is mostly praised, instead of an empty heading (English and Chinese)', async () => {
    const complaints = [{ rating: 1, text: 'The battery died after a week.' }, { rating: 2, text: 'The battery is weak and the sound is thin.' }];
    const el = await mount(complaints);
    expect($(el, '[part="pros"]')!.textContent).toBe('No aspect that reviewers mostly praise.');
    expect($(el, '[part="cons"]')!.textContent).toMatch(/Battery/);
    const zh = await mount(complaints, 'en', 'zh');
    expect($(zh, '[part="pros"]')!.textContent).toBe('没有买家主要称赞的方面。');
  });

  it('says so when a product has no reviews', async () => {
    const el = await mount([]);
    expect(el.shadowRoot!.textContent).toMatch(/No reviews yet/);
    expect($(el, '[part="chips"]')).toBeNull();
  });

  it('gets its summary from the engine worker, offline', async () => {
    await commands.startRecordingRequests();
    const client = new EngineClient({ modelHost: new URL('/models/test/', location.href).href, models: false });
    await client.load([productWith(HEADPHONE_REVIEWS, 'headphones', 'Wireless Headphones'), productWith(CHINESE_PHONE_REVIEWS, 'zh-phone', '手机')]);
    const el = document.createElement('aisle-review-summary');
    el.summary = await client.summarizeReviews('zh-phone');
    document.body.append(el);
    await el.updateComplete;
    expect(el.summary.source).toBe('lexical');
    expect($$(el, '[part="text"] q').length).toBeGreaterThanOrEqual(2);
    client.dispose();
    const outside = (await commands.recordedRequests()).filter((url) => !url.startsWith(location.origin) && !url.startsWith('blob:') && !url.startsWith('data:'));
    expect(outside).toEqual([]);
  });
});
