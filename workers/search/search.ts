import type { Product } from '../protocol/product.ts';
import type { SearchHit, SearchResponse } from '../protocol/search.ts';
import { applyFilters, intentFilters, medianPrice } from './apply-intent.ts';
import type { IntentFilter, CatalogVocabulary, EmbeddingCache, LexicalHit, WhyWording } from './search-types.ts';
import { catalogVocabulary } from './catalog-vocabulary.ts';
import { embedCatalog, type CatalogEmbedOptions } from './embed-catalog.ts';
import { LexicalIndex } from './lexical-index.ts';
import { headStems, hitNamesHead } from './match-strength.ts';
import { intentCoverage, intentWords } from './intent-words.ts';
import { maximalMarginalRelevance } from '../math/maximal-marginal-relevance.ts';
import { dot, jaccard } from '../math/similarity.ts';
import { parseQuery } from './parse-query.ts';
import { productFacets } from './product-facets.ts';
import { BrowseOrder } from './browse-order.ts';
import { reciprocalRankFusion } from './reciprocal-rank-fusion.ts';
import type { SearchIntent } from '../protocol/search.ts';
import type { TextEmbedder } from '../runtime/runtime-types.ts';
import { VectorIndex } from './vector-index.ts';
import { majorityLang } from '../translate/language.ts';
import type { Lang } from '../protocol/language.ts';
import { hasHan } from '../text/tokenize.ts';
import { whyWording } from './why-wording.ts';

function lexicalReasons(hit: LexicalHit | undefined, say: WhyWording): string[] {
  if (!hit) return [];
  const byField = new Map<string, string[]>();
  for (const [term, fields] of Object.entries(hit.matches)) {
    const field = fields[0];
    byField.set(field, [...(byField.get(field) ?? []), term]);
  }
  return [...byField].slice(0, 2).map(([field, terms]) => say.fieldMatches(field, terms.slice(0, 3)));
}

/** Options of one search. */
export interface CatalogSearchOptions {
  limit?: number;
  /** Chip ids the shopper removed: those parts of the parsed intent are not applied. */
  ignore?: string[];
  /**
   * The query translated into the catalog's language (cross-language `translate` mode): its words
   * join the lexical match and it is what the embedding model reads. Filters still come from the query.
   */
  translated?: string;
  /** Language of the "why it matches" lines (the shopper's); the query's by default. */
  lang?: Lang;
}

/** How a model was attached: products embedded now, from the cache, and left without a vector (above the cap). */
export interface AttachStats {
  embedded: number;
  fromCache: number;
  /** Only when some products were left out. */
  skipped?: number;
}

/** Which inferred filter is given up first when nothing matches them all: gender, colour, size, brand, kind. */
function relaxOrder(f: IntentFilter): number {
  if (f.chip.id === 'category:men' || f.chip.id === 'category:women') return 0;
  return ({ color: 1, size: 2, brand: 3, category: 4 } as Record<string, number>)[f.chip.kind] ?? 5;
}

/** How many ranked candidates diversity (MMR) looks at, as a multiple of the page size. */
const diversityPool = 3;
/** A lexical hit this far below the best one is too weak to be sorted by price or rating. */
const sortableScore = 0.35;
/** How many nearest neighbours the vector index contributes to fusion. */
const semanticDepth = 50;
/** A lexical hit scoring below this share of the best one matched only a side word: left out. */
const lexicalFloor = 0.15;
/** An embedding-only hit this far (cosine) below the nearest one is not close in meaning: left out. */
const semanticMargin = 0.1;
/** How many of the best word matches set the closeness an embedding-only result must reach. */
const lexicalAnchors = 5;
/** How many nearest results a search with no close match still shows, under a "no close match" notice. */
const weakLimit = 3;

/**
 * Search over one catalog. The query is first read into an intent (filters, order, the words left
 * to match); the words are matched lexically (BM25) and, once a model is attached, by embedding;
 * the two rankings are fused (RRF), filtered by the intent, sorted if asked, and diversified (MMR).
 */
