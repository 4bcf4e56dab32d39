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

  it('turns spec keys into readable labels', () => {
    expect(attributeLabel('warrantyInformation')).toBe('Warranty information');
    expect(attributeLabel('battery_life')).toBe('Battery life');
    expect(attributeLabel('屏幕尺寸')).toBe('屏幕尺寸');
  });
});
