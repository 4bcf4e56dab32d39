import type { Product } from '../../../workers/engine-api.ts';
import type { Reply, Turn } from './conversation.ts';

const maxTurns = 30;

/** Products as stored: reviews and long descriptions dropped to keep session storage small. */
function slim(product: Product): Product {
  return { ...product, reviews: [], description: product.description?.slice(0, 400) };
}

function slimReply(reply: Reply): Reply {
  switch (reply.kind) {
    case 'search':
      return { ...reply, response: { ...reply.response, hits: reply.response.hits.map((h) => ({ ...h, product: slim(h.product) })) } };
    case 'compare':
      return { ...reply, products: reply.products.map(slim) };
    default:
      return reply;
  }
}

/**
 * Keeps the conversation in the tab's sessionStorage, so it survives navigating between shop
 * pages and ends with the tab. Storage that is full or blocked is skipped silently: the
 * conversation then lives as long as the page.
 */
export class ConversationStore {
  constructor(private readonly key = 'aisle-conversation') {}

  /** The saved turns; pending replies (cut off by a navigation) are dropped. */
  load(): Turn[] {
    try {
      const raw = sessionStorage.getItem(this.key);
      const turns = raw ? (JSON.parse(raw) as Turn[]) : [];
      return Array.isArray(turns) ? turns.filter((t) => t && typeof t.ask === 'string' && t.reply && t.reply.kind !== 'pending') : [];
    } catch {
      return [];
    }
  }

  /** Saves the last turns that have settled. */
  save(turns: Turn[]): void {
    const settled = turns.filter((t) => t.reply.kind !== 'pending').slice(-maxTurns);
    try {
      sessionStorage.setItem(this.key, JSON.stringify(settled.map((t) => ({ ...t, reply: slimReply(t.reply) }))));
    } catch {
      // Quota or privacy mode: keep the conversation in memory only.
    }
  }

  /** Forgets the conversation. */
  clear(): void {
    try {
      sessionStorage.removeItem(this.key);
    } catch {
      // Nothing stored.
    }
  }
}
