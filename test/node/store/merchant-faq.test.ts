import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMerchantFaq, topicFromName } from '../../../workers/store/merchant-faq.ts';
import { root } from '../../helpers/demo-catalog.ts';

const fileUrl = 'https://shop.example/help/faq.json';

describe('merchant FAQ file, JSON format', () => {
  it('reads the demo shop FAQ: every entry with a topic and a link, and the contact', () => {
    const faq = parseMerchantFaq(readFileSync(`${root}demo/faq.json`, 'utf8'), 'https://demo-shop.example/faq.json');
    expect(faq.warnings).toEqual([]);
    expect(faq.entries.length).toBeGreaterThanOrEqual(20);
    const topics = new Set(faq.entries.flatMap((e) => e.topics));
    for (const topic of ['shipping', 'returns', 'warranty', 'payment', 'order-help', 'discounts', 'contact']) expect(topics).toContain(topic);
    expect(faq.entries.every((e) => e.url?.startsWith('https://demo-shop.example/'))).toBe(true);
    expect(faq.contact).toEqual({ url: 'https://demo-shop.example/help/contact', label: 'Customer care' });
  });

  it('classifies entries without a topic from their text, resolves relative links, and refuses javascript: links', () => {
    const faq = parseMerchantFaq(JSON.stringify({
      contact: 'help@shop.example',
      policies: [
        { question: 'How long do refunds take?', answer: 'Refunds take **5 days**. See [our page](/refunds).', url: '/help/refunds' },
        { question: 'Pay later?', answer: 'Klarna is offered at checkout.', url: 'javascript:alert(1)' },
        { question: 'No answer here' },
      ],
    }), fileUrl);
    expect(faq.entries[0]).toMatchObject({ topics: ['returns'], text: 'Refunds take 5 days. See our page.', url: 'https://shop.example/help/refunds' });
    expect(faq.entries[1].topics).toContain('payment');
    expect(faq.entries[1].url).toBe(fileUrl);
    expect(faq.entries).toHaveLength(2);
    expect(faq.warnings).toEqual(['FAQ entry 3 has no answer']);
    expect(faq.contact).toEqual({ url: 'mailto:help@shop.example', label: undefined });
  });

  it('reports a broken file instead of throwing', () => {
    const faq = parseMerchantFaq('{ "policies": [', fileUrl);
    expect(faq.entries).toEqual([]);
    expect(faq.warnings[0]).toMatch(/not valid JSON/);
  });

  it('knows topic names in English and Chinese', () => {
    expect(topicFromName('Delivery')).toBe('shipping');
    expect(topicFromName('退换货')).toBe('returns');
    expect(topicFromName('Opening hours')).toBeUndefined();
  });
});

describe('merchant FAQ file, Markdown format', () => {
  const markdown = [
    '# Help',
    'Contact: [Write to us](https://shop.example/contact)',
    '',
    '## Shipping',
    '### Do you ship to Canada?',
    'Yes, to all provinces. Delivery takes *5-8* business days.',
    '',
    '### 发货时间',
    '下单后 24 小时内发货。',
    '## Returns',
    '### Can I return sale items?',
    'Sale items are final sale.',
    '### Empty question',
    '',
  ].join('\n');

  it('reads ## topic sections, ### questions with their answers, and the contact line', () => {
    const faq = parseMerchantFaq(markdown, 'https://shop.example/faq.md');
    expect(faq.entries.map((e) => [e.question, e.topics[0], e.text])).toEqual([
      ['Do you ship to Canada?', 'shipping', 'Yes, to all provinces. Delivery takes 5-8 business days.'],
      ['发货时间', 'shipping', '下单后 24 小时内发货。'],
      ['Can I return sale items?', 'returns', 'Sale items are final sale.'],
    ]);
    expect(faq.entries[0].url).toBe('https://shop.example/faq.md#do-you-ship-to-canada');
    expect(faq.contact).toEqual({ url: 'https://shop.example/contact', label: 'Write to us' });
  });

  it('warns when a Markdown file has no questions', () => {
    expect(parseMerchantFaq('Just some text', 'https://shop.example/faq.md').warnings).toHaveLength(1);
  });
});
