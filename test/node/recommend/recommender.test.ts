import { describe, expect, it } from 'vitest';
import type { Product } from '../../../workers/protocol/product.ts';
import { Recommender } from '../../../workers/recommend/recommend.ts';
import type { HistoryEntry, ShopperEventType } from '../../../workers/protocol/recommend.ts';
import { demoCatalog } from '../../helpers/demo-catalog.ts';

const products = demoCatalog();
const recommender = new Recommender(products);
const now = Date.UTC(2026, 5, 1);
const minute = 60_000;
const byTitle = (title: string) => products.find((p) => p.title === title)!;
const inCategory = (category: string) => products.filter((p) => p.category === category);

/** History as the shopper made it, oldest first, a couple of minutes apart. */
function history(...events: [ShopperEventType, Product][]): HistoryEntry[] {
  return events.map(([type, p], i) => ({ id: i + 1, type, productId: p.id, title: p.title, at: now - (events.length - i) * 2 * minute }));
}

const forYou = (h: HistoryEntry[], limit = 10) => recommender.recommend({ kind: 'for-you', limit }, h, now);

describe('for you: history changes the ranking the way a shopper expects', () => {
  it('after looking at laptops, other laptops lead, each "because you viewed" one of them', () => {
    const [a, b] = inCategory('laptops');
    const r = forYou(history(['view', a], ['view', b]), 5);
    expect(r.personalized).toBe(true);
    expect(r.source).toBe('lexical');
    expect(r.items.slice(0, 3).map((i) => i.product.category)).toEqual(['laptops', 'laptops', 'laptops']);
    expect(r.items[0].why).toMatch(new RegExp(`^because you viewed (${a.title}|${b.title})$`));
    expect(r.items.map((i) => i.product.id)).not.toContain(a.id);
  });

  it('what the shopper looked at last weighs most: laptops then shoes puts shoes first', () => {
    const [a, b] = inCategory('laptops');
    const [s1, s2] = inCategory('mens-shoes');
    const r = forYou(history(['view', a], ['view', b], ['view', s1], ['view', s2]), 4);
    expect(r.items[0].product.category).toBe('mens-shoes');
    const before = forYou(history(['view', s1], ['view', s2], ['view', a], ['view', b]), 4);
    expect(before.items[0].product.category).toBe('laptops');
  });

  it('old interest fades: a week-old cart counts less than today’s views', () => {
    const [phone] = inCategory('smartphones');
    const [watch1, watch2] = inCategory('womens-watches');
    const h: HistoryEntry[] = [
      { id: 1, type: 'cart', productId: phone.id, at: now - 21 * 86_400_000 },
      { id: 2, type: 'view', productId: watch1.id, at: now - 3 * minute },
      { id: 3, type: 'view', productId: watch2.id, at: now - minute },
    ];
    expect(forYou(h, 3).items[0].product.category).toBe('womens-watches');
  });

  it('a search counts too, and says so', () => {
    const r = forYou([{ id: 1, type: 'search', query: 'perfume', at: now - minute }], 3);
    expect(r.items[0].product.category).toBe('fragrances');
    expect(r.items[0].why).toBe('because you searched “perfume”');
  });
});

