import type { Product, ProductReview } from '../../workers/protocol/product.ts';
import { absoluteUrl, list, num, text, texts, types, type LdNode } from './json-ld-values.ts';
import { summarizeOffers, type OfferSummary } from './offers.ts';
import { unitCodeName } from '../measure-units.ts';

/** What a reader knows about the page besides the node: its language (for numbers such as "1.024"). */
export interface ReadContext {
  lang?: string;
  /** The currency to assume when an offer names none (a variant's offer inside its group's). */
  currency?: string;
}

export function images(v: unknown, base: string): string[] {
  return list(v)
    .map((item) => (typeof item === 'string' ? item : item && typeof item === 'object' ? (item as LdNode).url ?? (item as LdNode).contentUrl ?? (item as LdNode).contentURL : undefined))
    .map((u) => absoluteUrl(u, base))
    .filter((u): u is string => !!u);
}

export function reviews(v: unknown): ProductReview[] {
  return list(v).flatMap((r) => {
    const node = r as LdNode;
    if (!node || typeof node !== 'object') return [];
    const body = text(node.reviewBody) ?? text(node.description) ?? text(node.text);
    if (!body) return [];
    const rating = node.reviewRating as LdNode | undefined;
    const best = num(rating?.bestRating) ?? 5;
    const value = num(rating?.ratingValue ?? rating);
    return [{
      text: body,
      title: typeof node.name === 'string' ? text(node.name) : undefined,
      rating: value === undefined ? undefined : (value * 5) / best,
      author: text(node.author),
      date: text(node.datePublished),
    }];
  });
}

/** The unit of a PropertyValue or QuantitativeValue: its `unitText` as written, else its `unitCode` as people read it ("KGM" → "kg"). */
function unitOf(node: LdNode | undefined): string | undefined {
  const code = text(node?.unitCode);
  return text(node?.unitText) ?? (code ? unitCodeName(code) : undefined);
}

/** schema.org's own measures of a Product, read as spec rows of the same names. */
const measureKeys = ['weight', 'depth', 'width', 'height'] as const;

/**
 * A Product's `weight` / `depth` / `width` / `height` as a spec value: a QuantitativeValue's `value`
 * with its unit ({ value: "2.0000", unitText: "lbs" } → "2 lbs", { value: 1.2, unitCode: "KGM" } →
 * "1.2 kg"), or a text as written ("1.5 kg"); a bare number stays bare (its unit is not stated).
 */
function measureText(v: unknown): string | undefined {
  const first = list(v)[0];
  if (!first || typeof first !== 'object') return text(first);
  const node = first as LdNode;
  // Platforms print stored decimals ("2.0000", Magento): the number as people write it.
  const value = text(node.value ?? node['@value'])?.replace(/^(\d+)\.(\d*?)0+$/, (_, whole: string, frac: string) => (frac ? `${whole}.${frac}` : whole));
  if (!value) return undefined;
  const unit = unitOf(node);
  return unit && !value.endsWith(unit) ? `${value} ${unit}` : value;
}

export function attributes(node: LdNode, offer: OfferSummary): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const p of list(node.additionalProperty)) {
    const prop = p as LdNode;
    const name = text(prop?.name) ?? text(prop?.propertyID);
    // A unit code is written as people read it ("KGM" → "kg"), so a measured value keeps its unit.
    const unit = unitOf(prop);
    const value = texts(prop?.value).map((v) => (unit ? `${v} ${unit}` : v));
    if (!value.length && prop?.minValue !== undefined) value.push(`${text(prop.minValue)}–${text(prop.maxValue) ?? ''}`.replace(/–$/, '+'));
    if (name && value.length) out[name] = value.length === 1 ? value[0] : value;
  }
  // The Product's own weight and size, unless a spec row of that name already says it.
  const named = new Set(Object.keys(out).map((k) => k.toLowerCase()));
  for (const key of measureKeys) {
    const value = named.has(key) ? undefined : measureText(node[key]);
    if (value) out[key] = value;
  }
  for (const key of ['color', 'size', 'material', 'pattern', 'gtin', 'gtin14', 'gtin13', 'gtin12', 'gtin8', 'mpn', 'model']) {
    const values = texts(node[key]);
    if (values.length && !(key in out)) out[key] = values.length === 1 ? values[0] : values;
  }
  if (offer.highPrice !== undefined) out.highPrice = String(offer.highPrice);
  return out;
}

/** Turns one schema.org Product node into a Product, or explains why it cannot. */
export function productFromJsonLd(node: LdNode, pageUrl: string, context: ReadContext = {}): Product | string {
  const title = text(node.name);
  if (!title) return `Product ${text(node.sku) ?? text(node['@id']) ?? ''} has no name`.replace('  ', ' ');
  const o = summarizeOffers(node.offers, context);
  const id = productKey(node) ?? text(node['@id']) ?? absoluteUrl(node.url, pageUrl) ?? title;
  const rating = node.aggregateRating as LdNode | undefined;
  const bestRating = num(rating?.bestRating) ?? 5;
  const ratingValue = num(rating?.ratingValue);
  const imageList = images(node.image, pageUrl);
  return {
    id,
    title,
    url: absoluteUrl(node.url, pageUrl) ?? absoluteUrl(o.url, pageUrl),
    brand: text(node.brand) ?? text(node.manufacturer),
    category: text(node.category),
    price: o.price,
    currency: o.currency,
    availability: o.availability,
    description: text(node.description),
    image: imageList[0],
    rating: ratingValue === undefined || bestRating <= 0 ? undefined : Math.round(((ratingValue * 5) / bestRating) * 100) / 100,
    reviewCount: num(rating?.reviewCount, { lang: context.lang, integer: true }) ?? num(rating?.ratingCount, { lang: context.lang, integer: true }),
    reviews: reviews(node.review ?? node.reviews),
    attributes: attributes(node, o),
    tags: texts(node.keywords, /\s*,\s*/),
  };
}

/** The identifier a shop gives a product, if any: sku, productID, a GTIN, mpn. */
export function productKey(node: LdNode): string | undefined {
  for (const key of ['sku', 'productID', 'gtin13', 'gtin14', 'gtin12', 'gtin8', 'gtin', 'mpn']) {
    const value = text(node[key]);
    if (value) return value;
  }
  return undefined;
}

const isProduct = (t: string[]) => t.includes('Product') || t.includes('IndividualProduct') || t.includes('ProductModel') || t.includes('ProductGroup');

/** Product (and ProductGroup) nodes found by walking a JSON-LD value through `keys`; depth is bounded by the block reader. */
function findProducts(value: unknown, keys: readonly string[]): LdNode[] {
  const found: LdNode[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== 'object') return;
    const node = v as LdNode;
    if (isProduct(types(node))) return void found.push(node);
    for (const key of keys) if (node[key]) visit(node[key]);
  };
  visit(value);
  return found;
}

/**
 * Every schema.org Product node inside a JSON-LD value: a plain Product, `@graph`, `ItemList`
 * (items or ListItems), a page's `mainEntity`, an Offer's `itemOffered`, and `ProductGroup`s (one
 * node each: product-group.ts reads its variants).
 */
export function productNodes(value: unknown): LdNode[] {
  return findProducts(value, ['@graph', 'itemListElement', 'item', 'mainEntity', 'itemOffered', 'about']);
}

/**
 * The Product nodes a page is about: at the top of a JSON-LD value, in its `@graph`, or the page's
 * `mainEntity`; not those inside an `ItemList` or an offer (related or listed products).
 */
export function mainProductNodes(value: unknown): LdNode[] {
  return findProducts(value, ['@graph', 'mainEntity']);
}
