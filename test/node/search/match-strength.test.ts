import { describe, expect, it } from 'vitest';
import type { Product } from '../../../workers/protocol/product.ts';
import { CatalogSearch } from '../../../workers/search/search.ts';
import { headStems, isHeadWord } from '../../../workers/search/match-strength.ts';

const product = (id: string, title: string, category: string, description: string, attributes: Record<string, string | string[]> = {}): Product => ({
  id, title, category, description, attributes, tags: [], reviews: [], price: 40,
});

// A small outdoor shop of its own (not the demo catalog): no tent, no stroller.
const shop = new CatalogSearch([
  product('pack', 'Ridge Daypack', 'bags', 'Room for a sleeping bag; fits beside a pup tent on camping trips.', { features: ['Waterproof'] }),
  product('duffel', 'Harbor Duffel', 'bags', 'A roomy duffel for weekend camping.'),
  product('stove', 'Electric Camp Stove', 'kitchen', 'Cooks a meal anywhere there is power.'),
  product('shell', 'Storm Shell Jacket', 'jackets', 'A light jacket for rainy hikes.', { features: ['Waterproof'] }),
  product('boot', 'Trail Boot', 'shoes', 'Grippy sole for wet rock.'),
  product('backpack', 'City Backpack', 'bags', 'Laptop sleeve and bottle pocket.'),
]);

describe('the word that names what the shopper wants', () => {
  it('is the last word before "for", "under", "with" …, or the last Chinese word; open words name nothing', () => {
    expect(headStems('tent for camping')).toEqual(['tent']);
    expect(headStems('electric guitar')).toEqual(['guitar']);
    expect(headStems('shoes under 100')).toContain('shoe');
    expect(headStems('sofa and bed')).toEqual(['sofa', 'bed']);
    expect(headStems('wireless earbuds')).toContain('earphone');
    expect(headStems('gift for a runner')).toBeUndefined();
    expect(headStems('防水的背包')).toContain('backpack');
    expect(headStems('送朋友的礼物')).toBeUndefined();
  });

  it('is matched by its stem, by a longer word ending in it, or by a typo that keeps its first letters', () => {
    expect(isHeadWord('phones', ['phone'])).toBe(true);
    expect(isHeadWord('smartphones', ['phone'])).toBe(true);
    expect(isHeadWord('backpack', ['backpak'])).toBe(true);
    expect(isHeadWord('hoodie', ['hoddie'])).toBe(true);
    expect(isHeadWord('selfie', ['selfies'])).toBe(true);
    expect(isHeadWord('power', ['mower'])).toBe(false);
    expect(isHeadWord('roller', ['stroller'])).toBe(false);
  });
});

describe('search says when nothing in the shop is what was asked for', () => {
  it('English: a description that mentions the word in passing is not a match; a few nearest show under a notice', async () => {
    const tent = await shop.search('tent for camping');
    expect(tent.noCloseMatch).toBe(true);
    expect(tent.hits.length).toBeGreaterThan(0);
    expect(tent.hits.length).toBeLessThanOrEqual(3);
    const guitar = await shop.search('electric guitar');
    expect(guitar.noCloseMatch).toBe(true);
  });

  it('Chinese: 帐篷 (tent) has no close match; 防水的背包 (waterproof backpack) does, backpacks first', async () => {
    expect((await shop.search('帐篷')).noCloseMatch).toBe(true);
    const bag = await shop.search('防水的背包');
    expect(bag.noCloseMatch).toBeUndefined();
    expect(bag.hits[0].product.title).toMatch(/pack/i);
  });

  it('puts the products named by the head word first, before ones that share only a side word', async () => {
    const r = await shop.search('waterproof backpack');
    expect(r.noCloseMatch).toBeUndefined();
    // The waterproof jacket matches "waterproof" only; both packs carry "backpack"/"pack" in their names.
    expect(r.hits[0].product.id).toBe('backpack');
    expect(r.hits.findIndex((h) => h.product.id === 'shell')).toBeGreaterThan(0);
  });

  it('finds the named thing through a swapped-letter typo in a longer word ("backapck"), still without a notice', async () => {
    const r = await shop.search('backapck');
    expect(r.hits[0]?.product.id).toBe('backpack');
    expect(r.noCloseMatch).toBeUndefined();
  });
});
