import { describe, expect, it } from 'vitest';
import { schemaOrgWords } from '../../../common/schema-org-words.ts';
import { gatherEvidence } from '../../../workers/qa/gather-evidence.ts';

describe('schema.org values as words', () => {
  it('turns enumeration URLs and names into words, English and Chinese, and leaves other values alone', () => {
    expect(schemaOrgWords('https://schema.org/InStock')).toBe('In stock');
    expect(schemaOrgWords('InStock')).toBe('In stock');
    expect(schemaOrgWords('NewCondition')).toBe('New');
    expect(schemaOrgWords('http://schema.org/LimitedAvailability')).toBe('Limited availability');
    expect(schemaOrgWords('https://schema.org/InStock', 'zh')).toBe('有货');
    expect(schemaOrgWords('RefurbishedCondition', 'zh')).toBe('翻新');
    expect(schemaOrgWords('https://schema.org/SomeNewState')).toBe('Some new state');
    expect(schemaOrgWords('Ships in 2 weeks')).toBe('Ships in 2 weeks');
  });

  it('the evidence a shopper sees quotes the words, not the code', () => {
    const rows = gatherEvidence({
      id: 'p', title: 'Trail Boot', tags: [], reviews: [], availability: 'InStock', attributes: { itemCondition: 'https://schema.org/NewCondition' },
    }).candidates.map((e) => e.text);
    expect(rows).toContain('Availability: In stock');
    expect(rows).toContain('Item condition: New');
    expect(rows.join(' ')).not.toMatch(/InStock|NewCondition/);
  });
});
