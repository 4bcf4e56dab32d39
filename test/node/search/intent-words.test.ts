import { describe, expect, it } from 'vitest';
import type { Product } from '../../../workers/protocol/product.ts';
import { CatalogSearch } from '../../../workers/search/search.ts';
import { kindStems } from '../../../workers/search/catalog-vocabulary.ts';
import { createEngine } from '../../../workers/engine.ts';
import { demoCatalog, testManifest, testModelsDir } from '../../helpers/demo-catalog.ts';

const product = (id: string, title: string, category: string, description: string, attributes: Record<string, string | string[]> = {}, price = 40): Product => ({
  id, title, category, description, attributes, tags: [], reviews: [], price,
});
const ids = (r: { hits: { product: { id: string } }[] }) => r.hits.map((h) => h.product.id);

// A small shop of its own (not the demo catalog).
const shop = new CatalogSearch([
  product('storm-pack', 'Storm Backpack', 'Gear/Bags', 'Roll-top pack for wet commutes; a great gift for cyclists.', { features: ['Waterproof', 'Laptop sleeve'] }),
  product('city-pack', 'City Backpack', 'Gear/Bags', 'Bottle pocket and padded straps.', { features: ['Lightweight'] }),
  product('day-pack', 'Day Backpack', 'Gear/Bags', 'A backpack for school and the gym.', { features: ['Lightweight'] }),
  product('rain-shell', 'Rain Shell Jacket', 'Men/Tops/Jackets', 'Seam-sealed for storms.', { features: ['Waterproof'] }),
  product('bottle', 'Water Bottle', 'Gear/Fitness', 'Fits a backpack side pocket.'),
  product('sun-dress', 'Summer Dress', 'womens-dresses', 'Light cotton.'),
  product('wrap-dress', 'Wrap Dress', 'womens-dresses', 'A floral wrap dress.'),
  product('tee-shirt', 'Man Short Sleeve Shirt', 'mens-shirts', 'Cotton shirt for warm days.', {}, 19),
  product('gym-short', 'Arcadio Gym Short', 'Men/Bottoms/Shorts', 'Breathable shorts.', {}, 20),
  product('laptop-bag', 'Laptop Bag', 'womens-bags', 'Carries a 15 inch laptop.'),
  product('ultrabook', 'Zen Laptop', 'laptops', 'A light laptop.', {}, 999),
  product('field-watch', 'Field Watch', 'Gear/Watches', 'A rugged analog watch.', { gender: 'Men' }, 60),
  product('pearl-watch', 'Pearl Watch', 'Gear/Watches', 'A dainty watch.', { gender: 'Women' }, 60),
  product('diver', 'Diver Watch', 'mens-watches', 'A steel dive watch.', {}, 90),
  product('check-shirt', 'Men Check Shirt', 'mens-shirts', 'Checked cotton shirt with a pocket of width 2 cm.', {}, 30),
]);

describe('words that carry the intent', () => {
  it('a word a product states as a spec value is a constraint: results without it are left out (English and Chinese)', async () => {
    expect(ids(await shop.search('waterproof backpack'))).toEqual(['storm-pack']);
    // 防水 (waterproof) over the English shop: the gloss "water resistant" needs both words, so the water bottle does not count.
    expect(ids(await shop.search('防水的背包'))).toEqual(['storm-pack']);
  });

  it('a word only a title or description mentions orders the results and removes none', async () => {
    const r = await shop.search('dress for summer');
    expect(ids(r)[0]).toBe('sun-dress');
    expect(ids(r)).toContain('wrap-dress');
    expect(ids(await shop.search('夏天的连衣裙'))).toContain('wrap-dress');
  });

  it('words that name no kind of thing ("gadget", "东西") are not required', async () => {
    // Only the backpack says "gift": the jacket, waterproof too, is still shown.
    expect(ids(await shop.search('waterproof gift'))).toEqual(expect.arrayContaining(['storm-pack', 'rain-shell']));
    expect(ids(await shop.search('防水的东西'))).toEqual(expect.arrayContaining(['storm-pack', 'rain-shell']));
  });

  it('a query that names no kind ("kitchen gadget for smoothies") keeps only the results that carry its words', async () => {
    const P = (id: string, title: string, category: string, description: string) => product(id, title, category, description);
    const en = new CatalogSearch([
      P('blender', 'Boxed Blender', 'kitchen-accessories', 'Great for smoothies and soups.'),
      P('spoon', 'Spoon', 'kitchen-accessories', 'A steel spoon.'),
      P('sieve', 'Kitchen Sieve', 'kitchen-accessories', 'Fine mesh.'),
    ]);
    expect(ids(await en.search('kitchen gadget for smoothies'))).toEqual(['blender']);
    expect(ids(await en.search('kitchen gadgets'))).toHaveLength(3);
    const zh = new CatalogSearch([
      P('blender', '破壁料理机', '厨房', '可以榨汁，也能做奶昔。'),
      P('spoon', '不锈钢汤勺', '厨房', '喝汤用的勺子。'),
      P('scissors', '厨房剪刀', '厨房', '剪鸡骨也不费力。'),
    ]);
    expect(ids(await zh.search('榨汁的厨房用品'))).toEqual(['blender']);
    expect(ids(await zh.search('厨房用品'))).toHaveLength(3);
  });
});

