import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { defineAisle } from '../../src/define.ts';
import type { AisleAnswer } from '../../src/components/aisle-answer/aisle-answer.ts';
import type { AisleQuestionEvent } from '../../src/components/aisle-answer/aisle-question-event.ts';
import { askAboutProduct } from '../../workers/qa/qa.ts';
import { suggestQuestions } from '../../workers/qa/suggest-questions.ts';
import { generatedPhraser } from '../../workers/generate/generated-phraser.ts';
import { scripted } from '../helpers/scripted-generator.ts';
import { hoodie, phone } from '../node/qa/qa-fixtures.ts';

defineAisle(new URL('/', location.href));

async function mount(lang = 'en'): Promise<AisleAnswer> {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  const el = document.createElement('aisle-answer');
  wrapper.append(el);
  document.body.append(wrapper);
  await el.updateComplete;
  return el;
}

const part = (el: AisleAnswer, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part="${name}"]`)];

afterEach(() => document.body.replaceChildren());

describe('<aisle-answer> in Chromium', () => {
  it('shows the direct answer first, then the cited spec row, and the path that answered', async () => {
    const el = await mount();
    el.answer = await askAboutProduct(phone(), 'Does this phone support 5G?');
    await el.updateComplete;
    expect(part(el, 'answer')[0].textContent).toBe('Yes. Its specs say “Network: 5G”.');
    expect(part(el, 'answer')[0].dataset.verdict).toBe('yes');
    const [first] = part(el, 'evidence');
    expect(first.dataset.kind).toBe('spec');
    expect(first.textContent).toMatch(/Spec\s*Network: 5G/);
    expect(part(el, 'path')[0].dataset.source).toBe('lexical');
    expect(part(el, 'path')[0].textContent).toMatch(/Quick answer/);
  });

  it('says a model only ordered the evidence when the lexical rules decided the answer', async () => {
    const el = await mount();
    el.answer = { ...(await askAboutProduct(phone(), 'Does this phone support 5G?')), evidenceOrder: 'model', reranked: true };
    await el.updateComplete;
    const [path] = part(el, 'path');
    expect(path.dataset.source).toBe('lexical');
    expect(path.dataset.evidenceOrder).toBe('model');
    expect(path.textContent).toMatch(/Quick answer from the product data, evidence ordered by an on-device model · fixed wording/);
  });

  it('shows review quotes with stars and the positive/negative bar for an opinion answer', async () => {
    const el = await mount();
    el.answer = await askAboutProduct(phone(), 'Is the battery good?');
    await el.updateComplete;
    expect(part(el, 'answer')[0].textContent).toBe('7 of 9 reviews that mention battery are positive and 2 negative.');
    const quotes = part(el, 'evidence');
    expect(quotes.length).toBe(3);
    expect(quotes.every((q) => q.dataset.kind === 'review' && q.querySelector('q') && /stars/.test(q.textContent!))).toBe(true);
    const bar = part(el, 'opinion')[0];
    expect(bar.getAttribute('aria-label')).toBe('7 positive, 2 negative, 0 neutral');
    expect(bar.querySelector<HTMLElement>('.positive')!.getBoundingClientRect().width).toBeGreaterThan(bar.querySelector<HTMLElement>('.negative')!.getBoundingClientRect().width);
  });

  it('says plainly when the data does not say, with what to check, and no evidence', async () => {
    const el = await mount();
    el.answer = await askAboutProduct(phone(), 'Is it waterproof?');
    await el.updateComplete;
    expect(part(el, 'answer')[0].dataset.verdict).toBe('not-stated');
    expect(part(el, 'evidence')).toHaveLength(0);
    expect(el.shadowRoot!.querySelector('.check')!.textContent).toMatch(/ask the seller/);
  });

  it('renders page and review text as text, never as markup', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><b>bold</b> battery is great';
    const el = await mount();
    el.answer = await askAboutProduct({ ...hoodie(), reviews: [{ text: evil, rating: 5 }] }, 'Is the battery good?');
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect([...root.querySelectorAll('[part="evidence"]')].some((e) => e.textContent!.includes('<img src=x'))).toBe(true);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('shows streamed tokens while the answer is worded, then the whole answer', async () => {
    const el = await mount();
    const seen: string[] = [];
    const answer = await askAboutProduct(hoodie(), 'Is it machine washable?', {
      onToken: async (token) => {
        el.appendToken(token);
        await el.updateComplete;
        seen.push(part(el, 'answer')[0].textContent!);
      },
    });
    expect(seen.length).toBeGreaterThan(3);
    expect(seen[0].length).toBeLessThan(seen.at(-1)!.length);
    expect(part(el, 'answer')[0].getAttribute('aria-busy')).toBe('true');
    el.answer = answer;
    await el.updateComplete;
    expect(part(el, 'answer')[0].textContent).toBe(answer.text);
    expect(part(el, 'answer')[0].hasAttribute('aria-busy')).toBe(false);
  });

  it('raises aisle-question when the shopper picks a suggested question (keyboard too)', async () => {
    const el = await mount();
    el.suggestions = suggestQuestions(phone());
    await el.updateComplete;
    const picked: string[] = [];
    el.addEventListener('aisle-question', (e: AisleQuestionEvent) => picked.push(e.question));
    const buttons = part(el, 'suggestion');
    expect(buttons.length).toBeGreaterThanOrEqual(3);
    buttons[0].click();
    buttons[1].focus();
    await userEvent.keyboard('{Enter}');
    expect(picked).toEqual([buttons[0].textContent, buttons[1].textContent]);
  });

  it('labels evidence in Chinese on a Chinese page and answers a Chinese question in Chinese', async () => {
    const el = await mount('zh');
    el.answer = await askAboutProduct(phone(), '这个手机支持5G吗？');
    await el.updateComplete;
    expect(part(el, 'answer')[0].textContent).toBe('是的。规格中写着（英文原文）“Network: 5G”。');
    expect(part(el, 'evidence')[0].querySelector('.kind')!.textContent).toBe('规格');
    // The English evidence is marked with its language; no translate button without a translator.
    expect(part(el, 'original')[0].textContent).toBe('原文（英文）');
    expect(part(el, 'translate-quotes')).toHaveLength(0);
    expect(part(el, 'path')[0].textContent).toBe('根据商品资料快速回答 · 固定措辞');
  });

  it('says who worded the answer: the on-device model, or the fixed wording with the reason a model was not used', async () => {
    const el = await mount();
    el.answer = await askAboutProduct(phone(), 'Does this phone support 5G?', { phraser: generatedPhraser(scripted('Yes, it supports 5G.')) });
    await el.updateComplete;
    expect(part(el, 'answer')[0].textContent).toBe('Yes, it supports 5G.');
    expect(part(el, 'path')[0].dataset.phrasing).toBe('generated');
    expect(part(el, 'path')[0].textContent).toMatch(/worded by an on-device model/);
    el.answer = await askAboutProduct(phone(), 'Does this phone support 5G?', { phraser: generatedPhraser(scripted('It is free today.')) });
    await el.updateComplete;
    expect(part(el, 'answer')[0].textContent).toBe('Yes. Its specs say “Network: 5G”.');
    expect(part(el, 'path')[0].dataset.phrasing).toBe('template');
    expect(part(el, 'path')[0].textContent).toMatch(/fixed wording/);
    expect(part(el, 'path')[0].title).toMatch(/not grounded/);
  });
});
