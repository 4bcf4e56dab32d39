import type { Product } from '../catalog/product.ts';
import { stem } from '../text/stem.ts';
import { tokenize } from '../text/tokenize.ts';
import { kindStems } from './catalog-vocabulary.ts';

/** The word sets a product is filtered on, computed once per product. */
export interface ProductFacets {
  /** Stems of the category path and tags. */
  kinds: Set<string>;
  /** Stems of the title, brand, category, tags and spec values: what "not X" is checked against. */
  words: Set<string>;
  /** Words that can name the product's colour: title, colour specs, tags. */
  colors: Set<string>;
  /** Sizes it comes in, lower case. */
  sizes: Set<string>;
  brand?: string;
}

const cache = new WeakMap<Product, ProductFacets>();
const values = (v: string | string[]) => (Array.isArray(v) ? v : [v]);

/** The facets of a product (memoised). */
export function productFacets(p: Product): ProductFacets {
  let facets = cache.get(p);
  if (facets) return facets;
  const specText = Object.entries(p.attributes).flatMap(([k, v]) => [k, ...values(v)]).join(' ');
  const colorSpecs = Object.entries(p.attributes).filter(([k]) => /colou?r/i.test(k)).flatMap(([, v]) => values(v));
  const sizeSpecs = Object.entries(p.attributes).filter(([k]) => /size/i.test(k)).flatMap(([, v]) => values(v));
  facets = {
    kinds: kindStems(p),
    words: new Set(tokenize([p.title, p.brand ?? '', p.category ?? '', p.tags.join(' '), specText].join(' ')).map(stem)),
    colors: new Set(tokenize([p.title, ...colorSpecs, ...p.tags].join(' '))),
    sizes: new Set(sizeSpecs.flatMap((s) => s.toLowerCase().split(/[\s,/]+/)).filter(Boolean)),
    brand: p.brand?.toLowerCase(),
  };
  cache.set(p, facets);
  return facets;
}