export class CatalogSearch {
  private readonly products = new Map<string, Product>();
  private readonly lexical: LexicalIndex;
  private readonly vocab: CatalogVocabulary;
  private vectors?: VectorIndex;
  private embedder?: TextEmbedder;
  private titleLanguage?: Lang;
  private readonly browseOrder = new BrowseOrder(this.products);

  constructor(products: Product[], lexical?: LexicalIndex) {
    for (const p of products) this.products.set(p.id, p);
    this.lexical = lexical ?? new LexicalIndex(this.products.values());
    this.vocab = catalogVocabulary(this.products.values());
  }

  get size(): number {
    return this.products.size;
  }

  /** The language of the catalog's titles: a query in the other one is cross-language. */
  get language(): Lang {
    return (this.titleLanguage ??= majorityLang([...this.products.values()].map((p) => p.title)));
  }

  get hasModel(): boolean {
    return this.vectors !== undefined;
  }

  /** Every product, in catalog order. */
  allProducts(): Product[] {
    return [...this.products.values()];
  }

  /** One product by id. */
  product(id: string): Product | undefined {
    return this.products.get(id);
  }

  /** Product embeddings by id once a model is attached (recommendations reuse them). */
  productVectors(): Map<string, Float32Array> | undefined {
    return this.vectors?.vectors();
  }

  /** Product ids in catalog order (the row order of a prebuilt index's vectors). */
  ids(): string[] {
    return [...this.products.keys()];
  }

  /** The lexical index, for serialising a prebuilt index. */
  get lexicalIndex(): LexicalIndex {
    return this.lexical;
  }

  /**
   * Embeds the products with the model (embedCatalog: small batches that let queries go first, each
   * saved to `cache` at once; vectors already there for this model and product text are reused, so
   * a returning shopper embeds nothing), then searches are hybrid. Up to `maxProducts` products get
   * vectors; a cancelled run attaches nothing.
   */
  async attachModel(embedder: TextEmbedder, cache?: EmbeddingCache, options: Omit<CatalogEmbedOptions, 'cache'> = {}): Promise<AttachStats> {
    const { ids, vectors, embedded, fromCache, skipped } = await embedCatalog([...this.products.values()], embedder, { ...options, cache });
    if (!options.cancelled?.()) this.attachVectors(embedder, ids, vectors);
    return skipped ? { embedded, fromCache, skipped } : { embedded, fromCache };
  }

  /** Uses vectors computed elsewhere (a prebuilt index) with the model that embeds queries. */
  attachVectors(embedder: TextEmbedder, ids: string[], vectors: Float32Array[]): void {
    const index = new VectorIndex(vectors[0]?.length ?? 0);
    index.add(ids, vectors);
    this.embedder = embedder;
    this.vectors = index;
  }

  /** Reads the query's intent against this catalog's vocabulary (brands, categories). */
  parse(query: string): SearchIntent {
    return parseQuery(query, this.vocab);
  }

