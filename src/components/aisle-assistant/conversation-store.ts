import type { Product } from '../../../workers/engine-api.ts';
import type { Reply, Turn } from './conversation.ts';

const maxTurns = 30;

/**
 * The most the stored conversation takes (characters of JSON; about 0.5 MB as UTF-16): the oldest turns
 * go first. A page's first sessionStorage access loads the tab's whole storage area in one synchronous
 * step, so what is kept here bounds that step (a conversation of 30 search replies, slimmed, is far
 * smaller; this bounds one of thousand-word answers).
 */
export const MAX_STORED_CHARS = 250_000;

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

  /** Saves the last turns that have settled, newest first while they fit in MAX_STORED_CHARS. */
  save(turns: Turn[]): void {
    const settled = turns.filter((t) => t.reply.kind !== 'pending').slice(-maxTurns);
    const kept: string[] = [];
    let size = 2;
    for (const turn of settled.reverse()) {
      const json = JSON.stringify({ ...turn, reply: slimReply(turn.reply) });
      if ((size += json.length + 1) > MAX_STORED_CHARS) break;
      kept.unshift(json);
    }
    try {
      sessionStorage.setItem(this.key, `[${kept.join(',')}]`);
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
