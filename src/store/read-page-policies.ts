import type { JsonLdText } from '../../workers/protocol/page.ts';
import type { PolicyEntry, StoreContact, StorePolicySource } from '../../workers/protocol/store.ts';
import { policyUrl } from '../../common/policy-url.ts';
import { runSteps, runStepsInSlices, type Steps } from '../../common/yield-to-event-loop.ts';
import { jsonLdBlockSteps, PAGE_PARSE_MAX_OBJECTS, tooLargeForPage } from '../catalog/json-ld-scripts.ts';
import { productFromNode } from '../../common/json-ld/product-group.ts';
import { productNodes } from '../../common/json-ld/json-ld-product.ts';
import { referenceResolver, variantGroups } from '../../common/json-ld/json-ld-refs.ts';
import { faqEntriesFromJsonLd } from './faq-page.ts';
import { offerPolicyEntries } from './offer-policies.ts';

/** Store policies published on the page, and notes about what could not be read. */
export interface PagePolicies {
  entries: PolicyEntry[];
  warnings: string[];
}

/**
 * Reads the shop's policies from a document's JSON-LD: FAQPage questions and answers, and
 * OfferShippingDetails / ShippingService / MerchantReturnPolicy in products' offers (a ProductGroup's
 * variants' too) and on the shop's Organization. Product ids match those readPageCatalog gives, so
 * product policies attach to the right product. Blocks are read by the same lenient reader as the
 * catalog's (catalog/json-ld-blocks.ts), each on its own: a block that fails is skipped with a warning.
 */
export function readPagePolicies(doc: Document = document): PagePolicies {
  try {
    return runSteps(readPolicies(doc));
  } catch (error) {
    return unreadable(error);
  }
}

/**
 * readPagePolicies in slices with the page's own tasks between them (as readPageCatalogInSlices).
 * With `skipLarge` (the element), blocks too large to parse on the page's thread
 * (catalog/json-ld-scripts.ts: a listing of thousands of products) are left out with a warning:
 * their products are read in the engine's worker, their policies are not.
 */
export async function readPagePoliciesInSlices(doc: Document = document, { skipLarge = false } = {}): Promise<PagePolicies> {
  try {
    return await runStepsInSlices(readPolicies(doc, skipLarge));
  } catch (error) {
    return unreadable(error);
  }
}

const unreadable = (error: unknown): PagePolicies => ({ entries: [], warnings: [`the page's policies could not be read (${error instanceof Error ? error.message : String(error)})`] });

function* readPolicies(doc: Document, skipLarge = false): Steps<PagePolicies> {
  const entries: PolicyEntry[] = [];
  const skipped: number[] = [];
  const skip = (block: JsonLdText) => skipLarge && tooLargeForPage(block.text) && skipped.push(block.index) > 0;
  const { blocks, warnings } = yield* jsonLdBlockSteps(doc, skip);
  for (const index of skipped) warnings.push(`JSON-LD block ${index} holds over ${PAGE_PARSE_MAX_OBJECTS} objects: its FAQ and offer policies are not read (its products are)`);
  const lang = doc.documentElement?.getAttribute('lang') || undefined;
  for (const block of blocks) {
    try {
      // A variant's policies are its group's: the catalog reads the group as the product.
      const resolve = referenceResolver(block.value);
      yield;
      const groups = variantGroups(productNodes(block.value), resolve);
      yield;
      const productId = (node: Record<string, unknown>) => {
        const product = productFromNode(groups.get(node) ?? node, doc.baseURI, { lang }, resolve);
        return typeof product === 'string' ? undefined : product.id;
      };
      entries.push(...faqEntriesFromJsonLd(block.value, doc.baseURI));
      yield;
      entries.push(...offerPolicyEntries(block.value, doc.baseURI, productId));
    } catch (error) {
      warnings.push(`JSON-LD block ${block.index}: policies could not be read (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  // One entry per id, and one per text for a product (variants repeating their group's shipping terms).
  const byId = [...new Map(entries.map((e) => [e.id, e])).values()];
  const byText = new Map<string, PolicyEntry>();
  for (const e of byId) if (!byText.has(`${e.kind}|${e.productId ?? ''}|${e.text}`)) byText.set(`${e.kind}|${e.productId ?? ''}|${e.text}`, e);
  return { entries: [...byText.values()], warnings };
}

/**
 * What the element sends to `engine.loadStorePolicies`: the page's policies, the merchant FAQ file
 * (`faq="..."`, resolved against the page) and the contact link (`contact="..."`: http(s) or mailto:).
 */
export function storePolicySource(
  doc: Document,
  options: { faq?: string; contact?: string; contactLabel?: string } = {},
  policies: PagePolicies = readPagePolicies(doc),
): StorePolicySource & { warnings: string[] } {
  const { entries, warnings } = policies;
  const resolved = options.faq ? policyUrl(options.faq, doc.baseURI) : undefined;
  const faqUrl = resolved && /^https?:/.test(resolved) ? resolved : undefined;
  if (options.faq && !faqUrl) warnings.push(`faq="${options.faq}" is not an http(s) URL`);
  const url = options.contact ? policyUrl(options.contact, doc.baseURI) : undefined;
  const contact: StoreContact | undefined = url ? { url, label: options.contactLabel } : undefined;
  return { entries, faqUrl, contact, warnings };
}