describe('purchased items are not pushed again; their accessories are', () => {
  const phone = byTitle('iPhone 13 Pro');

  it('for you after buying a phone: not that phone, not mostly phones, but phone accessories “for the phone you bought”', () => {
    const r = forYou(history(['view', phone], ['cart', phone], ['purchase', phone]), 8);
    const ids = r.items.map((i) => i.product.id);
    expect(ids).not.toContain(phone.id);
    expect(r.items.filter((i) => i.product.category === 'smartphones').length).toBeLessThanOrEqual(2);
    const accessories = r.items.filter((i) => i.product.category === 'mobile-accessories');
    expect(accessories.length).toBeGreaterThanOrEqual(3);
    expect(accessories[0].why).toBe('goes with the iPhone 13 Pro you bought');
  });

  it('similar and goes-with never offer something the shopper bought', () => {
    const case_ = byTitle('iPhone 12 Silicone Case with MagSafe Plum');
    const h = history(['purchase', case_]);
    const similar = recommender.recommend({ kind: 'similar', productId: byTitle('Apple Airpods').id, limit: 20 }, h, now);
    const goes = recommender.recommend({ kind: 'goes-with', productId: phone.id, limit: 30 }, h, now);
    expect(similar.items.map((i) => i.product.id)).not.toContain(case_.id);
    expect(goes.items.map((i) => i.product.id)).not.toContain(case_.id);
    expect(recommender.recommend({ kind: 'goes-with', productId: phone.id, limit: 30 }, [], now).items.map((i) => i.product.id)).toContain(case_.id);
  });
});

describe('goes well with', () => {
  it('a phone goes with phone accessories, not other phones', () => {
    const r = recommender.recommend({ kind: 'goes-with', productId: byTitle('iPhone X').id, limit: 6 }, [], now);
    expect(r.items.length).toBe(6);
    for (const item of r.items) expect(item.product.category).not.toBe('smartphones');
    expect(r.items.filter((i) => i.product.category === 'mobile-accessories').length).toBeGreaterThanOrEqual(3);
    expect(r.items[0].why).toBe('goes well with iPhone X');
  });

  it('learns from the shopper’s own carts: what was bought together comes first, said so', () => {
    const dress = inCategory('womens-dresses')[0];
    const sunglasses = inCategory('sunglasses')[2];
    const baseline = recommender.recommend({ kind: 'goes-with', productId: dress.id, limit: 10 }, [], now);
    const h = history(['cart', dress], ['cart', sunglasses], ['purchase', dress]);
    const r = recommender.recommend({ kind: 'goes-with', productId: dress.id, limit: 10 }, h.filter((e) => e.type === 'cart'), now);
    expect(baseline.items[0].product.id).not.toBe(sunglasses.id);
    expect(r.items[0].product.id).toBe(sunglasses.id);
    expect(r.items[0].why).toBe(`you bought it with ${dress.title}`);
  });

  it('for Luma apparel, a men’s hoodie goes with men’s bottoms (and gear), never women’s clothes', () => {
    const luma = new Recommender(demoCatalog('magento_luma_products'));
    const r = luma.recommend({ kind: 'goes-with', productId: 'luma-MH01', limit: 5 }, [], now);
    const categories = r.items.map((i) => i.product.category!);
    expect(categories.filter((c) => c.startsWith('Men/Bottoms')).length).toBeGreaterThanOrEqual(3);
    expect(categories.filter((c) => c.startsWith('Women/'))).toEqual([]);
  });
});

