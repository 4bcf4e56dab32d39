/**
 * One product described twice on a page (the theme's block and a review app's, under different
 * `@id`s) is one product: the second description fills what the first leaves out.
 */
import type { Product } from '../../workers/protocol/product.ts';

/** The same product? Same id; or same name at the same address when their shop identifiers do not differ. */
export function sameProduct(a: Product, aKey: string | undefined, b: Product, bKey: string | undefined, pageUrl: string): boolean {
  if (a.id === b.id) return true;
  if (aKey && bKey && aKey !== bKey) return false;
  const where = (p: Product) => (p.url ?? pageUrl).replace(/#.*$/, '');
  return a.title.trim().toLowerCase() === b.title.trim().toLowerCase() && where(a) === where(b);
}

/** `first` with the gaps filled from `second`: fields it lacks, reviews, spec rows, tags and variants it has not. */
export function mergeProducts(first: Product, second: Product): Product {
  const merged: Product = { ...first };
  for (const [key, value] of Object.entries(second) as [keyof Product, unknown][]) {
    if (merged[key] === undefined && value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
  }
  const seenReviews = new Set(first.reviews.map((r) => r.text));
  merged.reviews = [...first.reviews, ...second.reviews.filter((r) => !seenReviews.has(r.text))];
  merged.attributes = { ...second.attributes, ...first.attributes };
  merged.tags = [...new Set([...first.tags, ...second.tags])];
  if (!first.variants?.length && second.variants?.length) merged.variants = second.variants;
  return merged;
}
