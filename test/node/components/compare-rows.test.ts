import { describe, expect, it } from 'vitest';
import { compareRows } from '../../../src/components/aisle-assistant/compare-rows.ts';
import { attributeLabel } from '../../../common/attribute-label.ts';
import { stringsFor } from '../../../src/strings.ts';
import type { Product } from '../../../workers/protocol/product.ts';

const product = (id: string, attributes: Product['attributes'], extra: Partial<Product> = {}): Product => ({
  id, title: id, tags: [], reviews: [], attributes, ...extra,
});

describe('compareRows', () => {
  it('lists price, rating, brand, then only the attributes every product has, matched case-insensitively', () => {
    const rows = compareRows([
      product('a', { batteryLife: '10 h', Colour: ['red', 'blue'], weight: '1 kg' }, { price: 10, currency: 'USD', rating: 4.25, reviewCount: 3, brand: 'Acme' }),
      product('b', { colour: 'black', batteryLife: '12 h' }, { price: 12.5, currency: 'USD' }),
    ], stringsFor('en'));
    expect(rows.map((r) => r.label)).toEqual(['Price', 'Rating', 'Brand', 'Battery life', 'Colour']);
    expect(rows[0]!.cells).toEqual(['$10.00', '$12.50']);
    expect(rows[1]!.cells).toEqual(['★ 4.3 (3)', '—']);
    expect(rows[2]!.cells).toEqual(['Acme', '—']);
    expect(rows[4]!.cells).toEqual(['red, blue', 'black']);
  });

  it('labels rows in Chinese for a Chinese UI', () => {
    expect(compareRows([product('a', {}), product('b', {})], stringsFor('zh-CN')).map((r) => r.label)).toEqual(['价格', '评分', '品牌']);
  });

  it('labels spec rows with the engine\'s labels in the table\'s language, marking one left in its own', () => {
    const rows = compareRows([product('a', { weight: '1 kg', screenRefreshRate: '120 Hz' }), product('b', { weight: '2 kg', screenRefreshRate: '60 Hz' })], stringsFor('zh'), 'en',
      { weight: { text: '重量', lang: 'zh' }, screenRefreshRate: { text: 'Screen refresh rate', lang: 'en' } }, 'zh');
    expect(rows.map((r) => [r.label, r.lang])).toEqual([['价格', undefined], ['评分', undefined], ['品牌', undefined], ['重量', undefined], ['Screen refresh rate', 'en']]);
  });

  it('turns spec keys into readable labels', () => {
    expect(attributeLabel('warrantyInformation')).toBe('Warranty information');
    expect(attributeLabel('battery_life')).toBe('Battery life');
    expect(attributeLabel('屏幕尺寸')).toBe('屏幕尺寸');
  });
});

describe('compareRows: measured values and their units', () => {
  const rows = (lang: string, a: Product['attributes'], b: Product['attributes']) =>
    compareRows([product('a', a), product('b', b)], stringsFor(lang)).slice(3).map((r) => [r.label, ...r.cells]);

  it('marks a measured value with no unit as unit not stated, in the shopper\'s language', () => {
    const a = { weight: '9', dimensions: 'width 15.14, height 13.08, depth 22.99', warrantyInformation: '1 year warranty' };
    const b = { weight: '2', dimensions: 'width 9.26, height 22.47, depth 27.67', warrantyInformation: '2 year warranty' };
    expect(rows('en', a, b)).toEqual([
      ['Weight', '9 (unit not stated)', '2 (unit not stated)'],
      ['Dimensions', 'width 15.14, height 13.08, depth 22.99 (unit not stated)', 'width 9.26, height 22.47, depth 27.67 (unit not stated)'],
      ['Warranty information', '1 year warranty', '2 year warranty'],
    ]);
    expect(rows('zh-CN', { 重量: '9' }, { 重量: '2' })).toEqual([['重量', '9（未注明单位）', '2（未注明单位）']]);
  });

  it('keeps a unit the value states, takes one the name states, and leaves unmeasured numbers alone', () => {
    expect(rows('en', { weight: '320 g', weight_kg: '9', batteryLife: '10 h', 'Memory type': 'DDR4', size: '10' },
      { weight: '1.2 kg', weight_kg: '2.5', batteryLife: '12', 'Memory type': 'DDR5', size: '11' })).toEqual([
      ['Weight', '320 g', '1.2 kg'],
      ['Weight kg', '9 kg', '2.5 kg'],
      ['Battery life', '10 h', '12 (unit not stated)'],
      ['Memory type', 'DDR4', 'DDR5'],
      ['Size', '10', '11'],
    ]);
    expect(rows('zh-CN', { '重量（克）': '320' }, { '重量（克）': '280' })).toEqual([['重量（克）', '320 克', '280 克']]);
  });
});