describe('similar items', () => {
  it('stay in kind and explain themselves with shared traits', () => {
    const r = recommender.recommend({ kind: 'similar', productId: byTitle('iPhone 13 Pro').id, limit: 5 }, [], now);
    expect(r.items.slice(0, 3).every((i) => i.product.category === 'smartphones')).toBe(true);
    expect(r.items.some((i) => /same brand \(Apple\)/i.test(i.why))).toBe(true);
    for (const item of r.items) expect(item.why.length).toBeGreaterThan(5);
  });

  it('says “cheaper” with the percentage when it is', () => {
    const luma = new Recommender(demoCatalog('magento_luma_products'));
    const r = luma.recommend({ kind: 'similar', productId: 'luma-MH01', limit: 10 }, [], now);
    const cheaper = r.items.find((i) => i.reason.kind === 'similar' && i.reason.traits.some((t) => t.trait === 'cheaper'));
    expect(cheaper?.why).toMatch(/\d+% cheaper/);
    expect(cheaper!.product.price!).toBeLessThan(52);
  });

  it('“like this but cheaper” keeps to items priced below it, and to what the shopper named (English and Chinese)', () => {
    const item = (id: string, title: string, category: string, price: number): Product => ({
      id, title, category, price, brand: 'Trail Co', rating: 4.2, reviewCount: 10, reviews: [], attributes: {}, tags: [], description: `${title} for the outdoors`,
    });
    const shop = new Recommender([
      item('b1', 'Summit Backpack 30L', 'Gear/Bags', 59), item('b2', 'Ridge Backpack 20L', 'Gear/Bags', 38), item('b3', 'Trail Messenger Bag', 'Gear/Bags', 45),
      item('b4', 'Alpine Backpack 40L', 'Gear/Bags', 89), item('b5', 'Day Backpack', 'Gear/Bags', 33),
      item('s1', '防水透气徒步鞋', '户外/鞋', 459), item('s2', '轻量城市跑鞋', '户外/鞋', 399), item('s3', '速干徒步袜', '户外/袜', 59), item('s4', '高帮登山鞋', '户外/鞋', 699),
    ]);
    const similar = (productId: string, extra: { cheaper?: boolean; about?: string }) =>
      shop.recommend({ kind: 'similar', productId, limit: 6, ...extra }, [], now).items.map((i) => i.product);
    const cheaperBags = similar('b1', { cheaper: true });
    expect(cheaperBags.map((p) => p.id).sort()).toEqual(['b2', 'b3', 'b5']);
    expect(similar('b1', { cheaper: true, about: 'backpack' }).map((p) => p.id).sort()).toEqual(['b2', 'b5']);
    // Without "cheaper" the dearer backpack is there too.
    expect(similar('b1', {}).map((p) => p.id)).toContain('b4');
    expect(similar('s1', { cheaper: true, about: '鞋' }).map((p) => p.id)).toEqual(['s2']);
    // "Like this but cheaper" with nothing named keeps to the product's own category when it can.
    expect(similar('s1', { cheaper: true }).map((p) => p.id)).toEqual(['s2']);
    // A named word nothing carries narrows nothing; nothing cheaper is an empty list, not a dearer one.
    expect(similar('b1', { cheaper: true, about: 'tent' }).map((p) => p.id).sort()).toEqual(['b2', 'b3', 'b5']);
    // Nothing cheaper in its category: cheaper items of other kinds are what there is.
    expect(similar('s3', { cheaper: true }).map((p) => p.id).sort()).toEqual(['b2', 'b3', 'b5']);
    expect(similar('b5', { cheaper: true })).toEqual([]);
  });

  it('answers nothing (not an error) for an unknown product', () => {
    expect(recommender.recommend({ kind: 'similar', productId: 'no-such-id' }, [], now).items).toEqual([]);
  });
});

