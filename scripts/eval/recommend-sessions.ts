import type { Product } from '../../workers/protocol/product.ts';
import { priceSimilarity } from '../../workers/recommend/content-similarity.ts';

/** A seeded random number generator (mulberry32): the same seed gives the same sessions. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One simulated shopping session: products viewed in order; the last one is hidden and predicted. */
export interface SimulatedSession {
  id: number;
  category: string;
  viewed: string[];
  hidden: string;
}

function pickWeighted<T>(items: T[], weight: (item: T) => number, random: () => number): T {
  const weights = items.map(weight);
  let r = random() * weights.reduce((s, w) => s + w, 0);
  for (let i = 0; i < items.length; i++) if ((r -= weights[i]) <= 0) return items[i];
  return items[items.length - 1];
}

/**
 * Sessions drawn from the catalog's real structure: a shopper comes for one category (chosen in
 * proportion to its size), looks at 2-5 products in it, drifting toward the first one's price band
 * and, half the time, staying with its brand; one view in five wanders to another category. The
 * last view is always in the session's category, and is the one to predict.
 */
export function simulateSessions(products: Product[], count: number, seed: number): SimulatedSession[] {
  const random = seededRandom(seed);
  const byCategory = new Map<string, Product[]>();
  for (const p of products) if (p.category) byCategory.set(p.category, [...(byCategory.get(p.category) ?? []), p]);
  const categories = [...byCategory.entries()].filter(([, list]) => list.length >= 3);
  const sessions: SimulatedSession[] = [];
  for (let id = 0; id < count; id++) {
    const [category, members] = pickWeighted(categories, ([, list]) => list.length, random);
    const first = members[Math.floor(random() * members.length)];
    const loyal = random() < 0.5 && members.filter((p) => p.brand === first.brand).length > 2;
    const length = 3 + Math.floor(random() * 4);
    const session = [first];
    while (session.length < length) {
      const last = session.length === length - 1;
      const pool = !last && random() < 0.2
        ? products.filter((p) => p.category !== category && !session.includes(p))
        : members.filter((p) => !session.includes(p));
      if (!pool.length) break;
      const next = pickWeighted(pool, (p) => (loyal && p.brand === first.brand ? 3 : 1) * (0.2 + priceSimilarity(first.price, p.price)), random);
      session.push(next);
    }
    if (session.length < 2 || session[session.length - 1].category !== category) continue;
    sessions.push({ id, category, viewed: session.slice(0, -1).map((p) => p.id), hidden: session[session.length - 1].id });
  }
  return sessions;
}
