import type { Product } from '../protocol/product.ts';
import { stem } from '../text/stem.ts';
import { tokenize } from '../text/tokenize.ts';
import { kindStems } from './catalog-vocabulary.ts';

const values = (v: string | string[]) => (Array.isArray(v) ? v : [v]);

/** The word sets a product is filtered on, each computed on first use and kept. */
export class ProductFacets {
  private kindSet?: Set<string>;
  private wordSet?: Set<string>;
  private colorSet?: Set<string>;
  private sizeSet?: Set<string>;

  constructor(private readonly p: Product) {}

  /** Stems of what the product is: category path, title, tag heads. */
  get kinds(): Set<string> {
    return (this.kindSet ??= kindStems(this.p));
  }

  /** Stems of the title, brand, category, tags and spec values: what "not X" is checked against. */
  get words(): Set<string> {
    if (this.wordSet) return this.wordSet;
    const p = this.p;
    const specText = Object.entries(p.attributes).flatMap(([k, v]) => [k, ...values(v)]).join(' ');
    return (this.wordSet = new Set(tokenize([p.title, p.brand ?? '', p.category ?? '', p.tags.join(' '), specText].join(' ')).map(stem)));
  }

  /** Words that can name the product's colour: title, colour specs, tags. */
  get colors(): Set<string> {
    if (this.colorSet) return this.colorSet;
    const colorSpecs = Object.entries(this.p.attributes).filter(([k]) => /colou?r/i.test(k)).flatMap(([, v]) => values(v));
    return (this.colorSet = new Set(tokenize([this.p.title, ...colorSpecs, ...this.p.tags].join(' '))));
  }

  /** Sizes it comes in, lower case. */
  get sizes(): Set<string> {
    if (this.sizeSet) return this.sizeSet;
    const sizeSpecs = Object.entries(this.p.attributes).filter(([k]) => /size/i.test(k)).flatMap(([, v]) => values(v));
    return (this.sizeSet = new Set(sizeSpecs.flatMap((s) => s.toLowerCase().split(/[\s,/]+/)).filter(Boolean)));
  }

  get brand(): string | undefined {
    return this.p.brand?.toLowerCase();
  }
}

const cache = new WeakMap<Product, ProductFacets>();

/** The facets of a product (memoised per product object). */
export function productFacets(p: Product): ProductFacets {
  let facets = cache.get(p);
  if (!facets) cache.set(p, (facets = new ProductFacets(p)));
  return facets;
}
