import type { Product, ProductReview } from '../../workers/protocol/product.ts';
import { absoluteUrl, list, num, text, texts, types, type LdNode } from './json-ld-values.ts';

function images(v: unknown, base: string): string[] {
  return list(v)
    .map((item) => (typeof item === 'string' ? item : item && typeof item === 'object' ? (item as LdNode).url ?? (item as LdNode).contentUrl : undefined))
    .map((u) => absoluteUrl(u, base))
    .filter((u): u is string => !!u);
}

const schemaValue = (v: unknown) => text(v)?.replace(/^https?:\/\/schema\.org\//, '');

interface OfferSummary {
  price?: number;
  currency?: string;
  availability?: string;
  url?: string;
  highPrice?: number;
  offerCount?: number;
}

/**
 * What the offers say: the lowest price among them (Offer, a list of Offers, AggregateOffer
 * with lowPrice/highPrice or its own offers, priceSpecification), its currency, and "InStock"
 * when any offer is in stock.
 */
function offers(v: unknown): OfferSummary {
  const flat = list(v).flatMap((o) => {
    const node = o as LdNode;
    if (!node || typeof node !== 'object') return [];
    if (!types(node).includes('AggregateOffer') || !node.offers) return [node];
    // Offers inside an AggregateOffer often leave the currency to it.
    const inherited = { priceCurrency: node.priceCurrency, availability: node.availability };
    return [node, ...list(node.offers).filter((x) => x && typeof x === 'object').map((x) => ({ ...inherited, ...(x as LdNode) }))];
  }) as LdNode[];
  const priced = flat.map((o) => {
    const spec = list(o.priceSpecification).find((s) => num((s as LdNode)?.price) !== undefined) as LdNode | undefined;
    return {
      price: num(o.price) ?? num(o.lowPrice) ?? num(spec?.price),
      highPrice: num(o.highPrice),
      currency: text(o.priceCurrency) ?? text(spec?.priceCurrency),
      availability: schemaValue(o.availability),
      url: text(o.url),
      offerCount: num(o.offerCount),
    };
  });
  const withPrice = priced.filter((o) => o.price !== undefined).sort((a, b) => a.price! - b.price!);
  const best = withPrice[0] ?? priced[0];
  if (!best) return {};
  const availabilities = priced.map((o) => o.availability).filter(Boolean);
  const highest = Math.max(...withPrice.map((o) => o.highPrice ?? o.price!));
  return {
    ...best,
    availability: availabilities.find((a) => /InStock/i.test(a!)) ?? availabilities[0],
    highPrice: best.price !== undefined && highest > best.price ? highest : undefined,
  };
}

function reviews(v: unknown): ProductReview[] {
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

function attributes(node: LdNode, offer: OfferSummary): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const p of list(node.additionalProperty)) {
    const prop = p as LdNode;
    const name = text(prop?.name) ?? text(prop?.propertyID);
    const unit = text(prop?.unitText) ?? text(prop?.unitCode);
    const value = texts(prop?.value).map((v) => (unit ? `${v} ${unit}` : v));
    if (!value.length && prop?.minValue !== undefined) value.push(`${text(prop.minValue)}–${text(prop.maxValue) ?? ''}`.replace(/–$/, '+'));
    if (name && value.length) out[name] = value.length === 1 ? value[0] : value;
  }
  for (const key of ['color', 'size', 'material', 'pattern', 'gtin', 'gtin13', 'gtin12', 'gtin8', 'mpn', 'model']) {
    const values = texts(node[key]);
    if (values.length && !(key in out)) out[key] = values.length === 1 ? values[0] : values;
  }
  if (offer.highPrice !== undefined) out.highPrice = String(offer.highPrice);
  return out;
}

/** Turns one schema.org Product node into a Product, or explains why it cannot. */
export function productFromJsonLd(node: LdNode, pageUrl: string): Product | string {
  const title = text(node.name);
  if (!title) return `Product ${text(node.sku) ?? text(node['@id']) ?? ''} has no name`.replace('  ', ' ');
  const o = offers(node.offers);
  const id = text(node.sku) ?? text(node.productID) ?? text(node.gtin13) ?? text(node.mpn) ?? text(node['@id']) ?? absoluteUrl(node.url, pageUrl) ?? title;
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
    reviewCount: num(rating?.reviewCount) ?? num(rating?.ratingCount),
    reviews: reviews(node.review ?? node.reviews),
    attributes: attributes(node, o),
    tags: texts(node.keywords, /\s*,\s*/),
  };
}

const isProduct = (t: string[]) => t.includes('Product') || t.includes('IndividualProduct') || t.includes('ProductModel');

/** Product nodes found by walking a JSON-LD value through `keys`; a ProductGroup gives its variants when `variants`. */
function findProducts(value: unknown, keys: readonly string[], variants: boolean): LdNode[] {
  const found: LdNode[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== 'object') return;
    const node = v as LdNode;
    const t = types(node);
    if (variants && t.includes('ProductGroup')) {
      const items = list(node.hasVariant).filter((x) => x && typeof x === 'object') as LdNode[];
      if (!items.length) return void found.push(node);
      const shared = Object.fromEntries(['brand', 'description', 'category', 'image', 'aggregateRating', 'review', 'url', 'keywords'].filter((k) => node[k] !== undefined).map((k) => [k, node[k]]));
      for (const variant of items) found.push({ ...shared, ...variant });
      return;
    }
    if (isProduct(t)) return void found.push(node);
    for (const key of keys) if (node[key]) visit(node[key]);
  };
  visit(value);
  return found;
}

/**
 * Every schema.org Product node inside a JSON-LD value: a plain Product, `@graph`, `ItemList`
 * (items or ListItems), a page's `mainEntity`, an Offer's `itemOffered`, and the variants of a
 * `ProductGroup` (each variant inherits the group's brand, description, category and images).
 */
export function productNodes(value: unknown): LdNode[] {
  return findProducts(value, ['@graph', 'itemListElement', 'item', 'mainEntity', 'itemOffered', 'about'], true);
}

/**
 * The Product nodes a page is about: at the top of a JSON-LD value, in its `@graph`, or the page's
 * `mainEntity`; not those inside an `ItemList` or an offer (related or listed products).
 */
export function mainProductNodes(value: unknown): LdNode[] {
  return findProducts(value, ['@graph', 'mainEntity'], false);
}
