/**
 * The shop's policies in one JSON-LD block: FAQPage questions and answers, and the shipping and return
 * policies of products' offers (a ProductGroup's variants' too) and of the shop's Organization. Read by
 * the page for its blocks (src/store/read-page-policies.ts) and by the engine for blocks too large to
 * parse on the page's thread (Engine.readJsonLd), with the product ids the catalog gives.
 */
import type { PolicyEntry } from '../../workers/protocol/store.ts';
import type { Steps } from '../yield-to-event-loop.ts';
import type { JsonLdBlock } from './json-ld-blocks.ts';
import { productNodes } from './json-ld-product.ts';
import { referenceResolver, variantGroups } from './json-ld-refs.ts';
import { faqEntriesFromJsonLd } from './faq-page.ts';
import { offerPolicyEntries } from './offer-policies.ts';
import { productFromNode } from './product-group.ts';

/** Policy entries of a block and what could not be read; a block that fails keeps what it read, with a warning. */
export function* blockPolicySteps(block: JsonLdBlock, options: { baseUrl: string; lang?: string }): Steps<{ entries: PolicyEntry[]; warnings: string[] }> {
  const entries: PolicyEntry[] = [];
  try {
    // A variant's policies are its group's: the catalog reads the group as the product.
    const resolve = referenceResolver(block.value);
    yield;
    const groups = variantGroups(productNodes(block.value), resolve);
    yield;
    const productId = (node: Record<string, unknown>) => {
      const product = productFromNode(groups.get(node) ?? node, options.baseUrl, { lang: options.lang }, resolve);
      return typeof product === 'string' ? undefined : product.id;
    };
    entries.push(...faqEntriesFromJsonLd(block.value, options.baseUrl));
    yield;
    entries.push(...offerPolicyEntries(block.value, options.baseUrl, productId));
  } catch (error) {
    return { entries, warnings: [`JSON-LD block ${block.index}: policies could not be read (${error instanceof Error ? error.message : String(error)})`] };
  }
  return { entries, warnings: [] };
}
