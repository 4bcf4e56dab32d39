import type { Product } from '../protocol/product.ts';
import type { PolicyEntry, PolicyTopic } from '../protocol/store.ts';

/** Attribute names that carry a policy, and the topic each carries. */
const policyAttributes: [RegExp, PolicyTopic][] = [
  [/warrant|guarantee|保修|质保/i, 'warranty'],
  [/return|refund|退货|退换/i, 'returns'],
  [/shipping|delivery|dispatch|发货|配送/i, 'shipping'],
];

/** Attribute names that look like policies but are facts about the parcel, not a policy. */
const notPolicy = /weight|dimension|size|class|cost|price|fee/i;

/**
 * The product's own policies, from its attributes (warrantyInformation: "1 week warranty",
 * returnPolicy, shippingInformation, and their like from a page's additionalProperty). These are
 * product-specific and beat the shop-wide policy on the same topic.
 */
export function productPolicyEntries(product: Product): PolicyEntry[] {
  const entries: PolicyEntry[] = [];
  for (const [name, value] of Object.entries(product.attributes)) {
    if (notPolicy.test(name)) continue;
    const topic = policyAttributes.find(([pattern]) => pattern.test(name))?.[1];
    const text = Array.isArray(value) ? value.join('; ') : value;
    if (!topic || !text.trim()) continue;
    entries.push({
      id: `product:${product.id}:${name}`,
      topics: [topic],
      text: text.trim(),
      kind: 'product-attribute',
      url: product.url,
      productId: product.id,
    });
  }
  return entries;
}
