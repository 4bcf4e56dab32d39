import type { AnswerSource, Product, RouteDecision } from '../../../workers/engine-api.ts';
import { hasHan } from '../../../common/has-han.ts';
import { plainShopperText } from '../../../common/shopper-text.ts';
import type { EngineClient } from '../../engine-client.ts';
import { compareReply, maxCompare } from './compare-rows.ts';
import type { Reply, Turn } from './conversation.ts';

/** What a reply is made from: the engine, the product on screen, and the element's own search reply. */
export interface ReplySources {
  client: EngineClient;
  /** The product this page is about, if any. */
  pageProduct?: Product;
  /** The language the shopper writes in (the compare table speaks it). */
  shopperLang: 'en' | 'zh';
  /** The page product's suggested questions (follow-ups under a product answer). */
  suggestions: string[];
  /** Settles once the shop's policies are loaded. */
  policiesLoaded?: Promise<void>;
  /** The search reply (results as cards, or an error reply). */
  searchReply(text: string): Promise<Reply>;
  /** Shows the words of a product answer as they stream in. */
  /** A streamed answer so far, and who is writing it (`model`: the LLM words it; `lexical`: the template). */
  onAnswerToken(streamed: string, source: AnswerSource): void;
}

/**
 * The reply to a message the shopper sent. The engine's router decides where a message goes
 * (workers/route/: the one home of routing); this maps each route to its reply:
 * - `reviews` -> the page product's review summary;
 * - `recommend` -> a recommendations strip (for-you, or similar / goes-with for the page product);
 * - `compare` -> the named products side by side (each side's best search hit; "this" is the page
 *   product), or a search when fewer than two are found;
 * - `store-policy`, `human-help` -> the shop's published answer or its contact link;
 * - `product-question` -> an answer from the page product's own data, streamed;
 * - `search` (and anything else) -> results for the message, with its parsed intent.
 * The engine reads the message without invisible and control characters (common/shopper-text.ts).
 */
export async function replyFor(message: string, sources: ReplySources): Promise<Reply> {
  // Zero-width characters inside a word, NUL and escape sequences are not what the shopper asks about.
  const text = plainShopperText(message);
  const { client, pageProduct } = sources;
  const productId = pageProduct?.id;
  await sources.policiesLoaded;
  const decision = await client.route(text, { productId });
  switch (decision.route) {
    case 'reviews':
      // In the language the shopper asked in: a Chinese question on an English page gets Chinese aspect names.
      if (productId) return { kind: 'reviews', summary: await client.summarizeReviews(productId, hasHan(text) ? 'zh' : 'en') };
      break;
    case 'recommend':
      if (decision.list && (decision.list === 'for-you' || productId)) {
        return { kind: 'recommendations', list: decision.list, productId, ...(decision.cheaper ? { cheaper: true } : {}), ...(decision.about ? { about: decision.about } : {}) };
      }
      break;
    case 'compare': {
      const products = await compareProducts(decision, sources);
      if (products.length >= 2) return compareReply(products, sources.shopperLang, client);
      break;
    }
    case 'store-policy':
    case 'human-help':
      return { kind: 'store-answer', answer: await client.askStore(text, productId) };
    case 'product-question':
      if (productId) return productAnswer(text, productId, sources);
      break;
  }
  return sources.searchReply(text);
}

/** The products a compare request names: the page product for "this", then each named side's best hit. */
async function compareProducts(decision: RouteDecision, sources: ReplySources): Promise<Product[]> {
  const products: Product[] = decision.compare?.withProduct && sources.pageProduct ? [sources.pageProduct] : [];
  for (const item of decision.compare?.items ?? []) {
    const { hits } = await sources.client.search(item, 3);
    const hit = hits.find((h) => !products.some((p) => p.id === h.product.id));
    if (hit) products.push(hit.product);
  }
  return products.slice(0, maxCompare);
}

/** Asks about the page's product; tokens stream into the turn while the answer is worded. */
async function productAnswer(text: string, productId: string, sources: ReplySources): Promise<Reply> {
  let streamed = '';
  const answer = await sources.client.ask(productId, text, (token, phrasing) => {
    streamed += token;
    // The streaming turn says who is writing: a model (the LLM words it) or the quick path (the template).
    sources.onAnswerToken(streamed, phrasing === 'generated' ? 'model' : 'lexical');
  });
  return { kind: 'product-answer', answer, suggestions: followUps(sources.suggestions, text) };
}

/** An answer's follow-up questions: the page product's suggested questions, less the one just asked, at most 3. */
function followUps(suggestions: readonly string[], asked: string): string[] {
  return suggestions.filter((q) => q !== asked).slice(0, 3);
}

/**
 * The newest turn's reply with its follow-ups, when it is an answer about the page's product given
 * before the page's suggested questions had loaded (models off, a question asked at once): once they
 * arrive they go under the answer, as any answer's do, and not in the panel's bar. Undefined when
 * there is nothing to add.
 */
export function withLateFollowUps(turn: Turn | undefined, pageProductId: string | undefined, suggestions: readonly string[]): Reply | undefined {
  const reply = turn?.reply;
  if (reply?.kind !== 'product-answer' || reply.suggestions?.length || !pageProductId || reply.answer.productId !== pageProductId) return undefined;
  const late = followUps(suggestions, plainShopperText(turn!.ask));
  return late.length ? { ...reply, suggestions: late } : undefined;
}