  async search(query: string, options: CatalogSearchOptions | number = {}): Promise<SearchResponse> {
    const { limit = 10, ignore = [], translated, lang } = typeof options === 'number' ? { limit: options } : options;
    const say = whyWording(lang ?? (hasHan(query) ? 'zh' : 'en'));
    const intent = this.parse(query);
    const translation = translated ? this.parse(translated) : undefined;
    const ignored = new Set(ignore);
    intent.chips = intent.chips.filter((c) => !ignored.has(c.id));
    if (!query.trim()) return { query, hits: [], source: 'lexical', intent };

    const terms = translation ? [...new Set([...intent.terms, ...translation.terms])] : intent.terms;
    const head = headStems(translation ? translation.text || translated! : intent.text || query);
    let allLexical = this.lexical.searchTerms(terms);
    // Nothing carries the named word: try again allowing a swapped pair ("lapotp"), kept only if that finds it.
    if (head && !allLexical.some((h) => hitNamesHead(h, head))) {
      const wide = this.lexical.searchTerms(terms, 200, true);
      if (wide.some((h) => hitNamesHead(h, head))) allLexical = wide;
    }
    const bestLexical = allLexical[0]?.score ?? 0;
    const lexicalHits = allLexical.filter((h) => h.score >= lexicalFloor * bestLexical);
    const lexicalById = new Map(lexicalHits.map((h) => [h.id, h]));
    const useModel = !!(this.vectors && this.embedder);
    let semanticIds = new Set<string>();
    let ranked = lexicalHits.map((h) => h.id);
    let queryVector: Float32Array | undefined;
    if (useModel) {
      [queryVector] = await this.embedder!.embed([translation ? translation.text || translated! : intent.text || query]);
      const nearest = this.vectors!.search(queryVector, semanticDepth);
      // A result only the embedding finds must be about as close as the nearest and, when words
      // matched, at least as close as the closest of the best word matches. When the model does not
      // see those matches as close at all (none within the margin of its nearest), it disagrees with
      // the words, and the words, which the products really carry, decide: "gift for a runner" keeps
      // its running gear and gets no motorcycle that merely sits near the query.
      const nearestScore = nearest[0]?.score ?? 0;
      // (Products above the on-device cap have no vector: their words still count, their vector cannot.)
      const anchorVectors = lexicalHits.slice(0, lexicalAnchors).flatMap((h) => this.vectors!.vector(h.id) ?? []);
      const closestMatch = Math.max(-Infinity, ...anchorVectors.map((v) => dot(queryVector!, v)));
      const disagrees = lexicalHits.length > 0 && closestMatch < nearestScore - semanticMargin;
      const floor = Math.max(nearestScore - semanticMargin, closestMatch);
      const semantic = nearest.filter((s) => lexicalById.has(s.id) || (!disagrees && s.score >= floor));
      semanticIds = new Set(semantic.slice(0, 10).map((s) => s.id));
      ranked = reciprocalRankFusion([ranked, semantic.map((s) => s.id)]).map((r) => r.id);
    }

    let filters = intentFilters(intent, ignored);
    let kept = this.passing(ranked, intent, filters);
    // Nothing passes: drop the filters read from words, least telling first, until something does.
    while (!kept.length && filters.some((f) => f.inferred)) {
      const drop = filters.filter((f) => f.inferred).sort((a, b) => relaxOrder(a) - relaxOrder(b))[0];
      drop.chip.relaxed = true;
      filters = filters.filter((f) => f !== drop);
      kept = this.passing(ranked, intent, filters);
    }
    const budget = intent.chips.find((c) => c.id === 'budget');
    if (intent.budget && budget) {
      const cap = medianPrice(kept);
      if (cap !== undefined) {
        kept = kept.filter((p) => p.price !== undefined && p.price <= cap);
        budget.label = `≤ ${cap}`;
      }
    }

    // The word that names what the shopper wants weighs most: results carrying it in their name,
    // kind, tags or specs come first; when none does (and no kind or brand filter matched), the
    // search found no close match and shows only the few nearest under a notice.
    // A kind or brand filter names what is wanted; "for men" / "女款" does not.
    const named = filters.some((f) => (f.chip.kind === 'category' && relaxOrder(f) > 0) || f.chip.kind === 'brand');
    const naming = new Set(head && !named ? kept.filter((p) => hitNamesHead(lexicalById.get(p.id), head)).map((p) => p.id) : []);
    const noCloseMatch = !!head && !named && kept.length > 0 && !naming.size;
    // Then the other words that carry the intent ("waterproof" backpack): results carrying more of
    // them come first, and those missing one are left out when some result carries them all.
    const words = translation ? [] : intentWords(intent);
    const coverage = intentCoverage(kept.map((p) => p.id), words, lexicalById, { filterCount: filters.filter((f) => f.inferred).length, namesKind: head !== undefined });
    if (coverage.complete) kept = kept.filter((p) => coverage.count.get(p.id) === coverage.wanted);
    const tier = (p: Product) => (naming.has(p.id) ? 1000 : 0) + (coverage.count.get(p.id) ?? 0);
    const tiers = [...new Set(kept.map(tier))].sort((a, b) => b - a).map((t) => kept.filter((p) => tier(p) === t));
    // A kind filter holds and an intent word is carried by none of its results ("running" shoes in a
    // shop that says "trainers"): word scores then only rank the kind word, so meaning orders each tier.
    if (queryVector && named && coverage.unmatched > 0) {
      const closeness = (p: Product) => { const v = this.vectors!.vector(p.id); return v ? dot(queryVector!, v) : -Infinity; };
      for (const t of tiers) t.sort((a, b) => closeness(b) - closeness(a));
    }

    const sort = intent.chips.some((c) => c.id === 'sort') ? intent.sort : undefined;
    const ordered = sort
      ? this.sorted(kept, sort, lexicalById, semanticIds, intent)
      : tiers.flatMap((t) => this.diversified(t, limit, queryVector !== undefined));
    const hits = ordered.slice(0, noCloseMatch ? Math.min(limit, weakLimit) : limit).map((p, rank) => {
      const why = lexicalReasons(lexicalById.get(p.id), say);
      if (semanticIds.has(p.id)) why.push(say.closeInMeaning);
      for (const f of filters) why.push(f.reason(p, say));
      if (sort) why.push(say.sorted(sort));
      return this.hit(p.id, ordered.length - rank, why);
    });
    return { query, hits, source: useModel ? 'model' : 'lexical', intent, ...(noCloseMatch ? { noCloseMatch } : {}), ...(translated ? { translated } : {}) };
  }

