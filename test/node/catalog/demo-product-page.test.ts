import { describe, expect, it } from 'vitest';
import { productPage } from '../../../demo/templates/pages.ts';
import { demoCatalog } from '../../helpers/demo-catalog.ts';

describe('demo shop product page', () => {
  it('names spec rows as people read them, and keeps page text as text', () => {
    const product = demoCatalog().find((p) => p.attributes.warrantyInformation)!;
    const hostile = { ...product, attributes: { ...product.attributes, battery_life: '<img src=x onerror=alert(1)>' } };
    const html = productPage({ name: 'Test shop', products: [hostile], categories: new Map() }, hostile);
    expect(html).toContain('<th scope="row">Warranty information</th>');
    expect(html).toContain('<th scope="row">Battery life</th>');
    expect(html).not.toContain('warrantyInformation</th>');
    expect(html).not.toContain('<img src=x');
  });
});
