import { describe, expect, it } from 'vitest';
import type { ProductReview } from '../../../workers/protocol/product.ts';
import { NEAR_DUPLICATE_OVERLAP } from '../../../workers/reviews/select-sentences.ts';
import { wordOverlap } from '../../../workers/reviews/sentence-vectors.ts';
import { summarizeReviews } from '../../../workers/reviews/summarize-reviews.ts';
import type { ReviewSummary } from '../../../workers/protocol/reviews.ts';
import { CHINESE_PHONE_REVIEWS, HEADPHONE_REVIEWS, INJECTION_REVIEW } from '../../helpers/review-fixtures.ts';

/** Every quote of a summary (sentences and chip quotes) is a sentence of the review it names. */
function expectTraceable(summary: ReviewSummary, reviews: ProductReview[]) {
  for (const quote of [...summary.customersSay, ...summary.aspects.flatMap((a) => a.quotes)]) {
    expect(reviews[quote.reviewIndex].text).toContain(quote.text);
  }
}

describe('customers say (light path)', () => {
  it('gives 2-4 sentences, each quoted from a review, none a near-duplicate of another', async () => {
    const summary = await summarizeReviews('p', HEADPHONE_REVIEWS, { productTitle: 'Wireless Headphones' });
    expect(summary.source).toBe('lexical');
    expect(summary.customersSay.length).toBeGreaterThanOrEqual(2);
    expect(summary.customersSay.length).toBeLessThanOrEqual(4);
    expectTraceable(summary, HEADPHONE_REVIEWS);
    const sentences = summary.customersSay.map((q) => q.text);
    for (let i = 0; i < sentences.length; i++)
      for (let j = i + 1; j < sentences.length; j++) expect(wordOverlap(sentences[i], sentences[j])).toBeLessThanOrEqual(NEAR_DUPLICATE_OVERLAP);
    for (const sentence of sentences) expect(summary.text).toContain(sentence);
  });

  it('never picks two copies of the same sentence', async () => {
    const reviews = [...HEADPHONE_REVIEWS, { text: 'Great sound and the battery lasts all week.', rating: 5 }, { text: 'Great sound, and the battery lasts all week!', rating: 5 }];
    const summary = await summarizeReviews('p', reviews);
    const normalized = summary.customersSay.map((q) => q.text.toLowerCase().replace(/[^a-z ]/g, ''));
    expect(new Set(normalized).size).toBe(normalized.length);
  });

  it('reflects the consensus and keeps the main complaint', async () => {
    const summary = await summarizeReviews('p', HEADPHONE_REVIEWS);
    const polarities = summary.customersSay.map((q) => q.polarity);
    expect(polarities[0]).not.toBe('negative');
    expect(polarities).toContain('negative');
    expect(summary.text).toMatch(/battery|service|cheap/i);
  });

  it('finds aspects with counts that match the quotes behind them', async () => {
    const summary = await summarizeReviews('p', HEADPHONE_REVIEWS);
    const byId = Object.fromEntries(summary.aspects.map((a) => [a.id, a]));
    expect(byId.sound.positive).toBeGreaterThan(byId.sound.negative);
    expect(byId.battery.negative).toBeGreaterThan(0);
    for (const chip of summary.aspects) {
      expect(chip.quotes.filter((q) => q.polarity === 'positive')).toHaveLength(chip.positive);
      expect(chip.quotes.filter((q) => q.polarity === 'negative')).toHaveLength(chip.negative);
      expect(chip.quotes.filter((q) => q.polarity === 'neutral')).toHaveLength(chip.neutral);
    }
    expect(summary.pros).toContain('Sound');
    expect(summary.cons).toContain('Battery');
    expectTraceable(summary, HEADPHONE_REVIEWS);
  });

  it('counts the rating distribution', async () => {
    const { ratings } = await summarizeReviews('p', HEADPHONE_REVIEWS);
    expect(ratings.counts).toEqual([1, 2, 1, 2, 4]);
    expect(ratings.total).toBe(10);
    expect(ratings.average).toBeCloseTo(3.6);
  });

  it('works end to end on Chinese reviews', async () => {
    const summary = await summarizeReviews('zh', CHINESE_PHONE_REVIEWS);
    expect(summary.language).toBe('zh');
    expect(summary.customersSay.length).toBeGreaterThanOrEqual(2);
    expectTraceable(summary, CHINESE_PHONE_REVIEWS);
    const byId = Object.fromEntries(summary.aspects.map((a) => [a.id, a]));
    expect(byId.screen).toMatchObject({ name: '屏幕' });
    expect(byId.screen.positive).toBeGreaterThanOrEqual(2);
    expect(byId.battery.negative).toBeGreaterThanOrEqual(2);
    expect(summary.pros).toContain('屏幕');
    expect(summary.cons).toContain('电池');
    expect(summary.text).toMatch(/[。！]$/);
  });

  it('treats an injection review as plain data', async () => {
    const plain = await summarizeReviews('p', HEADPHONE_REVIEWS);
    const attacked = await summarizeReviews('p', [...HEADPHONE_REVIEWS, INJECTION_REVIEW]);
    // The review's words are quoted verbatim where quoted, never obeyed: no claim of "best product ever" is added.
    for (const quote of attacked.customersSay) expect(HEADPHONE_REVIEWS.concat(INJECTION_REVIEW)[quote.reviewIndex].text).toContain(quote.text);
    expect(attacked.ratings.counts[0]).toBe(plain.ratings.counts[0] + 1);
    const sound = (s: ReviewSummary) => s.aspects.find((a) => a.id === 'sound');
    expect(sound(attacked)?.positive).toBe(sound(plain)?.positive);
    expect(attacked.reviewCount).toBe(11);
  });

  it('reads at most maxReviews reviews for sentences and aspects, but counts every rating', async () => {
    const summary = await summarizeReviews('p', HEADPHONE_REVIEWS, { maxReviews: 3 });
    expect(summary).toMatchObject({ reviewCount: 10, analyzedReviews: 3 });
    expect(summary.ratings.total).toBe(10);
    for (const q of [...summary.customersSay, ...summary.aspects.flatMap((a) => a.quotes)]) expect(q.reviewIndex).toBeLessThan(3);
  });

  it('handles a product with no reviews', async () => {
    const summary = await summarizeReviews('empty', []);
    expect(summary).toMatchObject({ reviewCount: 0, customersSay: [], text: '', aspects: [], pros: [], cons: [] });
    expect(summary.ratings.total).toBe(0);
  });
});
