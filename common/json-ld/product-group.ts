/**
 * A schema.org ProductGroup (Shopify's output for any product with variants; also bol.com, JYSK) read
 * as one product: the product the page is about, with its variants.
 */
import type { Product, ProductVariant } from '../../workers/protocol/product.ts';
import { attributes, productFromJsonLd, productKey, type ReadContext } from './json-ld-product.ts';
import { absoluteUrl, list, text, texts, types, type LdNode } from './json-ld-values.ts';
import { summarizeOffers } from './offers.ts';
import { withResolved, type Resolve } from './json-ld-refs.ts';

/** What a variant inherits from its group when it does not say it itself. */
const inherited = ['name', 'brand', 'manufacturer', 'description', 'category', 'image', 'aggregateRating', 'review', 'reviews', 'url', 'keywords', 'material', 'additionalProperty', 'weight', 'depth', 'width', 'height'];

/** Properties that tell variants apart when the group's `variesBy` does not name them. */
const optionKeys = ['color', 'size', 'material', 'pattern', 'suggestedAge', 'suggestedGender', 'model'];

/** The variants' property names: the group's `variesBy` ("https://schema.org/size" → "size"), else the usual ones. */
function variantProperties(group: LdNode): string[] {
  return [...new Set([...variesBy(group), ...optionKeys])];
}

