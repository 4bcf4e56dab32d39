import type { Product } from '../catalog/product.ts';
import { stem } from '../text/stem.ts';
import { tokenize } from '../text/tokenize.ts';

/** The shop's own words, learned from its catalog: brand names and category words. */
export interface CatalogVocabulary {
  /** Lower-case brand phrase to the brand as the catalog spells it, longest first. */
  brands: [string, string][];
  /** Stems of the words in the products' category paths ("mens-shoes" -> men, shoe). */
  categoryStems: Set<string>;
}

/** Stems of a product's kind: its category path and tags. */
export function kindStems(product: Product): Set<string> {
  const words = [...tokenize((product.category ?? '').replace(/[/&_-]+/g, ' ')), ...product.tags.flatMap((t) => tokenize(t))];
  return new Set(words.map(stem));
}

/** Builds the vocabulary of a catalog. */
export function catalogVocabulary(products: Iterable<Product>): CatalogVocabulary {
  const brands = new Map<string, string>();
  const categoryStems = new Set<string>();
  for (const p of products) {
    if (p.brand && p.brand.trim().length > 1) brands.set(tokenize(p.brand).join(' '), p.brand);
    for (const w of tokenize((p.category ?? '').replace(/[/&_-]+/g, ' '))) categoryStems.add(stem(w));
  }
  // A brand named like a kind of product ("Sport") would turn a category word into a brand filter.
  const sorted = [...brands].filter(([k]) => k && !categoryStems.has(stem(k))).sort((a, b) => b[0].length - a[0].length);
  return { brands: sorted, categoryStems };
}
