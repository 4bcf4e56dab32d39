import type { Product, ProductReview, ProductVariant } from '../protocol/product.ts';
import { readPageQuestions } from './page-questions.ts';
import { decodeHTML } from 'entities';
import { htmlToText } from '../../common/html-to-text.ts';
import { isAvailabilityAttribute } from './attribute-kinds.ts';

type Json = Record<string, unknown>;

const asString = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined;

/** Shop text (titles, descriptions, spec values, reviews) as plain text: feeds may carry HTML tags and entities. */
const asText = (value: unknown): string | undefined => {
  const raw = asString(value);
  return raw === undefined ? undefined : htmlToText(raw, decodeHTML) || undefined;
};

const asNumber = (value: unknown): number | undefined => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseFloat(value) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
};

function attributeValue(value: unknown): string | string[] | undefined {
  if (Array.isArray(value)) {
    const items = value.map(asText).filter((v): v is string => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value && typeof value === 'object') {
    const parts = Object.entries(value as Json)
      .map(([k, v]) => (asText(v) ? `${k} ${asText(v)}` : undefined))
      .filter(Boolean);
    return parts.length ? parts.join(', ') : undefined;
  }
  return asText(value);
}

/** A product's variants (a shop's ProductGroup, or a feed's list): each needs an id and a title; options are strings. */
function variants(value: unknown): ProductVariant[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const list: ProductVariant[] = [];
  for (const item of value) {
    if (!item || typeof item !== 'object') continue;
    const v = item as Json;
    const id = asString(v.id) ?? asString(v.sku);
    const title = asText(v.title) ?? asText(v.name);
    if (!id || !title) continue;
    const options: Record<string, string> = {};
    if (v.options && typeof v.options === 'object') {
      for (const [name, option] of Object.entries(v.options as Json)) {
        const text = asText(option);
        if (text) options[name] = text;
      }
    }
    list.push({
      id, title, options,
      url: asString(v.url), sku: asString(v.sku), price: asNumber(v.price), currency: asString(v.currency),
      availability: asString(v.availability), image: asString(v.image), selected: v.selected === true || undefined,
    });
  }
  return list.length ? list : undefined;
}

function reviews(value: unknown): ProductReview[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((r: Json) => {
    const text = asText(r?.text);
    if (!text) return [];
    return [{ text, rating: asNumber(r.rating), title: asText(r.title), author: asText(r.author) ?? asText(r.reviewer), date: asString(r.date) }];
  });
}

/**
 * Turns one record into a Product: a record of a catalog feed (the JSON/JSONL shape the CLI and
 * `catalog="..."` accept: `name` or `title`, `sku` or `id`, `special_price`, `review_count`, ...) or a
 * product an app hands to `setProducts()` (Product's own field names, or just `{id, title, price}`).
 * A Product comes back unchanged in meaning. Returns an error string instead when the record cannot
 * be a product.
 */
export function normalizeRecord(record: unknown): Product | string {
  if (!record || typeof record !== 'object') return 'not an object';
  const r = record as Json;
  const id = asString(r.id) ?? asString(r.sku);
  const title = asText(r.title) ?? asText(r.name);
  if (!id) return 'no id';
  if (!title) return `product ${id} has no title`;
  const rawAttributes = (r.attributes && typeof r.attributes === 'object' ? r.attributes : {}) as Json;
  const attributes: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(rawAttributes)) {
    if (name === 'tags') continue;
    const v = attributeValue(value);
    if (v !== undefined) attributes[name] = v;
  }
  const tags = attributeValue(rawAttributes.tags ?? r.tags);
  const reviewList = reviews(r.reviews);
  return {
    id,
    title,
    url: asString(r.url),
    brand: asText(r.brand),
    category: asText(r.category),
    price: asNumber(r.special_price) ?? asNumber(r.price),
    currency: asString(r.currency),
    availability: asString(r.availability) ?? availabilityRow(rawAttributes),
    description: asText(r.description),
    image: asString(r.image),
    rating: asNumber(r.rating),
    reviewCount: asNumber(r.reviewCount) ?? asNumber(r.review_count) ?? (reviewList.length || undefined),
    reviews: reviewList,
    attributes,
    tags: Array.isArray(tags) ? tags : tags ? [tags] : [],
    questions: readPageQuestions(r.questions),
    variants: variants(r.variants),
  };
}

/** A feed's stock state kept as a spec row ("availabilityStatus: Low Stock"), read by the name's words. */
function availabilityRow(attributes: Json): string | undefined {
  const name = Object.keys(attributes).find(isAvailabilityAttribute);
  return name === undefined ? undefined : asString(attributes[name]);
}

/** Products read from records, and which records were skipped and why. */
export interface NormalizedRecords {
  products: Product[];
  skipped: string[];
}

/**
 * Normalises a list of records (a feed's, or what an app passed to `setProducts()`): bad records
 * and repeated ids are skipped and reported ("record 3: no id"), never thrown.
 */
export function normalizeRecords(records: readonly unknown[]): NormalizedRecords {
  const products: Product[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  records.forEach((record, i) => {
    const result = normalizeRecord(record);
    if (typeof result === 'string') skipped.push(`record ${i + 1}: ${result}`);
    else if (seen.has(result.id)) skipped.push(`record ${i + 1}: duplicate id ${result.id}`);
    else {
      seen.add(result.id);
      products.push(result);
    }
  });
  return { products, skipped };
}

/**
 * The products among records an app handed over (`setProducts()`, `Engine.load()`), read like a
 * feed's; each record that cannot be a product is a console warning ("aisle: setProducts skipped
 * record 3: no id").
 */
export function productsFrom(records: readonly unknown[]): Product[] {
  const { products, skipped } = normalizeRecords(records);
  skipped.forEach((s) => console.warn(`aisle: setProducts skipped ${s}`));
  return products;
}
