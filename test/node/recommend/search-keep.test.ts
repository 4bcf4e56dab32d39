import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../workers/recommend/history-store.ts';
import { keptSearchWords } from '../../../workers/recommend/search-keep.ts';
import { normalizeShopperEvent } from '../../../workers/recommend/shopper-event.ts';

describe('what the history keeps of a search: its search words, never personal data', () => {
  it('keeps the search words of an ordinary search, not the sentence around them', () => {
    expect(keptSearchWords('Hi! I am looking for a warm red hoodie for my son, please')).toBe('hi am warm red hoodie son');
    expect(keptSearchWords('running shoes under 100')).toBe('running shoes under 100');
    expect(keptSearchWords('适合跑步的运动鞋')).toBe('跑步 运动 鞋');
  });

  it.each([
    ['a test card number', 'pay with 4242 4242 4242 4242 exp 12/34', 'pay exp 12 34'],
    ['a card number without spaces', 'card 4111111111111111 cvc 123', 'card cvc 123'],
    ['a phone number', 'call me on +1 (555) 123-4567 about the sofa', 'call about sofa'],
    ['a Chinese mobile number', '我的电话13812345678', '我的 电话'],
    ['an email address', 'send the receipt to jane.doe@example.com', 'send receipt'],
    ['a street address', 'deliver the lamp to 221B Baker Street, London NW1 6XE', 'deliver lamp london'],
    ['an apartment and PO box', 'ship to Apt 4B and PO Box 1234', 'ship'],
    ['a ZIP+4 code', 'shoes delivered to 90210-1234', 'shoes delivered'],
    ['a link', 'is this like https://evil.example/x?token=abc the same', 'same'],
  ])('drops %s', (_what, query, kept) => {
    expect(keptSearchWords(query)).toBe(kept);
  });

  it.each([
    ['100,000 characters', 'hoodie '.repeat(14_286)],
    ['emoji', '🧥🔥 hoodie 👍🏽'],
    ['right-to-left text', 'hoodie \u202eeidooh\u202c سترة'],
    ['zero-width characters', 'hoo\u200bdie\u200d'],
    ['NUL and control characters', 'hood\u0000ie\u0007\u001b[31m'],
  ])('shopper input with %s keeps at most a few plain words, quickly', (_what, query) => {
    const started = performance.now();
    const kept = keptSearchWords(query);
    expect(performance.now() - started).toBeLessThan(200);
    expect(kept.split(' ').length).toBeLessThanOrEqual(8);
    expect(kept).not.toMatch(/[\u0000-\u001f\u200b-\u200f\u202a-\u202e]/u);
  });

  it('the history store keeps nothing of a search made of personal data alone, and only the words of the rest', async () => {
    const store = new HistoryStore(`aisle-keep-${Math.random()}`);
    const card = normalizeShopperEvent({ type: 'search', query: '4242 4242 4242 4242' });
    expect(typeof card !== 'string' && (await store.record(card))).toBeUndefined();
    const mixed = normalizeShopperEvent({ type: 'search', query: 'Looking for a desk lamp, my email is jo@example.com and I live at 12 Elm Road' });
    if (typeof mixed === 'string') throw new Error(mixed);
    await store.record(mixed);
    const kept = JSON.stringify(await store.list());
    expect(kept).toContain('"query":"desk lamp email live"');
    expect(kept).not.toMatch(/4242|jo@example|Elm Road|Looking for/);
  });
});
