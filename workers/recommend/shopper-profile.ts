import type { CatalogFeatures } from './catalog-features.ts';
import type { ShopperProfile, ProfileProduct } from './recommend-types.ts';
import type { HistoryEntry, ShopperEventType } from '../protocol/recommend.ts';

const typeWeight: Record<ShopperEventType, number> = { view: 1, cart: 2.5, purchase: 3, search: 0.8 };
const strength: Record<string, number> = { view: 1, cart: 2, purchase: 3 };
/** Half-life of interest, in days, and per step back through the history. */
const halfLifeDays = 7;
const stepDecay = 0.85;
const basketGapMs = 3 * 3_600_000;

/**
 * Builds the profile from history (any order): each event weighs by type (a cart counts more
 * than a view), decays with age (half-life a week) and with how many events came after it,
 * so the last thing the shopper looked at matters most.
 */
export function buildShopperProfile(history: HistoryEntry[], features: CatalogFeatures, now = Date.now()): ShopperProfile {
  const newestFirst = [...history].sort((a, b) => b.at - a.at || b.id - a.id);
  const products = new Map<string, ProfileProduct>();
  const searches: ShopperProfile['searches'] = [];
  newestFirst.forEach((entry, step) => {
    const decay = 0.5 ** (Math.max(0, now - entry.at) / 86_400_000 / halfLifeDays) * stepDecay ** step;
    const weight = typeWeight[entry.type] * decay;
    if (entry.type === 'search') {
      if (entry.query) searches.push({ query: entry.query, vector: features.textVector(entry.query), weight });
      return;
    }
    const product = entry.productId ? features.byId.get(entry.productId) : undefined;
    if (!product) return;
    const known = products.get(product.id);
    if (!known) products.set(product.id, { productId: product.id, title: product.title, weight, type: entry.type });
    else {
      known.weight += weight;
      if (strength[entry.type] > strength[known.type]) known.type = entry.type;
    }
  });
  const all = [...products.values()].sort((a, b) => b.weight - a.weight);
  return {
    interests: all.filter((p) => p.type !== 'purchase'),
    purchases: all.filter((p) => p.type === 'purchase'),
    searches: searches.filter((s) => s.vector.size),
    seen: new Set(products.keys()),
    baskets: baskets(newestFirst.filter((e) => (e.type === 'cart' || e.type === 'purchase') && e.productId && features.byId.has(e.productId))),
    empty: all.length === 0 && searches.length === 0,
  };
}

function baskets(events: HistoryEntry[]): string[][] {
  const groups: string[][] = [];
  let last = Infinity;
  for (const e of events) {
    if (last - e.at > basketGapMs || !groups.length) groups.push([]);
    const group = groups[groups.length - 1];
    if (!group.includes(e.productId!)) group.push(e.productId!);
    last = e.at;
  }
  return groups.filter((g) => g.length > 1);
}
