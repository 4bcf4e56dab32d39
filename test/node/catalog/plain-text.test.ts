import { describe, expect, it } from 'vitest';
import { normalizeRecord } from '../../../workers/catalog/normalize-record.ts';
import type { Product } from '../../../workers/protocol/product.ts';
import { decodeHTML } from 'entities';
import { htmlToText } from '../../../common/html-to-text.ts';
import { tidyLines } from '../../../common/json-ld/element-text.ts';

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

describe('white space is collapsed as before, without rewriting every single space', () => {
  const samples = [' a \t b\u00a0\u00a0c  \n\n d ', 'one  two\tthree\u2003four\u00a0five', '\t\t', 'x \u00a0 y', 'plain words only'];

  it('tidyLines gives what replacing every run of white space gave', () => {
    const before = (text: string) => text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
    for (const text of samples) expect(tidyLines(text), JSON.stringify(text)).toBe(before(text));
  });

  it('htmlToText too', () => {
    const before = (text: string) => text.replace(/[ \t\r\f\v\u00a0]+/g, ' ').replace(/ *\n[\n ]*/g, '\n').trim();
    for (const text of samples) expect(htmlToText(text.replace(/\n/g, '<br>') + '&amp;'), JSON.stringify(text)).toBe(before(`${text}&`));
  });

  it('a 1 MB description of single spaces is read quickly (it took about 500 ms)', () => {
    const description = 'Its shade is woven from recycled paper and its base is weighted. '.repeat(16_000);
    const started = performance.now();
    expect(tidyLines(description)).toBe(description.trim());
    expect(performance.now() - started).toBeLessThan(250);
  });
});
