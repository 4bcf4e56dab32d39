import type { Product } from '../protocol/product.ts';
import { stem } from '../text/stem.ts';
import { tokenize } from '../text/tokenize.ts';
import type { CatalogVocabulary } from './search-types.ts';

/**
 * Stems of what a product is: every word of its category path and title, and the head (last) word
 * of each tag: "phone accessories" makes a product an accessory, not a phone. A Chinese word's last
 * character is its head too ("跑鞋" -> 鞋).
 */
export function kindStems(product: Product): Set<string> {
  const words = tokenize(`${(product.category ?? '').replace(/[/&_-]+/g, ' ')} ${product.title}`);
  for (const tag of product.tags) words.push(tokenize(tag).at(-1) ?? '');
  // A Chinese compound names its kind last: 跑鞋 (running shoe) is a 鞋, 冲锋衣 a 衣, 背包 a 包.
  for (const word of [...words]) if (/^\p{Script=Han}{2,}$/u.test(word)) words.push(word.slice(-1));
  return new Set(words.filter(Boolean).map(stem));
}

/** Builds the vocabulary of a catalog. */
export function catalogVocabulary(products: Iterable<Product>): CatalogVocabulary {
  const brands = new Map<string, string>();
  const categoryStems = new Set<string>();
  // A big catalog repeats a few brands and categories: each distinct one is tokenised once.
  const brandKeys = new Map<string, string>();
  const categories = new Set<string>();
  for (const p of products) {
    if (p.brand && p.brand.trim().length > 1) {
      let key = brandKeys.get(p.brand);
      if (key === undefined) brandKeys.set(p.brand, (key = tokenize(p.brand).join(' ')));
      brands.set(key, p.brand);
    }
    const category = p.category ?? '';
    if (categories.has(category)) continue;
    categories.add(category);
    for (const w of tokenize(category.replace(/[/&_-]+/g, ' '))) categoryStems.add(stem(w));
  }
  // A brand named like a kind of product ("Sport") would turn a category word into a brand filter.
  for (const phrase of [...brands.keys()]) if (!phrase || categoryStems.has(stem(phrase))) brands.delete(phrase);
  const longestBrand = Math.max(1, ...[...brands.keys()].map((k) => k.split(' ').length));
  return { brands, categoryStems, longestBrand };
}
