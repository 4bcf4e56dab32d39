import { describe, expect, it } from 'vitest';
import { specEvidenceText } from '../../scripts/eval/spec-evidence.ts';
import { plainWords } from '../../workers/qa/text-terms.ts';

describe('the product-QA eval adapter writes the data sets\' serialised spec rows as a shop writes them', () => {
  it('keeps the row\'s value and unit, once, and drops the data set\'s normalised copies', () => {
    expect(specEvidenceText('item_weight: { unit:pounds, normalized_value:{ unit:pounds, value:0.5 }, value:0.5 }')).toBe('item_weight: 0.5 pounds');
    expect(specEvidenceText('website_shipping_weight: { unit:kilograms, normalized_value:{ unit:pounds, value:20.6 }, value:9.34 }')).toBe('website_shipping_weight: 9.34 kilograms');
    expect(specEvidenceText('color: { standardized_values:[ "silver" ], value:"silver" }')).toBe('color: silver');
    expect(specEvidenceText('specification_met: { value:"nsf" }; { value:"ul" }')).toBe('specification_met: nsf, ul');
    expect(specEvidenceText('cable: [ { value:"without cable" } ]')).toBe('cable: without cable');
  });

  it('leaves plain text alone', () => {
    expect(specEvidenceText('Great value: it works.')).toBe('Great value: it works.');
  });

  it('production code reads a shop\'s spec row as words, with no knowledge of the data set\'s serialisation', () => {
    expect(plainWords('item_weight: 0.5 pounds')).toBe('item weight: 0.5 pounds');
    // A shop's own text that says "value:" keeps the word.
    expect(plainWords('Best value: two for one')).toContain('value');
  });
});