/** The group's `variesBy`, as property names, in its order. */
const variesBy = (group: LdNode) => texts(group.variesBy).map((v) => v.replace(/^https?:\/\/schema\.org\//i, '')).filter(Boolean);

/**
 * Options from a variant's name when it states none as properties: "Alpine Fleece Jacket - Navy / M"
 * in the group "Alpine Fleece Jacket" is Navy / M, named in `variesBy` order (color, size) when the
 * counts agree, else one "option".
 */
function optionsFromName(group: LdNode, variant: LdNode): Record<string, string> {
  const groupName = text(group.name);
  const name = text(variant.name);
  if (!groupName || !name || !name.startsWith(groupName)) return {};
  const rest = name.slice(groupName.length).replace(/^\s*[-–—:|,]\s*/, '').trim();
  if (!rest || rest === name) return {};
  const parts = rest.split(/\s+\/\s+/).map((p) => p.trim()).filter(Boolean);
  const names = variesBy(group);
  if (names.length === parts.length) return Object.fromEntries(parts.map((p, i) => [names[i], p]));
  return { option: rest };
}

/** One variant, read with what it inherits from the group; undefined when it is not a product node. */
function readVariant(group: LdNode, variant: LdNode, keys: string[], pageUrl: string, context: ReadContext): ProductVariant | undefined {
  const shared = Object.fromEntries(inherited.filter((k) => group[k] !== undefined).map((k) => [k, group[k]]));
  const product = productFromJsonLd({ ...shared, ...variant }, pageUrl, context);
  if (typeof product === 'string') return undefined;
  const options: Record<string, string> = {};
  for (const key of keys) {
    const value = text(variant[key]);
    if (value) options[key] = value;
  }
  // Shops that give a variant only additionalProperty rows (e.g. "Pack size") name their options there.
  for (const p of list(variant.additionalProperty)) {
    const name = text((p as LdNode)?.name);
    const value = text((p as LdNode)?.value);
    if (name && value && !(name in options)) options[name] = value;
  }
  if (!Object.keys(options).length) Object.assign(options, optionsFromName(group, variant));
  const offers = summarizeOffers(variant.offers, context);
  return {
    id: product.id,
    title: product.title,
    url: absoluteUrl(variant.url, pageUrl) ?? absoluteUrl(offers.url, pageUrl),
    sku: text(variant.sku),
    price: product.price,
    currency: product.currency,
    availability: product.availability,
    image: product.image,
    options,
  };
}

/** The same variant: the same object, shop identifier or `@id`. */
const same = (a: unknown, b: LdNode) =>
  a === b || (!!a && typeof a === 'object' && ((!!productKey(a as LdNode) && productKey(a as LdNode) === productKey(b)) || (!!text((a as LdNode)['@id']) && text((a as LdNode)['@id']) === text(b['@id']))));

/** Does `candidate` address the page? The same path, and every query parameter it has the page has too ("?variant=2" in "?variant=2&utm_source=x"). */
function addressesPage(candidate: string | undefined, page: URL): boolean {
  if (!candidate) return false;
  let url: URL;
  try {
    url = new URL(candidate, page);
  } catch {
    return false;
  }
  if (url.origin !== page.origin || url.pathname.replace(/\/$/, '') !== page.pathname.replace(/\/$/, '')) return false;
  return [...url.searchParams].every(([k, v]) => page.searchParams.getAll(k).includes(v));
}

/**
 * Which variant the page shows: the one whose address (its url, its offer's, or an `@id` that is a
 * URL with a query, as Shopify writes them) is the page's, the most specific such match first; else the first.
 */
function selectedIndex(variants: ProductVariant[], nodes: LdNode[], pageUrl: string): number {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return 0;
  }
  let best = -1;
  let bestParams = -1;
  variants.forEach((v, i) => {
    const node = nodes[i];
    const offer = list(node.offers).find((o) => o && typeof o === 'object') as LdNode | undefined;
    const id = text(node['@id']);
    const candidates = [v.url, text(offer?.url), id && /\?/.test(id) ? id : undefined];
    for (const c of candidates) {
      if (!addressesPage(c, page)) continue;
      const params = [...new URL(c!, page).searchParams].length;
      if (params > bestParams) [best, bestParams] = [i, params];
    }
  });
  return best >= 0 ? best : 0;
}

/** How a group is read: references resolved within its block, and the variant the page is about when the page says so. */
export interface GroupOptions {
  resolve?: Resolve;
  /** The variant the page's own Product is (a Product with `isVariantOf`): it is the one shown. */
  selected?: LdNode;
}

/**
 * Reads a ProductGroup as one product: the group's name, brand, text, images, rating and reviews;
 * price and availability from the variant the page shows (the page's own Product when it is a variant
 * of the group, else the one whose URL is the page's, else the first); `variants` lists every variant
 * with its options, price and stock (variants without a name of their own take the group's, offers
 * without a currency take the group's; `{"@id"}` references are resolved in the block). A group
 * without variants reads as a plain product.
 */
export function productFromGroup(group: LdNode, pageUrl: string, context: ReadContext = {}, options: GroupOptions = {}): Product | string {
  const selected = options.selected;
  const entries = list(group.hasVariant).map((v) => options.resolve?.(v) ?? v);
  // The page's own Product, when it is a variant, is the fullest description of it: it completes the
  // group's entry for it (often only a sku and url), or joins the list.
  let selectedAt = selected ? entries.findIndex((v) => same(v, selected)) : -1;
  if (selected && selectedAt >= 0) entries[selectedAt] = { ...(entries[selectedAt] as LdNode), ...selected };
  else if (selected) selectedAt = entries.push(selected) - 1;
  const nodes = entries
    .map((node, i) => ({ node, shown: i === selectedAt }))
    .filter((e): e is { node: LdNode; shown: boolean } => !!e.node && typeof e.node === 'object' && !Array.isArray(e.node))
    .map((e) => ({ ...e, node: withResolved(e.node, options.resolve) }));
  const own = productFromJsonLd(group, pageUrl, context);
  if (!nodes.length) return own;
  const groupOffers = summarizeOffers(group.offers, context);
  const variantContext = { ...context, currency: groupOffers.currency ?? context.currency };
  const keys = variantProperties(group);
  const read = nodes.map((e) => ({ ...e, variant: readVariant(group, e.node, keys, pageUrl, variantContext) })).filter((r) => r.variant);
  const variants = read.map((r) => r.variant!);
  if (!variants.length) return own;
  const shown = read.findIndex((r) => r.shown);
  const chosen = shown >= 0 ? shown : selectedIndex(variants, read.map((r) => r.node), pageUrl);
  variants[chosen] = { ...variants[chosen], selected: true };
  const pick = variants[chosen];
  const base = typeof own === 'string' ? productFromJsonLd({ ...group, name: pick.title }, pageUrl, context) : own;
  if (typeof base === 'string') return base;
  const attrs = attributes(group, {});
  for (const key of new Set(variants.flatMap((v) => Object.keys(v.options)))) {
    const values = [...new Set(variants.map((v) => v.options[key]).filter(Boolean))];
    if (values.length && !(key in attrs)) attrs[key] = values.length === 1 ? values[0] : values;
  }
  const prices = variants.map((v) => v.price).filter((p): p is number => p !== undefined);
  const high = prices.length ? Math.max(...prices) : undefined;
  if (high !== undefined && pick.price !== undefined && high > pick.price) attrs.highPrice = String(high);
  return {
    ...base,
    id: text(group.productGroupID) ?? productKey(group) ?? base.id,
    price: pick.price ?? base.price,
    currency: pick.currency ?? base.currency,
    availability: pick.availability ?? base.availability,
    image: base.image ?? pick.image,
    url: base.url ?? pick.url,
    attributes: attrs,
    variants,
  };
}

/** A ProductGroup, or a Product that lists variants (`hasVariant` on a Product, seen on real themes). */
export const isGroup = (node: LdNode) => types(node).includes('ProductGroup') || list(node.hasVariant).some((v) => v && typeof v === 'object');

/**
 * Reads any product node: a ProductGroup with its variants; a Product that says it is a variant of a
 * group (`isVariantOf`) as that group, itself the variant shown; or a plain Product.
 */
export function productFromNode(found: LdNode, pageUrl: string, context: ReadContext = {}, resolve?: Resolve): Product | string {
  const node = withResolved(found, resolve);
  if (isGroup(node)) return productFromGroup(node, pageUrl, context, { resolve });
  const group = node.isVariantOf as LdNode | undefined;
  if (group && typeof group === 'object' && !Array.isArray(group) && types(group).includes('ProductGroup') && text(group.name)) {
    return productFromGroup(withResolved(group, resolve), pageUrl, context, { resolve, selected: node });
  }
  return productFromJsonLd(node, pageUrl, context);
}
