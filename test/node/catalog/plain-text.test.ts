import { describe, expect, it } from 'vitest';
import { normalizeRecord } from '../../../workers/catalog/normalize-record.ts';
import type { Product } from '../../../workers/protocol/product.ts';
import { decodeHTML } from 'entities';
import { htmlToText } from '../../../common/html-to-text.ts';

const plainText = (html: string) => htmlToText(html, decodeHTML);

describe('shop text from feeds is plain text', () => {
  it('decodes every HTML5 entity and drops tags, keeping the bullet lines', () => {
    expect(plainText('CoolTech&trade; fabric, 1&frac14; inch &amp; more')).toBe('CoolTech™ fabric, 1¼ inch & more');
    expect(plainText('<p>Soft <b>cotton</b></p>\n• Machine wash\n•  Tumble dry')).toBe('Soft cotton\n• Machine wash\n• Tumble dry');
    expect(plainText('size < 10 & > 2')).toBe('size < 10 & > 2');
    expect(plainText('Soft<script>alert(1)</script> cotton')).toBe('Soft cotton');
  });

  it('reads a feed record so that no markup reaches the title, description, specs or reviews', () => {
    const product = normalizeRecord({
      id: 'p1',
      title: 'Josie Yoga Jacket&reg;',
      description: '<p>Stretchy &amp; soft.</p>\nHidden zipper.',
      attributes: { material: ['Polyester', 'CoolTech&trade;'], fit: '<img src=x onerror=alert(1)>Relaxed' },
      reviews: [{ text: 'Love it &lt;3', title: '<script>x</script>Great' }],
      url: 'https://shop.example/p?a=1&copy=2',
    }) as Product;
    expect(product.title).toBe('Josie Yoga Jacket®');
    expect(product.description).toBe('Stretchy & soft.\nHidden zipper.');
    expect(product.attributes).toEqual({ material: ['Polyester', 'CoolTech™'], fit: 'Relaxed' });
    expect(product.reviews[0]).toMatchObject({ text: 'Love it <3', title: 'Great' });
    expect(product.url).toBe('https://shop.example/p?a=1&copy=2');
  });
});
