import type { Product } from '../protocol/product.ts';
import { colorAliases } from './intent-lexicon.ts';
import { productFacets } from './product-facets.ts';
import type { IntentChip, SearchIntent } from '../protocol/search.ts';
import type { IntentFilter, WhyWording } from './search-types.ts';

/** Ratings are compared as the shopper sees them, to one decimal ("3.95" shows as ★ 4.0). */
const shownRating = (r: number) => Math.round(r * 10) / 10;

const money = (p: Product) => `${p.price?.toFixed(2)}${p.currency ? ` ${p.currency}` : ''}`;

/** The filters of an intent, leaving out the chips the shopper removed (`ignore`). */
export function intentFilters(intent: SearchIntent, ignore: ReadonlySet<string> = new Set()): IntentFilter[] {
  const filters: IntentFilter[] = [];
  const chip = (id: string) => intent.chips.find((c) => c.id === id && !ignore.has(c.id));
  const price = chip('price');
  if (price) {
    const { priceMin = -Infinity, priceMax = Infinity } = intent;
    filters.push({ chip: price, inferred: false, test: (p) => p.price !== undefined && p.price >= priceMin && p.price <= priceMax, reason: (p, say) => say.price(money(p)) });
  }
  const rating = chip('rating');
  if (rating && intent.minRating !== undefined) {
    const min = intent.minRating;
    filters.push({ chip: rating, inferred: false, test: (p) => p.rating !== undefined && shownRating(p.rating) >= min, reason: (p, say) => say.rated(p.rating!.toFixed(1)) });
  }
  const brandChips = intent.brands.map((b) => chip(`brand:${b.toLowerCase()}`)).filter((c): c is IntentChip => !!c);
  if (brandChips.length) {
    const brands = new Set(brandChips.map((c) => c.label.toLowerCase()));
    filters.push({ chip: brandChips[0], inferred: true, test: (p) => brands.has(productFacets(p).brand ?? ''), reason: (p, say) => say.brand(p.brand ?? '') });
  }
  for (const color of intent.colors) {
    const c = chip(`color:${color}`);
    const names = colorAliases[color] ?? [color];
    if (c) filters.push({ chip: c, inferred: true, test: (p) => names.some((n) => productFacets(p).colors.has(n)), reason: (_p, say) => say.colour(color) });
  }
  for (const size of intent.sizes) {
    const c = chip(`size:${size}`);
    if (c) filters.push({ chip: c, inferred: true, test: (p) => productFacets(p).sizes.has(size), reason: (_p, say) => say.size(size.toUpperCase()) });
  }
  for (const stems of intent.categories) {
    const c = chip(`category:${stems[0]}`);
    if (c) filters.push({ chip: c, inferred: true, kinds: stems, test: (p) => stems.some((s) => productFacets(p).kinds.has(s)), reason: (_p, say) => say.kind(c.label) });
  }
  for (const word of intent.exclude) {
    const c = intent.chips.find((x) => x.id.startsWith('not:') && (x.id === `not:${word}` || x.label.includes(word)) && !ignore.has(x.id));
    if (c) filters.push({ chip: c, inferred: false, test: (p) => !productFacets(p).words.has(word), reason: (_p, say) => say.without(word) });
  }
  return filters;
}

/** Products passing every filter; `budget` then keeps the cheaper half. */
export function applyFilters(products: Product[], filters: IntentFilter[]): Product[] {
  return products.filter((p) => filters.every((f) => f.test(p)));
}

/** The median price of products (for "cheap"): the cap of the budget filter. */
export function medianPrice(products: Product[]): number | undefined {
  const prices = products.map((p) => p.price).filter((x): x is number => x !== undefined).sort((a, b) => a - b);
  return prices.length ? prices[Math.floor((prices.length - 1) / 2)] : undefined;
}