describe('what a product is', () => {
  it('a title word that only qualifies the kind its category names is not a kind: a short-sleeve shirt is no shorts', async () => {
    expect(kindStems(shop.product('tee-shirt')!).has('short')).toBe(false);
    expect(kindStems(shop.product('tee-shirt')!).has('shirt')).toBe(true);
    expect(kindStems(shop.product('laptop-bag')!).has('laptop')).toBe(false);
    expect(ids(await shop.search("men's shorts under $30"))).toEqual(['gym-short']);
    expect(ids(await shop.search('30美元以下的男士短裤'))).toEqual(['gym-short']);
    expect(ids(await shop.search('laptop under $1500'))).toEqual(['ultrabook']);
  });

  it('a Chinese title word before the kind its category names is not a kind', () => {
    const bag = product('zh-bag', '笔记本电脑包', '包', '可装15寸电脑');
    expect(kindStems(bag).has('电脑')).toBe(false);
    expect(kindStems(bag).has('包')).toBe(true);
  });

  it('a gender spec counts for "for men" / "男士", also outside a gendered category; unisex is both', async () => {
    expect([...kindStems(product('u', 'Band', 'Gear', '', { gender: 'Unisex' }))]).toEqual(expect.arrayContaining(['men', 'women']));
    expect(kindStems(product('z', '手环', '运动', '', { 性别: '男' })).has('men')).toBe(true);
    const en = ids(await shop.search('watch for men'));
    expect(en.sort()).toEqual(['diver', 'field-watch']);
    expect(ids(await shop.search('男士手表')).sort()).toEqual(['diver', 'field-watch']);
  });

  it('results that carry the named word stay above the rest however diverse the rest is', async () => {
    // "wacth" is a typo of the head word; shirts for men match only "men" and side words.
    const r = ids(await shop.search('wacth for men'));
    expect(r.slice(0, 2).sort()).toEqual(['diver', 'field-watch']);
  });
});

describe('with the embedding model loaded (generated test model, demo catalog)', () => {
  it('keeps the constraints and kinds the words state: the model adds nothing that misses them', async () => {
    const engine = createEngine();
    await engine.configure({ modelHost: testModelsDir, manifest: testManifest() });
    await engine.load([...demoCatalog(), ...demoCatalog('magento_luma_products')]);
    await engine.prepareModels();
    for (const query of ['waterproof backpack', '防水的背包']) {
      const r = await engine.search(query);
      expect(r.source).toBe('model');
      expect(r.hits.length).toBeGreaterThan(0);
      for (const h of r.hits) expect(JSON.stringify(h.product.attributes), query).toMatch(/Waterproof/);
    }
    for (const query of ["men's shorts under $30", '30美元以下的男士短裤']) {
      const r = await engine.search(query);
      for (const h of r.hits.slice(0, 3)) expect(h.product.category, query).toBe('Men/Bottoms/Shorts');
    }
    // No shoe says "running": the words only rank the kind word, so meaning orders the shoes, not title length.
    for (const query of ['running shoes under $100', '100美元以下跑步穿的鞋']) {
      const top = (await engine.search(query)).hits[0].product;
      expect(`${top.title} ${top.tags.join(' ')}`, query).toMatch(/sneaker|trainer|cleat|sport|athletic/i);
      expect(top.price).toBeLessThanOrEqual(100);
    }
    const watches = await engine.search('wacth for men');
    for (const h of watches.hits.slice(0, 3)) expect(h.product.title).toMatch(/Watch/);
  }, 60_000);
});
