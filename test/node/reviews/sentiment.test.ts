import { describe, expect, it } from 'vitest';
import { chineseSentiment } from '../../../workers/reviews/chinese-sentiment.ts';
import { englishSentiment } from '../../../workers/reviews/english-sentiment.ts';
import { lexiconSentiment } from '../../../workers/reviews/lexicon-sentiment.ts';
import { reviewSentences as splitSentences, splitClauses } from '../../../workers/reviews/clauses.ts';

describe('sentence and clause splitting', () => {
  it('splits English and Chinese reviews into sentences without changing their text', () => {
    const zh = '物流很快，早上下单，下午就到了。包装也很高档！就是耳机音质很差';
    expect(splitSentences(zh)).toEqual(['物流很快，早上下单，下午就到了。', '包装也很高档！', '就是耳机音质很差']);
    expect(splitSentences('Great fit. Dr. Lee liked it too! Would buy again')).toEqual(['Great fit.', 'Dr. Lee liked it too!', 'Would buy again']);
  });

  it('cuts clauses at contrast words in both languages', () => {
    expect(splitClauses('Great screen but the battery dies fast.')).toEqual(['Great screen', 'but the battery dies fast.']);
    expect(splitClauses('质量不错但是有点贵')).toEqual(['质量不错', '但是有点贵']);
  });
});

describe('English lexicon sentiment (VADER + review phrases)', () => {
  it('reads negation', () => {
    expect(englishSentiment('The battery is good')).toBeGreaterThan(0.05);
    expect(englishSentiment('The battery is not good')).toBeLessThan(-0.05);
    expect(englishSentiment('It is not sturdy at all')).toBeLessThan(-0.05);
  });

  it('weighs the clause after "but" over the one before', () => {
    expect(englishSentiment('The screen is nice but the battery is terrible')).toBeLessThan(0);
    expect(englishSentiment('The strap is a little stiff but overall I love it')).toBeGreaterThan(0);
  });

  it('knows shopping phrases a social-media lexicon lacks', () => {
    expect(englishSentiment('the battery dies fast')).toBeLessThan(-0.05);
    expect(englishSentiment('it runs small')).toBeLessThan(-0.05);
    expect(englishSentiment('fits perfectly')).toBeGreaterThan(0.05);
  });
});

describe('Chinese lexicon sentiment', () => {
  it('reads negation words 不, 没, 没有', () => {
    expect(chineseSentiment('很好用')).toBeGreaterThan(0);
    expect(chineseSentiment('不好用')).toBeLessThan(0);
    expect(chineseSentiment('没有问题')).toBeGreaterThan(0);
    expect(chineseSentiment('没用几天就坏了')).toBeLessThan(0);
  });

  it('scales by degree words and damps by 有点', () => {
    expect(chineseSentiment('非常好')).toBeGreaterThan(chineseSentiment('好'));
    expect(Math.abs(chineseSentiment('有点贵'))).toBeLessThan(Math.abs(chineseSentiment('太贵')));
  });

  it('lets the clause after 但是 / 不过 decide', () => {
    expect(chineseSentiment('包装很好，但是质量很差')).toBeLessThan(0);
    expect(chineseSentiment('价格有点贵，不过质量非常好')).toBeGreaterThan(0);
  });
});

describe('lexiconSentiment', () => {
  it('labels each language and says it is the light path', () => {
    const en = lexiconSentiment('Terrible, it broke on day one.');
    expect(en).toMatchObject({ label: 'negative', language: 'en', source: 'lexical' });
    const zh = lexiconSentiment('非常满意，推荐！');
    expect(zh).toMatchObject({ label: 'positive', language: 'zh', source: 'lexical' });
    expect(lexiconSentiment('It arrived on Tuesday.').label).toBe('neutral');
  });
});
