import { describe, expect, it } from 'vitest';
import { faqEntriesFromJsonLd } from '../../../common/json-ld/faq-page.ts';

const page = 'https://shop.example/help/faq';
const question = (name: string, answer: unknown, extra: Record<string, unknown> = {}) => ({
  '@type': 'Question', name, acceptedAnswer: answer === undefined ? undefined : { '@type': 'Answer', text: answer }, ...extra,
});

describe('FAQPage JSON-LD parsing', () => {
  it('reads a single FAQPage with a mainEntity list', () => {
    const entries = faqEntriesFromJsonLd({
      '@context': 'https://schema.org', '@type': 'FAQPage',
      mainEntity: [question('Do you ship to Canada?', 'Yes, in 5-8 days.'), question('Can I return worn shoes?', 'No.')],
    }, page);
    expect(entries.map((e) => [e.question, e.text, e.kind, e.url])).toEqual([
      ['Do you ship to Canada?', 'Yes, in 5-8 days.', 'faq-page', page],
      ['Can I return worn shoes?', 'No.', 'faq-page', page],
    ]);
    expect(new Set(entries.map((e) => e.id)).size).toBe(2);
  });

  it('reads a mainEntity that is a single Question, not a list', () => {
    const entries = faqEntriesFromJsonLd({ '@type': 'FAQPage', mainEntity: question('Warranty?', '2 years on everything.') }, page);
    expect(entries).toHaveLength(1);
    expect(entries[0].text).toBe('2 years on everything.');
  });

  it('finds the FAQPage inside an @graph, beside other nodes, and inside a WebPage mainEntity', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', name: 'Shop' },
        { '@type': 'FAQPage', url: '/help/shipping', mainEntity: [question('How fast?', 'Two days.')] },
      ],
    };
    expect(faqEntriesFromJsonLd(graph, page)[0]).toMatchObject({ text: 'Two days.', url: 'https://shop.example/help/shipping' });
    const nested = { '@type': 'WebPage', mainEntity: { '@type': 'FAQPage', mainEntity: question('Pay?', 'Cards.') } };
    expect(faqEntriesFromJsonLd(nested, page)[0].text).toBe('Cards.');
    expect(faqEntriesFromJsonLd([graph, nested], page)).toHaveLength(2);
  });

  it('strips HTML in answers to text: no tags, no script content, entities decoded', () => {
    const [entry] = faqEntriesFromJsonLd({
      '@type': 'FAQPage',
      mainEntity: question('Returns?', '<p>Within <b>30 days</b> &amp; free.</p><script>steal()</script><img src=x onerror=alert(1)><p>Keep the tags on.</p>'),
    }, page);
    expect(entry.text).toBe('Within 30 days & free.\nKeep the tags on.');
    expect(entry.text).not.toMatch(/[<>]|steal|onerror/);
  });

  it('takes the first accepted answer of a list, falls back to a suggested answer, and skips questions without one', () => {
    const entries = faqEntriesFromJsonLd({
      '@type': 'FAQPage',
      mainEntity: [
        { '@type': 'Question', name: 'A?', acceptedAnswer: [{ '@type': 'Answer', text: '' }, { '@type': 'Answer', text: 'Second.' }] },
        { '@type': 'Question', name: 'B?', suggestedAnswer: { '@type': 'Answer', text: 'Suggested.' } },
        { '@type': 'Question', name: 'C?' },
        { '@type': 'Thing', name: 'Not a question', acceptedAnswer: { text: 'x' } },
      ],
    }, page);
    expect(entries.map((e) => e.text)).toEqual(['Second.', 'Suggested.']);
  });

  it('ignores pages that have no FAQPage, and unsafe URLs', () => {
    expect(faqEntriesFromJsonLd({ '@type': 'Product', name: 'Shoe' }, page)).toEqual([]);
    const [entry] = faqEntriesFromJsonLd({ '@type': 'FAQPage', url: 'javascript:alert(1)', mainEntity: question('Q?', 'A.') }, page);
    expect(entry.url).toBe(page);
  });
});
