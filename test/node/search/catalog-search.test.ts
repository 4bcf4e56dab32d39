import { beforeAll, describe, expect, it } from 'vitest';
import type { Product } from '../../../workers/protocol/product.ts';
import { createEngine } from '../../../workers/engine.ts';
import type { Engine } from '../../../workers/engine-api.ts';
import { CatalogSearch } from '../../../workers/search/search.ts';
import { demoCatalog, testManifest, testModelsDir } from '../../helpers/demo-catalog.ts';

const catalog = demoCatalog();
const search = new CatalogSearch(catalog);
const ids = (r: { hits: { product: Product }[] }) => r.hits.map((h) => h.product.id);
const products = (r: { hits: { product: Product }[] }) => r.hits.map((h) => h.product);

describe('"why it matches" in the shopper\'s language', () => {
  it('an English shopper reads English reasons; a Chinese shopper reads Chinese ones for the same English query', async () => {
    const en = await search.search('cheapest laptop under 1500');
    expect(en.hits[0].why).toContain('lowest price first');
    expect(en.hits[0].why.join(' ')).toMatch(/price \d/);
    const zh = await search.search('cheapest laptop under 1500', { lang: 'zh' });
    expect(ids(zh)).toEqual(ids(en));
    expect(zh.hits[0].why).toContain('价格从低到高');
    expect(zh.hits[0].why.join(' ')).toMatch(/价格 \d/);
    // No English framing words left in a Chinese shopper's reasons (product words such as "laptop" may stay).
    for (const hit of zh.hits) for (const line of hit.why) expect(line).not.toMatch(/\b(?:matches|price|rated|lowest|close in meaning|comes in size|brand)\b/);
  });

  it('a Chinese query gets Chinese reasons by default, field names included', async () => {
    const r = await search.search('笔记本电脑');
    expect(r.hits.length).toBeGreaterThan(0);
    const why = r.hits.flatMap((h) => h.why);
    expect(why.length).toBeGreaterThan(0);
    for (const line of why) expect(line).toMatch(/\p{Script=Han}/u);
    expect(why.join(' ')).not.toMatch(/\bmatches\b/);
  });
});

