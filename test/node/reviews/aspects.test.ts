import { describe, expect, it } from 'vitest';
import { aspectScores } from '../../../workers/reviews/aspect-sentiment.ts';
import { aspectTerms } from '../../../workers/reviews/aspect-terms.ts';
import { groupAspects, groupKey } from '../../../workers/reviews/aspect-groups.ts';
import { polarityOf } from '../../../workers/reviews/lexicon-sentiment.ts';

/** Polarity toward each aspect term found in a sentence, by term. */
async function polarities(sentence: string): Promise<Record<string, string>> {
  const spans = aspectTerms(sentence);
  const scores = await aspectScores(spans.map((s) => ({ sentence, start: s.start, end: s.end, others: spans.filter((o) => o !== s) })));
  return Object.fromEntries(spans.map((s, i) => [s.term.toLowerCase(), polarityOf(scores[i])]));
}

describe('aspect terms', () => {
  it('finds noun phrases, not the opinion words around them', () => {
    const terms = aspectTerms('The lousy internal speakers ruin the otherwise great battery life.').map((s) => s.term);
    expect(terms).toContain('speakers');
    expect(terms).toContain('battery life');
    expect(terms.join(' ')).not.toMatch(/lousy|great/);
  });

  it('gives exact character spans', () => {
    const sentence = 'Sadly the zipper broke.';
    for (const span of aspectTerms(sentence)) expect(sentence.slice(span.start, span.end)).toBe(span.term);
  });

  it('finds Chinese aspects before their opinion words', () => {
    expect(aspectTerms('物流很快，音质不好，价格也便宜').map((s) => s.term)).toEqual(['物流', '音质', '价格']);
  });
});

describe('sentiment toward each aspect (clause level)', () => {
  it('splits a mixed sentence: + screen, - battery', async () => {
    expect(await polarities('Great screen but the battery dies fast.')).toMatchObject({ screen: 'positive', battery: 'negative' });
  });

  it('reads negation toward an aspect', async () => {
    expect(await polarities('The keyboard is not comfortable, the display is lovely.')).toMatchObject({ keyboard: 'negative', display: 'positive' });
  });

  it('does the same in Chinese: + 屏幕, - 电池', async () => {
    expect(await polarities('屏幕很清晰，但是电池不耐用')).toMatchObject({ 屏幕: 'positive', 电池: 'negative' });
    expect(await polarities('客服态度不好，物流没有问题')).toMatchObject({ 客服: 'negative', 物流: 'positive' });
  });
});

describe('aspect groups', () => {
  it('groups similar terms under a seed category name', () => {
    expect(groupKey('battery life')).toBe('battery');
    expect(groupKey('Batteries')).toBe('battery');
    expect(groupKey('zippers')).toBe(groupKey('zipper'));
    expect(groupKey('续航')).toBe('battery');
  });

  it('counts a sentence once per chip, so counts equal the quotes', () => {
    const sentence = { reviewIndex: 0, sentenceIndex: 0, text: 'The battery and battery life are great.' };
    const chips = groupAspects(
      [
        { term: 'battery', sentence, polarity: 'positive' },
        { term: 'battery life', sentence, polarity: 'positive' },
        { term: 'battery', sentence: { reviewIndex: 1, sentenceIndex: 0, text: 'Battery died.' }, polarity: 'negative' },
      ],
      'en',
    );
    expect(chips).toHaveLength(1);
    expect(chips[0]).toMatchObject({ id: 'battery', name: 'Battery', positive: 1, negative: 1, neutral: 0 });
    expect(chips[0].quotes).toHaveLength(2);
  });
});

describe('implicit aspects', () => {
  it('reads "comfortable" as comfort and "太贵" as price, unless the clause names another aspect', async () => {
    const { implicitAspects } = await import('../../../workers/reviews/implicit-aspects.ts');
    expect(implicitAspects('So comfortable to wear all day.', []).map((s) => s.term)).toEqual(['comfort']);
    expect(implicitAspects('东西不错，就是太贵了', []).map((s) => s.term)).toEqual(['price']);
    const sentence = '电池不太耐用';
    expect(implicitAspects(sentence, aspectTerms(sentence))).toEqual([]);
  });
});
