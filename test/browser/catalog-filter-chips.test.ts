import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { defineAisle } from '../../src/define.ts';
import type { AisleFilterChips } from '../../src/components/aisle-filter-chips/aisle-filter-chips.ts';
import type { AisleAssistant } from '../../src/components/aisle-assistant/aisle-assistant.ts';
import type { IntentChip } from '../../workers/engine-api.ts';
import catalogText from '../../demo/catalog/dummyjson_products.jsonl?raw';
import { parseCatalogFeed } from '../../workers/catalog/parse-feed.ts';
import { until } from '../helpers/until.ts';

defineAisle(new URL('/', location.href));

const chips: IntentChip[] = [
  { id: 'price', kind: 'price', label: '≤ 300', from: 'under 300' },
  { id: 'brand:apple', kind: 'brand', label: 'Apple', from: 'apple' },
  { id: 'not:leather', kind: 'exclude', label: 'leather', from: 'not leather' },
  { id: 'color:red', kind: 'color', label: 'red', from: 'red', relaxed: true },
];

async function mountChips(list: IntentChip[], lang?: string): Promise<AisleFilterChips> {
  const el = document.createElement('aisle-filter-chips');
  if (lang) el.setAttribute('lang', lang);
  el.chips = list;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const items = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="chip"]')];

afterEach(() => document.body.replaceChildren());

describe('<aisle-filter-chips>', () => {
  it('shows one labelled chip per filter, with a named remove button, and marks relaxed ones', async () => {
    const el = await mountChips(chips);
    expect(items(el).map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).toEqual(['Price≤ 300 ×', 'BrandApple ×', 'Notleather ×', 'Colourred ×']);
    expect(el.shadowRoot!.querySelector('ul')!.getAttribute('aria-label')).toBe('Filters read from your search');
    expect(items(el)[0].querySelector('button')!.getAttribute('aria-label')).toBe('Remove filter: Price ≤ 300');
    expect(items(el)[3].hasAttribute('data-relaxed')).toBe(true);
    expect(items(el)[0].title).toBe('under 300');
  });

  it('raises a cancelable aisle-filter-remove with the chip, drops it and keeps focus in the list', async () => {
    const el = await mountChips(chips);
    const removed: string[] = [];
    document.addEventListener('aisle-filter-remove', (e) => removed.push(e.chip.id), { once: true });
    items(el)[1].querySelector('button')!.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(removed).toEqual(['brand:apple']);
    expect(items(el).map((c) => c.dataset.chipId)).toEqual(['price', 'not:leather', 'color:red']);
    await until(() => el.shadowRoot!.activeElement?.closest('li')?.getAttribute('data-chip-id') === 'not:leather');
  });

  it('keeps the chip when the listener cancels the event', async () => {
    const el = await mountChips(chips);
    el.addEventListener('aisle-filter-remove', (e) => e.preventDefault(), { once: true });
    items(el)[0].querySelector('button')!.click();
    await el.updateComplete;
    expect(items(el)).toHaveLength(4);
  });

  it('speaks Chinese under lang="zh" and renders labels as text, never markup', async () => {
    const el = await mountChips([{ id: 'brand:x', kind: 'brand', label: '<img src=x onerror=alert(1)>', from: 'x' }], 'zh-CN');
    expect(items(el)[0].querySelector('img')).toBeNull();
    expect(items(el)[0].textContent).toContain('<img src=x onerror=alert(1)>');
    expect(items(el)[0].querySelector('button')!.getAttribute('aria-label')).toBe('移除筛选：品牌 <img src=x onerror=alert(1)>');
  });

  it('renders nothing without chips', async () => {
    const el = await mountChips([]);
    expect(el.shadowRoot!.querySelector('ul')).toBeNull();
  });
});

describe('<aisle-assistant> shows the parsed intent as chips; removing one widens the search', () => {
  it('iphone under 300: a price chip, only cheap iPhones; without it, the iPhone 13 Pro too', async () => {
    const el = document.createElement('aisle-assistant') as AisleAssistant;
    // Test files share one origin's sessionStorage: a key of its own keeps conversations apart.
    el.setAttribute('storage-key', `test-${crypto.randomUUID()}`);
    el.setAttribute('models', 'off');
    el.setAttribute('open', '');
    const ready = new Promise((resolve) => el.addEventListener('aisle-ready', resolve, { once: true }));
    document.body.append(el);
    await ready;
    await el.setProducts(parseCatalogFeed(catalogText).products);
    await el.search('iphone under 300');
    const chipsEl = await until(() => el.shadowRoot!.querySelector('aisle-filter-chips'));
    await until(() => items(chipsEl).length === 1);
    const cardIds = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="card"]')].map((c) => c.dataset.productId);
    await until(() => cardIds().length > 0);
    expect(cardIds()).not.toContain('dj-123');

    items(chipsEl)[0].querySelector('button')!.click();
    await until(() => cardIds().includes('dj-123'));
    expect(items(chipsEl)).toHaveLength(0);
  });
});
