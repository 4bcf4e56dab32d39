import type { JsonLdText } from '../../workers/protocol/page.ts';
import type { PolicyEntry, StoreContact, StorePolicySource } from '../../workers/protocol/store.ts';
import { policyUrl } from '../../common/policy-url.ts';
import { runSteps, runStepsInSlices, type Steps } from '../../common/yield-to-event-loop.ts';
import { jsonLdBlockSteps, PAGE_PARSE_MAX_OBJECTS, tooLargeForPage } from '../catalog/json-ld-scripts.ts';
import { blockPolicySteps } from '../../common/json-ld/block-policies.ts';

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
 * (catalog/json-ld-scripts.ts: a listing of thousands of products) are not parsed here: their policies
 * are `largeBlocks`, read by the engine with their products (PageCatalog.largeBlockPolicies), or, if
 * it gave none, left out with a warning.
 */
export async function readPagePoliciesInSlices(doc: Document = document, { skipLarge = false, largeBlocks }: { skipLarge?: boolean; largeBlocks?: PagePolicies } = {}): Promise<PagePolicies> {
  try {
    return await runStepsInSlices(readPolicies(doc, skipLarge, largeBlocks));
  } catch (error) {
    return unreadable(error);
  }
}

const unreadable = (error: unknown): PagePolicies => ({ entries: [], warnings: [`the page's policies could not be read (${error instanceof Error ? error.message : String(error)})`] });

function* readPolicies(doc: Document, skipLarge = false, largeBlocks?: PagePolicies): Steps<PagePolicies> {
  const entries: PolicyEntry[] = [];
  const skipped: number[] = [];
  const skip = (block: JsonLdText) => skipLarge && tooLargeForPage(block.text) && skipped.push(block.index) > 0;
  const { blocks, warnings } = yield* jsonLdBlockSteps(doc, skip);
  if (largeBlocks) {
    entries.push(...largeBlocks.entries);
    warnings.push(...largeBlocks.warnings);
  } else {
    for (const index of skipped) warnings.push(`JSON-LD block ${index} holds over ${PAGE_PARSE_MAX_OBJECTS} objects: its FAQ and offer policies are not read (its products are)`);
  }
  const options = { baseUrl: doc.baseURI, lang: doc.documentElement?.getAttribute('lang') || undefined };
  for (const block of blocks) {
    const read = yield* blockPolicySteps(block, options);
    entries.push(...read.entries);
    warnings.push(...read.warnings);
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
