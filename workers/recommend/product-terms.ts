import type { Product } from '../protocol/product.ts';
import { categoryWords } from '../catalog/product-text.ts';
import { hasHan, tokenize } from '../text/tokenize.ts';
import { stem } from '../text/stem.ts';
import { attributeLabel } from '../../common/attribute-label.ts';
import { isAvailabilityAttribute, isBookkeepingAttribute } from '../catalog/attribute-kinds.ts';

/** Spec rows that say nothing about what a product is like: the shop's bookkeeping, sizes, and its policies (warranty, shipping, returns). */
const bookkeeping = (name: string) =>
  isBookkeepingAttribute(name) || isAvailabilityAttribute(name) || /^(?:weight|dimensions)$|\b(?:warranty|shipping|return|returns)\b/i.test(attributeLabel(name));

const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’]\p{L}+)?/gu;

/**
 * Lower-case words of a text: ICU segmentation (Intl.Segmenter) where there is Chinese, a
 * Unicode-aware pattern otherwise (the same words for alphabetic text, ~10x faster on long
 * descriptions, which matters when a 10k-product catalog is featurised).
 */
export function words(text: string): string[] {
  if (hasHan(text)) return tokenize(text);
  return text.normalize('NFKC').toLowerCase().match(wordPattern) ?? [];
}

const stopwords = new Set('a an and are as at be by for from has have in is it its of on or the this to with your you our that these those'.split(' '));

/** Descriptive spec rows of a product as [name, value] pairs, one per value, bookkeeping rows left out. */
export function descriptiveAttributes(product: Product): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(product.attributes)) {
    if (bookkeeping(name)) continue;
    for (const v of Array.isArray(value) ? value : [value]) if (v.length <= 40) pairs.push([name, v]);
  }
  return pairs;
}

/**
 * The words that say what a product is, weighted by where they appear: title twice, then brand,
 * category, tags and descriptive spec values; the description counts least (long and generic).
 */
export function productTerms(product: Product): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (text: string | undefined, weight: number) => {
    for (const word of words(text ?? '')) {
      if (word.length < 2 || stopwords.has(word) || /^\d+$/.test(word)) continue;
      const term = stem(word);
      counts.set(term, (counts.get(term) ?? 0) + weight);
    }
  };
  add(product.title, 2);
  add(product.brand, 1);
  add(categoryWords(product.category), 1);
  add(product.tags.join(' '), 1);
  for (const [, value] of descriptiveAttributes(product)) add(value, 0.5);
  add(product.description, 0.25);
  return counts;
}
