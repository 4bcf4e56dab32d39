import type { Product, ProductReview } from '../../workers/catalog/product.ts';

type Node = Record<string, unknown>;

const text = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && 'name' in v) return text((v as Node).name);
  if (Array.isArray(v)) return text(v[0]);
  return undefined;
};

const num = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number.parseFloat(v.replace(/[^\d.\-]/g, '')) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
};

const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

const types = (node: Node): string[] => list(node['@type']).map(String);

function image(v: unknown): string | undefined {
  const first = list(v)[0];
  if (typeof first === 'string') return first;
  if (first && typeof first === 'object') return text((first as Node).url) ?? text((first as Node).contentUrl);
  return undefined;
}

function offer(v: unknown): { price?: number; currency?: string; availability?: string; url?: string } {
  const o = list(v)[0] as Node | undefined;
  if (!o || typeof o !== 'object') return {};
  const spec = list(o.priceSpecification)[0] as Node | undefined;
  return {
    price: num(o.price) ?? num(o.lowPrice) ?? num(spec?.price),
    currency: text(o.priceCurrency) ?? text(spec?.priceCurrency),
    availability: text(o.availability)?.replace(/^https?:\/\/schema\.org\//, ''),
    url: text(o.url),
  };
}

function reviews(v: unknown): ProductReview[] {
  return list(v).flatMap((r) => {
    const node = r as Node;
    const body = text(node?.reviewBody) ?? text(node?.description);
    if (!body) return [];
    return [{
      text: body,
      title: text(node.name),
      rating: num((node.reviewRating as Node | undefined)?.ratingValue),
      author: text(node.author),
      date: text(node.datePublished),
    }];
  });
}

function attributes(v: unknown): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const p of list(v)) {
    const name = text((p as Node)?.name);
    const value = list((p as Node)?.value).map(text).filter((x): x is string => !!x);
    if (name && value.length) out[name] = value.length === 1 ? value[0] : value;
  }
  return out;
}

/** Turns one schema.org Product node into a Product, or explains why it cannot. */
export function productFromJsonLd(node: Node, pageUrl: string): Product | string {
  const title = text(node.name);
  if (!title) return 'Product without a name';
  const o = offer(node.offers);
  const id = text(node.sku) ?? text(node.productID) ?? text(node['@id']) ?? text(node.url) ?? title;
  const rating = node.aggregateRating as Node | undefined;
  const url = text(node.url) ?? o.url;
  const keywords = text(node.keywords);
  return {
    id,
    title,
    url: url ? new URL(url, pageUrl).href : undefined,
    brand: text(node.brand),
    category: text(node.category),
    price: o.price,
    currency: o.currency,
    availability: o.availability,
    description: text(node.description),
    image: image(node.image),
    rating: num(rating?.ratingValue),
    reviewCount: num(rating?.reviewCount) ?? num(rating?.ratingCount),
    reviews: reviews(node.review),
    attributes: { ...attributes(node.additionalProperty), ...(text(node.color) ? { color: text(node.color)! } : {}) },
    tags: keywords ? keywords.split(',').map((k) => k.trim()).filter(Boolean) : [],
  };
}

/** Every schema.org Product node inside a JSON-LD value (plain, `@graph`, `ItemList`, arrays). */
export function productNodes(value: unknown): Node[] {
  const found: Node[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== 'object') return;
    const node = v as Node;
    if (types(node).includes('Product')) return void found.push(node);
    if (node['@graph']) visit(node['@graph']);
    if (node.itemListElement) visit(node.itemListElement);
    if (node.item) visit(node.item);
    if (node.mainEntity) visit(node.mainEntity);
  };
  visit(value);
  return found;
}
