import type { SearchIntent } from '../protocol/search.ts';


/** An intent with nothing in it, for `text`. */
export function emptyIntent(text: string): SearchIntent {
  return { text, terms: [], brands: [], colors: [], sizes: [], categories: [], exclude: [], chips: [] };
}
