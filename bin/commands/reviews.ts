/**
 * `npx aisle reviews <catalog.jsonl|json> [product-id] [--json]`: "customers say" for a product of a
 * catalog feed (or for every product with reviews), on the light path, as a merchant would see it.
 */
import { readFileSync } from 'node:fs';
import { parseCatalogFeed } from '../../workers/catalog/parse-feed.ts';
import { summarizeReviews } from '../../workers/reviews/summarize-reviews.ts';
import type { ReviewSummary } from '../../workers/protocol/reviews.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const [file, productId] = args.filter((a) => !a.startsWith('--'));
if (!file || args.includes('--help')) {
  console.log('usage: aisle reviews <catalog.jsonl|json> [product-id] [--json]\nPrints what customers say: summary, aspects with +/- counts, pros/cons, ratings.');
  process.exit(file ? 0 : 1);
}

const { products } = parseCatalogFeed(readFileSync(file, 'utf8'));
const chosen = productId ? products.filter((p) => p.id === productId) : products.filter((p) => p.reviews.length);
if (!chosen.length) {
  console.error(productId ? `aisle reviews: no product "${productId}" in ${file}` : `aisle reviews: no product in ${file} has reviews`);
  process.exit(2);
}

/** One summary as a few readable lines. */
function describe(title: string, s: ReviewSummary): string {
  const stars = s.ratings.counts.map((n, i) => `${i + 1}★ ${n}`).join('  ');
  const chips = s.aspects.map((a) => `${a.name} +${a.positive} −${a.negative}`).join(' · ');
  return [
    `${title} (${s.reviewCount} reviews)`,
    `  customers say: ${s.text || '(no reviews)'}`,
    chips && `  aspects: ${chips}`,
    s.pros.length ? `  pros: ${s.pros.join(', ')}` : '',
    s.cons.length ? `  cons: ${s.cons.join(', ')}` : '',
    s.ratings.total ? `  ratings: ${stars}` : '',
  ].filter(Boolean).join('\n');
}

for (const product of chosen) {
  const summary = await summarizeReviews(product.id, product.reviews, { productTitle: product.title });
  console.log(json ? JSON.stringify(summary) : `${describe(product.title, summary)}\n`);
}