describe('diversity (MMR): not ten near-copies', () => {
  const variant = (colour: string, i: number): Product => ({
    id: `tr2-${i}`, title: `Trail Runner 2 ${colour}`, brand: 'Stride', category: 'shoes', price: 120, rating: 4.6, reviewCount: 40,
    reviews: [], attributes: { colour }, tags: ['running', 'trail'],
  });
  const other = (id: string, title: string, brand: string, price: number): Product => ({
    id, title, brand, category: 'shoes', price, rating: 4.2, reviewCount: 10, reviews: [], attributes: {}, tags: ['running'],
  });
  const catalog = [
    ...['Red', 'Blue', 'Black', 'Green', 'Grey', 'White', 'Orange', 'Yellow'].map(variant),
    other('road-1', 'Road Racer Running Shoe', 'Pace', 110), other('road-2', 'Tempo Road Running Shoe', 'Velo', 95),
    other('hike-1', 'Summit Trail Hiking Shoe', 'Alp', 140), other('walk-1', 'City Walker Shoe', 'Urban', 80),
    other('ridge-1', 'Ridge Trail Running Shoe', 'Peak', 125), other('canyon-1', 'Canyon Trail Shoe', 'Mesa', 118),
    other('fell-1', 'Fell Runner Trail Shoe', 'Crag', 135),
    { ...other('sock-1', 'Trail Running Socks', 'Stride', 14), category: 'socks' },
  ];
  const anchor: Product = { ...variant('Purple', 99), id: 'tr3', title: 'Trail Runner 3', price: 130 };

  it('with MMR at most three of the top six are colourways of one shoe; by relevance alone, all six are', () => {
    const diverse = new Recommender([...catalog, anchor]).recommend({ kind: 'similar', productId: 'tr3', limit: 6 }, [], now);
    const copies = diverse.items.filter((i) => i.product.id.startsWith('tr2-')).length;
    expect(copies).toBeLessThanOrEqual(3);
    expect(diverse.items[0].product.id).toMatch(/^tr2-/);
    expect(diverse.items.map((i) => i.product.id)).toEqual(expect.arrayContaining(['road-1', 'hike-1']));
    const relevanceOnly = new Recommender([...catalog, anchor], undefined, { lambda: 1, maxCopies: Infinity }).recommend({ kind: 'similar', productId: 'tr3', limit: 6 }, [], now);
    expect(relevanceOnly.items.every((i) => i.product.id.startsWith('tr2-'))).toBe(true);
  });

  it('a cold-start "for you" on the demo shop spans many categories', () => {
    const r = forYou([], 10);
    expect(r.personalized).toBe(false);
    expect(new Set(r.items.map((i) => i.product.category)).size).toBeGreaterThanOrEqual(7);
  });
});

describe('cold start: rating- and popularity-aware', () => {
  const item = (id: string, rating: number | undefined, reviewCount: number | undefined, category = id): Product => ({
    id, title: `Item ${id}`, category, price: 20, rating, reviewCount, reviews: [], attributes: {}, tags: [],
  });

  it('a 4.8 from 300 reviews beats a 5.0 from one; unrated items come last', () => {
    const r = new Recommender([item('one-review', 5, 1), item('many', 4.8, 300), item('poor', 2.1, 80), item('unrated', undefined, undefined)])
      .recommend({ kind: 'for-you', limit: 4 }, [], now);
    expect(r.items[0].product.id).toBe('many');
    expect(r.items[0].why).toBe('popular: rated 4.8 of 5');
    expect(r.items.at(-1)!.product.id).toBe('poor');
  });
});

describe('model path', () => {
  it('uses product embeddings when given and says so', () => {
    const vectors = new Map(products.map((p, i) => {
      const v = new Float32Array(4);
      v[i % 4] = 1;
      return [p.id, v] as const;
    }));
    const r = new Recommender(products, vectors).recommend({ kind: 'similar', productId: products[0].id, limit: 5 }, [], now);
    expect(r.source).toBe('model');
    expect(r.items).toHaveLength(5);
  });
});

describe('large catalogs (candidate generation instead of scoring every product)', () => {
  const copies = 12;
  const large = Array.from({ length: copies }, (_, c) => products.map((p) => ({ ...p, id: `${p.id}~${c}`, title: `${p.title} v${c}` }))).flat();
  const big = new Recommender(large);

  it('still finds phones like a phone, accessories for it, and follows history', () => {
    expect(large.length).toBeGreaterThan(2000);
    const phone = large.find((p) => p.title === 'iPhone X v3')!;
    const similar = big.recommend({ kind: 'similar', productId: phone.id, limit: 6 }, [], now);
    expect(similar.items.slice(0, 4).every((i) => i.product.category === 'smartphones')).toBe(true);
    const goes = big.recommend({ kind: 'goes-with', productId: phone.id, limit: 6 }, [], now);
    expect(goes.items.filter((i) => i.product.category === 'mobile-accessories').length).toBeGreaterThanOrEqual(3);
    const shoes = large.filter((p) => p.category === 'mens-shoes').slice(0, 2);
    const mine = big.recommend({ kind: 'for-you', limit: 5 }, history(['view', shoes[0]], ['view', shoes[1]]), now);
    expect(mine.items[0].product.category).toBe('mens-shoes');
  });
});
