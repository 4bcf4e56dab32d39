import { errorMessage } from '../../common/error-message.ts';
import type { Product } from '../protocol/product.ts';
import type { Embedder } from '../runtime/embedder.ts';
import { composeStoreAnswer } from './compose-store-answer.ts';
import { parseMerchantFaq } from './merchant-faq.ts';
import { PolicyIndex } from './policy-index.ts';
import { classifyPolicyText } from '../topics/policy-topics.ts';
import type { StoreAnswer } from '../protocol/store.ts';
import type { PolicyEntry, StoreContact, StorePolicyLoad, StorePolicySource } from '../protocol/store.ts';

/**
 * The engine's store-questions desk: keeps the shop's published policies (page FAQ, offers, the
 * merchant FAQ file) and the catalog's products, and answers store questions from them.
 */
export class StoreDesk {
  private index = new PolicyIndex([]);
  private contact?: StoreContact;
  private products = new Map<string, Product>();
  private embedder?: Embedder;

  /** The catalog, so a question about the product on screen can use its own policies. */
  setProducts(products: Product[]): void {
    this.products = new Map(products.map((p) => [p.id, p]));
  }

  /** Replaces the shop's policies: page entries plus the merchant FAQ file, fetched here. */
  async load(source: StorePolicySource): Promise<StorePolicyLoad> {
    const warnings: string[] = [];
    const entries: PolicyEntry[] = (source.entries ?? []).map((e) => ({
      ...e,
      topics: e.topics.length ? e.topics : classifyPolicyText(e.question, e.text),
    }));
    let contact = source.contact;
    if (source.faqUrl) {
      try {
        const response = await fetch(source.faqUrl);
        if (!response.ok) throw new Error(`answered HTTP ${response.status}`);
        const faq = parseMerchantFaq(await response.text(), response.url || source.faqUrl);
        entries.push(...faq.entries);
        warnings.push(...faq.warnings.map((w) => `${source.faqUrl}: ${w}`));
        contact ??= faq.contact;
      } catch (error) {
        warnings.push(`FAQ file ${source.faqUrl} could not be read: ${errorMessage(error)}`);
      }
    }
    const unique = [...new Map(entries.map((e) => [e.id, e])).values()];
    this.index = new PolicyIndex(unique);
    if (this.embedder) this.index.attachModel(this.embedder);
    this.contact = contact;
    return { entries: unique.length, contact, warnings };
  }

  /** From now on answers also use embedding similarity (model path). */
  attachModel(embedder: Embedder): void {
    this.embedder = embedder;
    this.index.attachModel(embedder);
  }

  get hasModel(): boolean {
    return this.embedder !== undefined;
  }

  /** Answers a store question; `productId` is the product on screen, whose own policies come first. */
  ask(question: string, productId?: string, path: 'auto' | 'light' = 'auto'): Promise<StoreAnswer> {
    return composeStoreAnswer({
      question,
      index: this.index,
      product: productId ? this.products.get(productId) : undefined,
      contact: this.contact,
      useModel: path === 'auto',
    });
  }
}