  /**
   * The ranked products that pass the filters. When the query names a kind or brand (or has no
   * free words left), every other product passing them follows, best rated first: "laptops under
   * 1500" lists all. Each product is tested once.
   */
  private passing(ranked: string[], intent: SearchIntent, filters: IntentFilter[]): Product[] {
    const list = applyFilters(ranked.map((id) => this.products.get(id)!).filter(Boolean), filters);
    const browse = filters.some((f) => f.chip.kind === 'category' || f.chip.kind === 'brand') || (!intent.terms.length && filters.length > 0);
    if (!browse) return list;
    const seen = new Set(ranked);
    const kinds = filters.find((f) => f.kinds)?.kinds;
    const pool = kinds ? this.browseOrder.ofKinds(kinds) : this.browseOrder.everything();
    return [...list, ...pool.filter((p) => !seen.has(p.id) && filters.every((f) => f.test(p)))];
  }

  /** Sorted by price or rating, among the candidates relevant enough to be compared. */
  private sorted(kept: Product[], sort: NonNullable<SearchIntent['sort']>, lexical: Map<string, LexicalHit>, semantic: Set<string>, intent: SearchIntent): Product[] {
    const top = Math.max(0, ...[...lexical.values()].map((h) => h.score));
    const narrowed = intent.categories.length || intent.brands.length || !intent.terms.length;
    const relevant = narrowed ? kept : kept.filter((p) => semantic.has(p.id) || (lexical.get(p.id)?.score ?? 0) >= sortableScore * top);
    const key = (p: Product) => (sort === 'rating-desc' ? -(p.rating ?? 0) : sort === 'price-asc' ? (p.price ?? Infinity) : -(p.price ?? -Infinity));
    return [...relevant].sort((a, b) => key(a) - key(b));
  }

  /** MMR over the top of the ranking: embeddings when a model is attached, word overlap otherwise. */
  private diversified(kept: Product[], limit: number, byVector: boolean): Product[] {
    const pool = kept.slice(0, limit * diversityPool);
    const similarity = byVector
      ? (a: Product, b: Product) => {
          const [va, vb] = [this.vectors!.vector(a.id), this.vectors!.vector(b.id)];
          // Above maxEmbedProducts some products have no vector: compare those by words.
          return va && vb ? dot(va, vb) : jaccard(productFacets(a).words, productFacets(b).words);
        }
      : (a: Product, b: Product) => jaccard(productFacets(a).words, productFacets(b).words);
    return [...maximalMarginalRelevance(pool, similarity, { limit }), ...kept.slice(pool.length)];
  }

  private hit(id: string, score: number, why: string[]): SearchHit {
    return { product: this.products.get(id)!, score, why };
  }
}
