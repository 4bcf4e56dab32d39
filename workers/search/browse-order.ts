import type { Product } from '../protocol/product.ts';
import { productFacets } from './product-facets.ts';

/**
 * The order browsing lists a catalog's products in: best rated first (ties in catalog order), for the
 * whole catalog or for some kinds of product. Each list is built on first use and kept, so browsing a
 * kind of a 10,000-product catalog reads that kind's list instead of testing every product.
 */
export class BrowseOrder {
  private all?: Product[];
  private byKind?: Map<string, Product[]>;

  constructor(private readonly products: ReadonlyMap<string, Product>) {}

  /** Every product, best rated first. */
  everything(): Product[] {
    return (this.all ??= [...this.products.values()].sort((a, b) => (b.rating ?? 0) - (a.rating ?? 0)));
  }

  /** Products of any of the kind stems, best rated first. */
  ofKinds(stems: string[]): Product[] {
    if (!this.byKind) {
      this.byKind = new Map();
      for (const p of this.everything()) {
        for (const stem of productFacets(p).kinds) {
          const list = this.byKind.get(stem);
          if (list) list.push(p);
          else this.byKind.set(stem, [p]);
        }
      }
    }
    const lists = stems.map((s) => this.byKind!.get(s) ?? []);
    if (lists.length === 1) return lists[0];
    const members = new Set(lists.flat());
    return this.everything().filter((p) => members.has(p));
  }
}
