import type { Product } from '../protocol/product.ts';
import { attributeLabel } from '../../common/attribute-label.ts';
import { isBookkeepingAttribute } from '../catalog/attribute-kinds.ts';
import type { Fact } from './generate-types.ts';

/** Rows a draft leaves out: the shop's bookkeeping, and sizes that read badly as one sentence. */
const skipped = (name: string) => isBookkeepingAttribute(name) || /^(?:weight|dimensions)$/i.test(attributeLabel(name));

/** The product's facts a draft can use: identity, price, rating and spec rows (at most `limit` spec rows). */
export function productFacts(product: Product, limit = 6): Fact[] {
  const facts: Fact[] = [{ field: 'title', label: 'title', value: product.title }];
  if (product.brand) facts.push({ field: 'brand', label: 'brand', value: product.brand });
  if (product.category) facts.push({ field: 'category', label: 'category', value: product.category });
  if (product.price !== undefined) {
    facts.push({ field: 'price', label: 'price', value: `${product.price.toFixed(2)} ${product.currency ?? 'USD'}` });
  }
  const rows = Object.entries(product.attributes).filter(([name]) => !skipped(name));
  for (const [name, value] of rows.slice(0, limit)) {
    facts.push({ field: `attributes.${name}`, label: attributeLabel(name).toLowerCase(), value: Array.isArray(value) ? value.join(', ') : value });
  }
  return facts;
}

/** Review highlights: quotes from reviews rated 4 or more (or unrated), best first, at most `limit`. */
export function reviewHighlights(product: Product, limit = 2): Fact[] {
  return product.reviews
    .map((review, i) => ({ review, i }))
    .filter(({ review }) => (review.rating ?? 5) >= 4 && review.text.length <= 240)
    .sort((a, b) => (b.review.rating ?? 0) - (a.review.rating ?? 0))
    .slice(0, limit)
    .map(({ review, i }) => ({ field: `reviews[${i}]`, label: 'review', value: review.text }));
}
