import type { HistoryEntry, ShopperEvent } from '../../workers/engine-api.ts';
import type { RecommendationSource } from './recommendation-source.ts';

/**
 * Records what the shopper did, for the shop's own buttons and pages: `record({ type: 'cart',
 * productId: 'sku-1' })` from an add-to-cart handler, `record([{ type: 'purchase', productId }, ...])`
 * on the order-confirmation page. It goes to the page's `<aisle-assistant>` (waiting for it to be
 * defined) and is kept in this browser only. Resolves with the entries kept: none when the shopper
 * switched history off, when there is no assistant on the page, or when an event is malformed
 * (a console warning says why). Never throws.
 */
export async function record(events: ShopperEvent | ShopperEvent[], root: ParentNode = document): Promise<HistoryEntry[]> {
  const assistant = root.querySelector('aisle-assistant');
  if (!assistant) {
    console.warn('aisle: record() found no <aisle-assistant> on the page');
    return [];
  }
  await customElements.whenDefined('aisle-assistant');
  const source = assistant as unknown as RecommendationSource;
  const kept: HistoryEntry[] = [];
  for (const event of Array.isArray(events) ? events : [events]) {
    const entry = await source.record(event);
    if (entry) kept.push(entry);
  }
  return kept;
}
