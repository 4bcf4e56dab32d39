import type { PolicyEntry, StoreContact, StorePolicySource } from '../../workers/protocol/store.ts';
import { policyUrl } from '../../common/policy-url.ts';
import { productFromJsonLd } from '../catalog/json-ld-product.ts';
import { faqEntriesFromJsonLd } from './faq-page.ts';
import { offerPolicyEntries } from './offer-policies.ts';

/** Store policies published on the page, and notes about what could not be read. */
export interface PagePolicies {
  entries: PolicyEntry[];
  warnings: string[];
}

/**
 * Reads the shop's policies from a document's JSON-LD: FAQPage questions and answers, and
 * OfferShippingDetails / MerchantReturnPolicy in products' offers and on the shop's Organization.
 * Product ids match those readPageCatalog gives, so product policies attach to the right product.
 */
export function readPagePolicies(doc: Document = document): PagePolicies {
  const entries: PolicyEntry[] = [];
  const warnings: string[] = [];
  const productId = (node: Record<string, unknown>) => {
    const product = productFromJsonLd(node, doc.baseURI);
    return typeof product === 'string' ? undefined : product.id;
  };
  doc.querySelectorAll('script[type="application/ld+json"]').forEach((script, i) => {
    let json: unknown;
    try {
      json = JSON.parse(script.textContent ?? '');
    } catch {
      warnings.push(`JSON-LD block ${i + 1} is not valid JSON`);
      return;
    }
    entries.push(...faqEntriesFromJsonLd(json, doc.baseURI), ...offerPolicyEntries(json, doc.baseURI, productId));
  });
  return { entries: [...new Map(entries.map((e) => [e.id, e])).values()], warnings };
}

/**
 * What the element sends to `engine.loadStorePolicies`: the page's policies, the merchant FAQ file
 * (`faq="..."`, resolved against the page) and the contact link (`contact="..."`: http(s) or mailto:).
 */
export function storePolicySource(doc: Document, options: { faq?: string; contact?: string; contactLabel?: string } = {}): StorePolicySource & { warnings: string[] } {
  const { entries, warnings } = readPagePolicies(doc);
  const resolved = options.faq ? policyUrl(options.faq, doc.baseURI) : undefined;
  const faqUrl = resolved && /^https?:/.test(resolved) ? resolved : undefined;
  if (options.faq && !faqUrl) warnings.push(`faq="${options.faq}" is not an http(s) URL`);
  const url = options.contact ? policyUrl(options.contact, doc.baseURI) : undefined;
  const contact: StoreContact | undefined = url ? { url, label: options.contactLabel } : undefined;
  return { entries, faqUrl, contact, warnings };
}
