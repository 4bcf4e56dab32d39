import type { Product } from '../protocol/product.ts';
import { categoryWords } from '../catalog/product-text.ts';
import { words } from './product-terms.ts';

/**
 * General shopping knowledge: kinds of product, the words shops use for them in category names,
 * and which kinds go with which (a phone with a case and earbuds, a dress with shoes and a bag).
 * Written for any shop, not for one catalog; a category matches a kind when one of its words does.
 */
const kinds = {
  phone: { words: ['smartphone', 'smartphones', 'phone', 'phones', 'mobile', 'iphone'], goesWith: ['phone-accessory', 'audio', 'watch'] },
  tablet: { words: ['tablet', 'tablets', 'ipad'], goesWith: ['phone-accessory', 'audio', 'laptop-accessory'] },
  laptop: { words: ['laptop', 'laptops', 'notebook', 'notebooks', 'computer', 'computers', 'macbook'], goesWith: ['laptop-accessory', 'phone-accessory', 'audio', 'bag'] },
  'phone-accessory': { words: ['charger', 'chargers', 'case', 'cases', 'cable', 'cables', 'powerbank'], goesWith: ['phone', 'tablet'] },
  'laptop-accessory': { words: ['mouse', 'keyboard', 'keyboards', 'monitor', 'monitors', 'webcam'], goesWith: ['laptop'] },
  audio: { words: ['audio', 'headphones', 'earbuds', 'earphones', 'speakers', 'speaker', 'airpods'], goesWith: ['phone', 'laptop', 'tablet'] },
  top: { words: ['tops', 'top', 'shirts', 'shirt', 'tees', 'tee', 'hoodies', 'sweatshirts', 'jackets', 'jacket', 'tanks', 'blouses', 'sweaters', 'coats'], goesWith: ['bottom', 'shoes', 'watch', 'sunglasses'] },
  bottom: { words: ['bottoms', 'pants', 'trousers', 'shorts', 'jeans', 'leggings', 'skirts', 'skirt'], goesWith: ['top', 'shoes'] },
  dress: { words: ['dresses', 'dress', 'gowns'], goesWith: ['shoes', 'bag', 'jewellery', 'sunglasses', 'watch'] },
  shoes: { words: ['shoes', 'shoe', 'sneakers', 'boots', 'trainers', 'sandals', 'heels', 'footwear'], goesWith: ['socks', 'bottom', 'top', 'bag'] },
  socks: { words: ['socks', 'hosiery'], goesWith: ['shoes'] },
  bag: { words: ['bags', 'bag', 'backpacks', 'backpack', 'handbags', 'luggage', 'totes'], goesWith: ['dress', 'sunglasses', 'laptop', 'watch'] },
  watch: { words: ['watches', 'watch', 'smartwatch', 'smartwatches'], goesWith: ['jewellery', 'sunglasses', 'top', 'phone'] },
  jewellery: { words: ['jewellery', 'jewelry', 'necklaces', 'earrings', 'rings', 'bracelets'], goesWith: ['dress', 'watch', 'bag'] },
  sunglasses: { words: ['sunglasses', 'eyewear'], goesWith: ['top', 'dress', 'bag', 'watch'] },
  fragrance: { words: ['fragrances', 'fragrance', 'perfume', 'perfumes', 'cologne'], goesWith: ['skin-care', 'beauty'] },
  beauty: { words: ['beauty', 'makeup', 'cosmetics', 'nails'], goesWith: ['skin-care', 'fragrance'] },
  'skin-care': { words: ['skin', 'skincare', 'moisturizers', 'lotions', 'sunscreen'], goesWith: ['beauty', 'fragrance'] },
  furniture: { words: ['furniture', 'sofas', 'chairs', 'tables', 'beds'], goesWith: ['home-decor'] },
  'home-decor': { words: ['decoration', 'decor', 'lighting', 'lamps', 'vases', 'rugs'], goesWith: ['furniture'] },
  kitchen: { words: ['kitchen', 'cookware', 'kitchenware', 'tableware'], goesWith: ['groceries'] },
  groceries: { words: ['groceries', 'grocery', 'food', 'pantry', 'beverages'], goesWith: ['kitchen'] },
  fitness: { words: ['sports', 'fitness', 'gym', 'yoga', 'exercise', 'outdoor'], goesWith: ['shoes', 'top', 'bottom', 'bag', 'watch'] },
  vehicle: { words: ['vehicle', 'vehicles', 'cars', 'motorcycle', 'motorcycles', 'automotive'], goesWith: ['vehicle-accessory'] },
  'vehicle-accessory': { words: ['helmets', 'helmet', 'tyres', 'tires'], goesWith: ['vehicle'] },
} satisfies Record<string, { words: string[]; goesWith: string[] }>;

/** A kind of product in Aisle's complementary-category map ("phone", "shoes", "bag", ...). */
export type ProductKind = keyof typeof kinds;

const kindByWord = new Map<string, ProductKind[]>();
for (const [kind, { words }] of Object.entries(kinds) as [ProductKind, { words: string[] }][]) {
  for (const word of words) kindByWord.set(word, [...(kindByWord.get(word) ?? []), kind]);
}

/**
 * The kinds a product is, read from its category (most specific path part wins: "Gear/Bags" is a
 * bag), falling back to its title when the category says nothing known.
 */
export function productKinds(product: Product): Set<ProductKind> {
  const parts = (product.category ?? '').split('/').reverse();
  for (const part of parts) {
    const found = kindsOfWords(words(categoryWords(part)));
    if (found.size) return found;
  }
  return kindsOfWords(words(product.title));
}

/** "X accessories" are accessories for X when X has an accessory kind ("mobile accessories"), else X ("sports accessories"). */
const accessoryOf: Partial<Record<ProductKind, ProductKind>> = {
  phone: 'phone-accessory', tablet: 'phone-accessory', laptop: 'laptop-accessory', vehicle: 'vehicle-accessory',
};

function kindsOfWords(words: string[]): Set<ProductKind> {
  const found = new Set(words.flatMap((w) => kindByWord.get(w) ?? []));
  if (!words.includes('accessories') && !words.includes('accessory')) return found;
  return new Set([...found].map((kind) => accessoryOf[kind] ?? kind));
}

/** Every kind that goes with one of these kinds. */
export function complementsOf(of: Set<ProductKind>): Set<ProductKind> {
  return new Set([...of].flatMap((kind) => kinds[kind].goesWith as ProductKind[]));
}

/** True when a product of kinds `b` goes with one of kinds `a` (a case for a phone), and neither is the other. */
export function goesWith(a: Set<ProductKind>, b: Set<ProductKind>): boolean {
  for (const kind of b) if (a.has(kind)) return false;
  for (const kind of a) if ((kinds[kind].goesWith as string[]).some((other) => b.has(other as ProductKind))) return true;
  return false;
}

const audienceWords: Record<string, string> = {
  men: 'men', mens: 'men', man: 'men', male: 'men',
  women: 'women', womens: 'women', woman: 'women', ladies: 'women', female: 'women',
  kids: 'kids', kid: 'kids', children: 'kids', boys: 'kids', girls: 'kids', baby: 'kids',
};

/** Who a product is for when its category says so ("Men/Tops", "womens-dresses"): men, women or kids. */
export function productAudience(product: Product): string | undefined {
  for (const word of words(categoryWords(product.category))) if (audienceWords[word]) return audienceWords[word];
  return undefined;
}