describe('CatalogSearch, light path: filters from the query are respected', () => {
  it('keeps only products under a price cap, and says so', async () => {
    const r = await search.search('iphone under 300');
    expect(r.source).toBe('lexical');
    expect(products(r).length).toBeGreaterThan(0);
    expect(products(r).every((p) => p.price! <= 300)).toBe(true);
    expect(ids(r)).toEqual(expect.arrayContaining(['dj-121', 'dj-122']));
    expect(ids(r)).not.toContain('dj-123'); // iPhone 13 Pro, 1099.99
    expect(r.hits[0].why.join(' ')).toMatch(/price \d/);
    expect(r.intent?.chips).toEqual([expect.objectContaining({ id: 'price', label: '≤ 300' })]);
  });

  it('keeps a price range and a brand together', async () => {
    const r = await search.search('samsung phone between 250 and 600');
    expect(products(r).length).toBeGreaterThan(0);
    for (const p of products(r)) {
      expect(p.brand).toBe('Samsung');
      expect(p.price).toBeGreaterThanOrEqual(250);
      expect(p.price).toBeLessThanOrEqual(600);
    }
  });

  it('compares ratings as shown (one decimal) against "4 stars and up"', async () => {
    const r = await search.search('laptop rated 4 stars or more');
    expect(ids(r).sort()).toEqual(['dj-79', 'dj-80']); // 3.95 shows as ★ 4.0; 4.98
  });

  it('orders by price for "cheapest", within the kind asked for', async () => {
    const r = await search.search('cheapest laptop');
    expect(products(r).every((p) => p.category === 'laptops')).toBe(true);
    const prices = products(r).map((p) => p.price!);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    expect(r.hits[0].why).toContain('lowest price first');
  });

  it('drops products that have what the shopper said "not" to', async () => {
    const r = await search.search('women bag not leather');
    expect(products(r).length).toBeGreaterThan(0);
    expect(products(r).some((p) => /leather/i.test(p.title + p.tags.join(' ')))).toBe(false);
  });

  it('reads Chinese price, rating and kind over the English catalog', async () => {
    const r = await search.search('4星以上的平板电脑');
    expect(products(r).length).toBeGreaterThan(0);
    expect(products(r).every((p) => p.category === 'tablets' && Math.round(p.rating! * 10) / 10 >= 4)).toBe(true);
    const phones = await search.search('手机 300元以内');
    expect(products(phones).every((p) => p.category === 'smartphones' && p.price! <= 300)).toBe(true);
  });

  it('keeps the cheaper half for "cheap", showing the cap it used', async () => {
    const r = await search.search('cheap sunglasses');
    const chip = r.intent!.chips.find((c) => c.id === 'budget')!;
    const cap = Number(chip.label.replace('≤ ', ''));
    expect(products(r).every((p) => p.price! <= cap)).toBe(true);
    expect(products(r).length).toBeGreaterThan(0);
  });

  it('applies no filter the shopper removed (ignore), and shows no chip for it', async () => {
    const r = await search.search('iphone under 300', { ignore: ['price'] });
    expect(ids(r)).toContain('dj-123');
    expect(r.intent?.chips).toEqual([]);
  });

  it('relaxes a filter read from words when nothing matches them all, and marks its chip', async () => {
    const r = await search.search('perfume for women');
    expect(products(r).slice(0, 3).every((p) => p.category === 'fragrances')).toBe(true);
    expect(r.intent!.chips.find((c) => c.id === 'category:women')?.relaxed).toBe(true);
  });

  it('never relaxes an explicit price: nothing under $1 is nothing', async () => {
    const r = await search.search('laptop under $1');
    expect(r.hits).toEqual([]);
  });

  it('a Chinese kind matches the compounds it heads (跑鞋 is a 鞋), with the price cap kept', async () => {
    const item = (id: string, title: string, category: string, price: number): Product => ({ id, title, category, price, reviews: [], attributes: {}, tags: [] });
    const shop = new CatalogSearch([
      item('s1', '轻风 防水透气徒步鞋', '户外鞋', 459), item('s2', '轻风 城市跑鞋', '跑鞋', 399), item('s3', '速干徒步袜（三双装）', '配件', 89),
      item('j1', '超轻冲锋衣', '外套', 699), item('e1', 'Trail running shoe', 'Shoes', 120), item('e2', 'Wool hiking socks', 'Socks', 19),
    ]);
    const cheapShoes = await shop.search('400元以下的鞋');
    // The English shoe is a shoe too (the query's kind is read across languages); the sock and the dearer shoe are not.
    expect(ids(cheapShoes).sort()).toEqual(['e1', 's2']);
    expect(cheapShoes.intent?.chips.find((c) => c.kind === 'category')?.relaxed).toBeFalsy();
    expect(ids(await shop.search('鞋')).sort()).toEqual(['e1', 's1', 's2']);
    expect(ids(await shop.search('shoes under $200'))).toEqual(['e1']);
  });

  it('lets a different product in ahead of the tenth near-duplicate (MMR)', async () => {
    const twins: Product[] = Array.from({ length: 10 }, (_, i) => ({
      id: `twin-${i}`, title: `Trail Runner Shoe Blue ${i}`, category: 'shoes', reviews: [], attributes: {}, tags: ['running', 'trail'], description: 'Trail runner shoe in blue.',
    }));
    const road: Product = { id: 'road', title: 'Classic Road Shoe, Grey Leather Edition', category: 'shoes', reviews: [], attributes: {}, tags: ['road'], description: 'A classic leather road shoe, light enough for a runner.' };
    const s = new CatalogSearch([...twins, road]);
    expect(s.lexicalIndex.searchTerms(['runner', 'shoe']).map((h) => h.id).indexOf('road')).toBe(10);
    const r = await s.search('runner shoe', { limit: 10 });
    expect(ids(r)).toContain('road');
  });
});

