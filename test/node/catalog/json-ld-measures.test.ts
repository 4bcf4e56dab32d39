import { describe, expect, it } from 'vitest';
import { productNodes } from '../../../common/json-ld/json-ld-product.ts';
import { productFromNode } from '../../../common/json-ld/product-group.ts';
import type { Product } from '../../../workers/protocol/product.ts';
import { askAboutProduct } from '../../../workers/qa/qa.ts';

const page = 'https://shop.example/p/item';
const read = (json: unknown): Product => {
  const [product] = productNodes(json).map((n) => productFromNode(n, page));
  if (typeof product === 'string') throw new Error(product);
  return product;
};

// Shapes as platforms and their SEO plugins print a product's own weight and size.
/** Shopify theme: a variant's weight printed with its unit as text (`variant.weight | weight_with_unit`). */
const shopify = {
  '@context': 'https://schema.org', '@type': 'ProductGroup', name: 'Trail Pack 30L', productGroupID: '8801', brand: { '@type': 'Brand', name: 'Ridge' },
  weight: '1.2 kg', variesBy: ['https://schema.org/color'],
  hasVariant: [{ '@type': 'Product', sku: 'TP30-GRN', name: 'Trail Pack 30L - Green', color: 'Green', offers: { '@type': 'Offer', price: '89.00', priceCurrency: 'EUR' } }],
};
/** WooCommerce with an SEO plugin: QuantitativeValue with a UN/CEFACT unitCode, in the page's @graph. */
const woocommerce = {
  '@context': 'https://schema.org/',
  '@graph': [
    { '@type': 'WebPage', '@id': 'https://shop.example/p/item#webpage', name: 'Oak Side Table' },
    {
      '@type': 'Product', '@id': 'https://shop.example/p/item#product', name: 'Oak Side Table', sku: 'OST-1',
      offers: [{ '@type': 'Offer', price: '149.00', priceCurrency: 'USD' }],
      weight: { '@type': 'QuantitativeValue', value: '6.5', unitCode: 'KGM' },
      depth: { '@type': 'QuantitativeValue', value: '40', unitCode: 'CMT' },
      width: { '@type': 'QuantitativeValue', value: '45', unitCode: 'CMT' },
      height: { '@type': 'QuantitativeValue', value: '55', unitCode: 'CMT' },
    },
  ],
};
/** Magento extension: stored decimals ("2.0000") with a unitText. */
const magento = {
  '@context': 'http://schema.org', '@type': 'Product', name: 'Cast Iron Skillet', sku: 'CIS-10', offers: { '@type': 'Offer', price: '39.99', priceCurrency: 'USD' },
  weight: { '@type': 'QuantitativeValue', value: '2.0000', unitText: 'lbs' },
};

describe('schema.org weight / depth / width / height of a Product are its spec rows', () => {
  it('reads text and QuantitativeValue shapes with their units (Shopify, WooCommerce, Magento)', () => {
    expect(read(shopify).attributes).toMatchObject({ weight: '1.2 kg' });
    expect(read(shopify).variants?.[0]).toMatchObject({ id: 'TP30-GRN' });
    expect(read(woocommerce).attributes).toMatchObject({ weight: '6.5 kg', depth: '40 cm', width: '45 cm', height: '55 cm' });
    expect(read(magento).attributes).toMatchObject({ weight: '2 lbs' });
  });

  it('a number with no unit stays bare; a spec row of the same name is not written twice; nothing is made up', () => {
    const bare = read({ '@type': 'Product', name: 'Kettle', weight: { '@type': 'QuantitativeValue', value: 9 } });
    expect(bare.attributes).toEqual({ weight: '9' });
    const both = read({ '@type': 'Product', name: 'Lamp', weight: { value: 1, unitCode: 'KGM' }, additionalProperty: [{ '@type': 'PropertyValue', name: 'Weight', value: '1.1 kg' }] });
    expect(both.attributes).toEqual({ Weight: '1.1 kg' });
    expect(read({ '@type': 'Product', name: 'Mug', weight: { '@type': 'QuantitativeValue' }, height: '' }).attributes).toEqual({});
  });

  it('answers "How heavy is it?" and 它有多重？ from them, with the unit (English and Chinese)', async () => {
    for (const [json, unit] of [[woocommerce, /6\.5 kg/], [magento, /2 lbs/], [shopify, /1\.2 kg/]] as const) {
      const product = read(json);
      for (const q of ['How heavy is it?', '它有多重？']) {
        const a = await askAboutProduct(product, q);
        expect(a.verdict, q).toBe('stated');
        expect(a.text, q).toMatch(unit);
        expect(a.text, q).not.toMatch(/unit is not stated|单位/);
      }
    }
    const table = read(woocommerce);
    expect((await askAboutProduct(table, 'How tall is it?')).text).toMatch(/55 cm/);
    expect((await askAboutProduct(table, '有多高？')).text).toMatch(/55 cm/);
  });
});
