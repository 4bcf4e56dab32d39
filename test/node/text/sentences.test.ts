import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../workers/text/sentences.ts';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences (the one sentence splitter)', () => {
  it('cuts English and Chinese text at sentence ends, verbatim, with each span in the text', () => {
    const text = '质量很好。物流很快！  Great phone. Battery lasts two days?';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['质量很好。', '物流很快！', 'Great phone.', 'Battery lasts two days?']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('never runs across a line, and keeps a bullet line whole without its marker', () => {
    const sentences = splitSentences('Soft cotton. Machine wash.\n• Zip pocket. Hood\n- 5G\n2) Two colours');
    expect(sentences.map((s) => [s.text, s.bullet])).toEqual([
      ['Soft cotton.', false], ['Machine wash.', false], ['Zip pocket. Hood', true], ['5G', true], ['Two colours', true],
    ]);
  });

  it('does not cut after abbreviations, but "No." alone is a sentence', () => {
    expect(texts('Great fit. Dr. Lee liked it too! Would buy again')).toEqual(['Great fit.', 'Dr. Lee liked it too!', 'Would buy again']);
    expect(texts('Model No. 5 fits. No. A customer says it does not.')).toEqual(['Model No. 5 fits.', 'No.', 'A customer says it does not.']);
  });

  it('cuts after "~" runs and drops empty pieces and bare punctuation', () => {
    expect(texts('love it ~ so soft!!! \n\n ... \n')).toEqual(['love it ~', 'so soft!!!']);
    expect(splitSentences('')).toEqual([]);
  });

  it('keeps a long sentence whole (callers with a limit cut it their way)', () => {
    const long = `${'very soft, '.repeat(40)}great.`;
    expect(texts(long)).toEqual([long]);
  });
});
