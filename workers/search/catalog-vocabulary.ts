import type { Product } from '../protocol/product.ts';
import { stem } from '../text/stem.ts';
import { tokenize } from '../text/tokenize.ts';
import type { CatalogVocabulary } from './search-types.ts';
import { genderWords } from './intent-lexicon.ts';

/**
 * Stems of what a product is: every word of its category path, the title's words (less those that
 * only qualify a later word of the title that its category names: "Short Sleeve Shirt" filed under
 * shirts is a shirt, not shorts), the head (last) word of each tag ("phone accessories" makes a
 * product an accessory, not a phone), and the gender a spec names ("gender: Men"; "unisex" is both).
 * A Chinese word's last character is its head too ("跑鞋" -> 鞋).
 */
export function kindStems(product: Product): Set<string> {
  const category = tokenize((product.category ?? '').replace(/[/&_-]+/g, ' ')).map(stem);
  const filed = new Set(category);
  const title = tokenize(product.title).map(stem);
  const lastFiled = title.findLastIndex((w) => filed.has(w));
  const words = [...category, ...title.filter((w, i) => i >= lastFiled || filed.has(w))];
  for (const tag of product.tags) words.push(stem(tokenize(tag).at(-1) ?? ''));
  // A Chinese compound names its kind last: 跑鞋 (running shoe) is a 鞋, 冲锋衣 a 衣, 背包 a 包.
  for (const word of [...words]) if (/^\p{Script=Han}{2,}$/u.test(word)) words.push(word.slice(-1));
  words.push(...specGenders(product));
  return new Set(words.filter(Boolean));
}

/** The genders a product's gender spec names, as the catalog's gender stems ("Men" -> men, "Unisex" -> men and women). */
function specGenders(product: Product): string[] {
  const values = Object.entries(product.attributes)
    .filter(([key]) => /gender|sex|性别/i.test(key))
    .flatMap(([, v]) => (Array.isArray(v) ? v : [v]))
    .flatMap((v) => tokenize(String(v)));
  return values.flatMap((v) => (/^unisex$|^中性$|^男女/.test(v) ? ['men', 'women'] : (genderWords[stem(v)] ?? genderWords[v] ?? [])));
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
