import { normalizeRecords } from './normalize-record.ts';
import type { Product } from '../protocol/product.ts';

/** Products read from a feed, and what was skipped and why. */
export interface FeedResult {
  products: Product[];
  skipped: string[];
}

/**
 * Parses a catalog feed: a JSON array, a JSON object with a `products` array, or JSON Lines.
 * Bad records are skipped and reported, never thrown.
 */
export function parseCatalogFeed(text: string): FeedResult {
  const trimmed = text.trim();
  let records: unknown[];
  const skipped: string[] = [];
  if (trimmed.startsWith('[') || trimmed.startsWith('{"products"') || /^\{\s*"products"/.test(trimmed)) {
    const parsed = JSON.parse(trimmed) as unknown;
    records = Array.isArray(parsed) ? parsed : ((parsed as { products?: unknown[] }).products ?? []);
  } else {
    records = [];
    trimmed.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      try {
        records.push(JSON.parse(line));
      } catch {
        skipped.push(`line ${i + 1}: not valid JSON`);
      }
    });
  }
  const result = normalizeRecords(records);
  return { products: result.products, skipped: [...skipped, ...result.skipped] };
}
