import type { ProductReview } from '../protocol/product.ts';
import type { RatingDistribution } from '../protocol/reviews.ts';

/** How many reviews gave each star rating; ratings are rounded to whole stars and clamped to 1-5. */
export function ratingDistribution(reviews: ProductReview[]): RatingDistribution {
  const counts: RatingDistribution['counts'] = [0, 0, 0, 0, 0];
  let sum = 0;
  let total = 0;
  for (const { rating } of reviews) {
    if (typeof rating !== 'number' || !Number.isFinite(rating) || rating <= 0) continue;
    const stars = Math.min(5, Math.max(1, Math.round(rating)));
    counts[stars - 1]++;
    sum += rating;
    total++;
  }
  return { counts, total, average: total ? sum / total : undefined };
}
