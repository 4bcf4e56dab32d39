import MiniSearch, { type Options } from 'minisearch';
import type { Product } from '../protocol/product.ts';
import { categoryWords } from '../catalog/product-text.ts';
import { englishFor, glossaryWords } from '../text/glossary.ts';
import { hasHan, tokenize } from '../text/tokenize.ts';
import type { LexicalHit } from './search-types.ts';
import { packLexical, unpackLexical } from './packed-lexical.ts';

interface IndexedDoc {
  id: string;
  title: string;
  brand: string;
  category: string;
  tags: string;
  attributes: string;
  description: string;
}

function toDoc(p: Product): IndexedDoc {
  return {
    id: p.id,
    title: p.title,
    brand: p.brand ?? '',
    category: categoryWords(p.category),
    tags: p.tags.join(' '),
    attributes: Object.entries(p.attributes)
      .map(([k, v]) => `${k} ${Array.isArray(v) ? v.join(' ') : v}`)
      .join(' '),
    description: p.description ?? '',
  };
}

/** English words for the Chinese parts of a query, so a Chinese query can match an English catalog. */
export function crossLanguageTerms(query: string): string[] {
  if (!hasHan(query)) return [];
  const found = new Set<string>();
  for (const word of tokenize(query)) for (const en of englishFor(word)) found.add(en);
  for (const word of glossaryWords) if (query.includes(word)) for (const en of englishFor(word)) found.add(en);
  return [...found];
}

/** MiniSearch settings: the same for building, searching and reloading a serialised index. */
const options: Options<IndexedDoc> = {
  fields: ['title', 'brand', 'category', 'tags', 'attributes', 'description'],
  storeFields: [],
  tokenize: (text: string) => tokenize(text),
  processTerm: (term: string) => term,
  searchOptions: {
    boost: { title: 3, brand: 2, category: 2, tags: 2, attributes: 1, description: 1 },
    fuzzy: (term: string) => (term.length > 4 && !hasHan(term) ? 0.2 : false),
    // Prefix matching serves the word being typed: only the query's last word, as in a search box.
    prefix: (term: string, i: number, terms: string[]) => i === terms.length - 1 && term.length > 2 && !hasHan(term),
    combineWith: 'OR',
  },
};

/**
 * Full-text index over a catalog (MiniSearch, BM25 with field boosts), with typo tolerance for
 * longer words, prefix matching of the last word while the shopper types, and Chinese word segmentation.
 */
export class LexicalIndex {
  private readonly index: MiniSearch<IndexedDoc>;

  /**
   * Indexes products, or wraps a prebuilt index: `packed` bytes from `pack()` (loads without a rebuild),
   * or the JSON of `toJSON()` (an index built before the packed format; rebuilds MiniSearch's maps).
   */
  constructor(products: Iterable<Product> | { serialized: string } | { packed: Uint8Array }) {
    if ('packed' in products) this.index = unpackLexical<IndexedDoc>(products.packed, options);
    else if ('serialized' in products) this.index = MiniSearch.loadJSON<IndexedDoc>(products.serialized, options);
    else {
      this.index = new MiniSearch<IndexedDoc>(options);
      this.index.addAll([...products].map(toDoc));
    }
  }

  /** The index as MiniSearch's JSON (the format of version 1 prebuilt indexes). */
  toJSON(): string {
    return JSON.stringify(this.index);
  }

  /** The index packed for a prebuilt index (`lexical.bin`, see packed-lexical.ts). */
  pack(): Uint8Array {
    return packLexical(this.index);
  }

  /**
   * Best matches for already-tokenised query words (OR, BM25 with field boosts). `wideTypos` allows two
   * edits in words of 5+ letters (a swapped pair, "lapotp"): a second try when the first found nothing named.
   */
  searchTerms(terms: string[], limit = 200, wideTypos = false): LexicalHit[] {
    if (!terms.length) return [];
    const fuzzy = wideTypos ? (term: string) => (term.length > 4 && !hasHan(term) ? 0.4 : false) : options.searchOptions!.fuzzy;
    return this.index
      .search(terms.join(' '), { fuzzy })
      .slice(0, limit)
      .map((r) => ({ id: String(r.id), score: r.score, matches: r.match, queryTerms: r.queryTerms }));
  }

  /** Best matches for a raw query, Chinese words also matched through their English glosses. */
  search(query: string, limit = 50): LexicalHit[] {
    return this.searchTerms([...tokenize(query), ...crossLanguageTerms(query).flatMap(tokenize)], limit);
  }
}
