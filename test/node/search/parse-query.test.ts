import { describe, expect, it } from 'vitest';
import { catalogVocabulary } from '../../../workers/search/catalog-vocabulary.ts';
import { parseQuery } from '../../../workers/search/parse-query.ts';
import { demoCatalog } from '../../helpers/demo-catalog.ts';

const vocab = catalogVocabulary(demoCatalog());
const parse = (q: string) => parseQuery(q, vocab);

describe('query understanding: price', () => {
  it.each([
    ['running shoes under $100', undefined, 100],
    ['iphone under 300', undefined, 300],
    ['jacket below 49.99 dollars', undefined, 49.99],
    ['laptop $1,500 or less', undefined, 1500],
    ['tv up to 1.5k', undefined, 1500],
    ['between 50 and 80', 50, 80],
    ['from $80 to $50', 50, 80],
    ['shoes $50-$150', 50, 150],
    ['watch over $500', 500, undefined],
    ['$200+ headphones', 200, undefined],
    ['around $100', 80, 120],
    ['100元以内的手机', undefined, 100],
    ['手机 300元以下', undefined, 300],
    ['一百元以内', undefined, 100],
    ['不超过两千块的电脑', undefined, 2000],
    ['200到500元的耳机', 200, 500],
    ['500元以上', 500, undefined],
    ['1万以内的手表', undefined, 10000],
  ])('%s -> %s..%s', (query, min, max) => {
    const intent = parse(query);
    expect([intent.priceMin, intent.priceMax]).toEqual([min, max]);
    expect(intent.chips.find((c) => c.id === 'price')).toBeDefined();
  });

  it('reads "cheap" and "便宜的" as a budget, "cheapest" as an order', () => {
    expect(parse('cheap sunglasses')).toMatchObject({ budget: true });
    expect(parse('cheap sunglasses').sort).toBeUndefined();
    expect(parse('便宜的耳机')).toMatchObject({ budget: true });
    expect(parse('cheapest laptop')).toMatchObject({ sort: 'price-asc' });
    expect(parse('cheapest laptop').budget).toBeUndefined();
    expect(parse('最便宜的手机')).toMatchObject({ sort: 'price-asc' });
    expect(parse('most expensive watch').sort).toBe('price-desc');
    expect(parse('评分最高的笔记本电脑').sort).toBe('rating-desc');
  });

  it('does not read model numbers or sizes as prices', () => {
    for (const q of ['iphone 13 pro', 'galaxy s10', 'size 10 shoes']) {
      const intent = parse(q);
      expect([intent.priceMin, intent.priceMax], q).toEqual([undefined, undefined]);
    }
  });
});

describe('query understanding: rating, sort, negation, size, colour', () => {
  it.each([
    ['laptop 4 stars and up', 4],
    ['laptop rated 4 stars or more', 4],
    ['at least 4.5 stars', 4.5],
    ['4+ stars headphones', 4],
    ['rated 3 or higher', 3],
    ['highly rated watch', 4],
    ['四星以上的香水', 4],
    ['4星以上', 4],
    ['评分4.5以上', 4.5],
    ['好评的耳机', 4],
  ])('%s -> rating ≥ %s', (query, min) => {
    expect(parse(query).minRating).toBe(min);
  });

  it('does not take the brand 三星 (Samsung) for "three stars"', () => {
    const intent = parse('三星手机');
    expect(intent.minRating).toBeUndefined();
    expect(intent.brands).toEqual(['Samsung']);
  });

  it('reads negations in English and Chinese', () => {
    expect(parse('bag not leather').exclude).toEqual(['leather']);
    expect(parse('shoes without laces').exclude).toEqual(['lace']);
    expect(parse('sunglasses -black').exclude).toEqual(['black']);
    const zh = parse('不要皮革的包');
    expect(zh.exclude).toEqual(expect.arrayContaining(['皮革', 'leather']));
    expect(zh.chips.find((c) => c.kind === 'exclude')?.label).toBe('皮革 (leather)');
    expect(parse('not more than $50').exclude).toEqual([]);
  });

  it('reads sizes and colours', () => {
    expect(parse('red dress size M')).toMatchObject({ colors: ['red'], sizes: ['m'] });
    expect(parse('XL hoodie').sizes).toEqual(['xl']);
    expect(parse('size large tee').sizes).toEqual(['l']);
    expect(parse('黑色包包 L码')).toMatchObject({ colors: ['black'], sizes: ['l'] });
    expect(parse('grey laptop').colors).toEqual(['gray']);
  });
});

describe('query understanding: brand and kind from the shop’s own vocabulary', () => {
  it('finds brands in English and Chinese, multi-word ones included', () => {
    expect(parse('apple phone').brands).toEqual(['Apple']);
    expect(parse('calvin klein perfume').brands).toEqual(['Calvin Klein']);
    expect(parse('华为笔记本').brands).toEqual(['Huawei']);
    expect(parse('nike shoes not apple').brands).toEqual(['Nike']);
  });

  it('takes the last kind word as the kind of product, and gender words apart', () => {
    expect(parse('apple phone').categories).toEqual([['phone', 'smartphone']]);
    expect(parse("men's shirt").categories).toEqual([['men'], ['shirt']]);
    expect(parse('男士衬衫').categories).toEqual([['men'], ['衬衫', 'shirt']]);
    expect(parse('4星以上的平板电脑').categories).toEqual([['平板电脑', 'tablet']]);
    expect(parse('gift for a runner').categories).toEqual([]);
  });

  it('leaves the words to match, with English glosses for Chinese words', () => {
    const intent = parse('waterproof running shoes under $100');
    expect(intent.text).toBe('waterproof running shoes');
    expect(intent.terms).toEqual(['waterproof', 'running', 'shoes']);
    expect(parse('智能音箱').terms).toEqual(expect.arrayContaining(['smart', 'speaker']));
  });

  it('gives every filter one chip with a stable id', () => {
    const intent = parse('nike shoes between 50 and 150 4 stars and up not leather');
    expect(intent.chips.map((c) => c.id).sort()).toEqual(['brand:nike', 'category:shoe', 'not:leather', 'price', 'rating']);
    expect(intent.chips.find((c) => c.id === 'price')).toMatchObject({ label: '50–150', from: 'between 50 and 150' });
  });
});