describe('CatalogSearch, model path: an embedding-only result needs the model to agree with the words', () => {
  /** An embedding model that places texts by the first word of `places` they contain (unit vectors). */
  const placed = (places: [RegExp, number[]][]) => ({
    modelKey: 'placed',
    embed: async (texts: string[]) => texts.map((t) => {
      const v = places.find(([re]) => re.test(t))?.[1] ?? [0, 0, 0, 1];
      const n = Math.hypot(...v);
      return Float32Array.from(v.map((x) => x / n));
    }),
  });
  const item = (id: string, title: string, description: string): Product => ({ id, title, description, category: 'misc', reviews: [], attributes: {}, tags: [] });

  it('English: the model puts a motorcycle nearest "gift for a runner" and the running shorts far: the words decide', async () => {
    const shop = new CatalogSearch([item('shorts', 'Trail Running Shorts', 'Light shorts for runners.'), item('moto', 'Generic Motorcycle', 'A fast bike.'), item('mug', 'Coffee Mug', 'A mug.')]);
    await shop.attachModel(placed([[/gift|moto/i, [1, 0, 0, 0]], [/shorts/i, [0, 1, 0, 0]]]));
    expect(ids(await shop.search('gift for a runner'))).toEqual(['shorts']);
  });

  it('English: when the model sees the word match as close too, what it finds beside it is kept', async () => {
    const shop = new CatalogSearch([item('shorts', 'Trail Running Shorts', 'Light shorts for runners.'), item('socks', 'Cushioned Socks', 'Soft socks.'), item('mug', 'Coffee Mug', 'A mug.')]);
    await shop.attachModel(placed([[/gift|socks/i, [1, 0.05, 0, 0]], [/shorts/i, [1, 0.1, 0, 0]]]));
    expect(ids(await shop.search('gift for a runner')).sort()).toEqual(['shorts', 'socks']);
  });

  it('Chinese: 摩托车 near "跑步的礼物" in the model\'s eyes is left out; 跑步短裤 found by its words stays', async () => {
    const shop = new CatalogSearch([item('shorts', '跑步短裤', '轻薄透气，适合跑步。'), item('moto', '摩托车', '速度快。'), item('cup', '咖啡杯', '陶瓷杯。')]);
    await shop.attachModel(placed([[/礼物|摩托/, [1, 0, 0, 0]], [/短裤/, [0, 1, 0, 0]]]));
    expect(ids(await shop.search('跑步的礼物'))).toEqual(['shorts']);
    // With no word match at all, the model's nearest is what there is.
    expect(ids(await shop.search('礼物'))).toContain('moto');
  });
});

describe('CatalogSearch, model path (generated test model)', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = createEngine({ embeddingCache: null });
    await engine.configure({ modelHost: testModelsDir, manifest: testManifest() });
    await engine.load(catalog);
    await engine.prepareModels();
  });

  it('answers a Chinese query over the English catalog, with filters applied', async () => {
    const r = await engine.search('100元以内的香水');
    expect(r.source).toBe('model');
    expect(products(r).length).toBeGreaterThan(0);
    expect(products(r).every((p) => p.price! <= 100)).toBe(true);
    expect(products(r)[0].category).toBe('fragrances');
  });

  it('carries the parsed intent and a reason on every hit', async () => {
    const r = await engine.search('apple phone under $500');
    expect(r.intent?.chips.map((c) => c.id)).toEqual(expect.arrayContaining(['price', 'brand:apple', 'category:phone']));
    expect(products(r).every((p) => p.brand === 'Apple' && p.category === 'smartphones' && p.price! <= 500)).toBe(true);
    expect(r.hits.every((h) => h.why.length > 0)).toBe(true);
  });
});
