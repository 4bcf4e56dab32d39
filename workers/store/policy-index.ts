import MiniSearch from 'minisearch';
import type { Embedder } from '../runtime/embedder.ts';
import { hasHan, tokenize } from '../text/tokenize.ts';
import { isContentTerm, policyQueryTerms } from './policy-query-terms.ts';
import type { PolicyEntry } from '../protocol/store.ts';
import { dot } from '../math/similarity.ts';
import type { PolicyMatch } from './store-types.ts';

/** The text an entry is embedded as: its question, then its answer. */
const entryText = (e: PolicyEntry) => [e.question, e.text].filter(Boolean).join(' ');

/**
 * Search over policy entries: lexical (MiniSearch BM25 with prefix and typo tolerance, Chinese words
 * mapped to English policy words) always, and embedding similarity once a model is attached.
 */
export class PolicyIndex {
  private readonly byId = new Map<string, PolicyEntry>();
  private readonly lexicalIndex = new MiniSearch<{ id: string; question: string; text: string }>({
    fields: ['question', 'text'],
    tokenize: (text) => tokenize(text).filter(isContentTerm),
    processTerm: (term) => term,
    searchOptions: {
      boost: { question: 2, text: 1 },
      fuzzy: (term) => (term.length > 4 && !hasHan(term) ? 0.2 : false),
      prefix: (term) => term.length > 3 && !hasHan(term),
      combineWith: 'OR',
    },
  });
  private embedder?: Embedder;
  private vectors?: Promise<Map<string, Float32Array>>;

  constructor(entries: PolicyEntry[]) {
    for (const e of entries) this.byId.set(e.id, e);
    this.lexicalIndex.addAll(entries.map((e) => ({ id: e.id, question: e.question ?? '', text: e.text })));
  }

  get entries(): PolicyEntry[] {
    return [...this.byId.values()];
  }

  get hasModel(): boolean {
    return this.embedder !== undefined;
  }

  /** From now on matches also carry embedding similarity; entries are embedded on first use. */
  attachModel(embedder: Embedder): void {
    this.embedder = embedder;
    this.vectors = undefined;
  }

  private entryVectors(embedder: Embedder): Promise<Map<string, Float32Array>> {
    this.vectors ??= embedder.embed(this.entries.map(entryText)).then((vs) => new Map(this.entries.map((e, i) => [e.id, vs[i]])));
    return this.vectors;
  }

  /** Every entry with its match to the question (extra entries, such as a product's own, are scored too). */
  async match(question: string, extra: PolicyEntry[] = [], useModel = true): Promise<PolicyMatch[]> {
    const terms = policyQueryTerms(question);
    const hits = new Map<string, { score: number; terms: Set<string>; inQuestion?: Set<string> }>();
    if (terms.length) {
      for (const r of this.lexicalIndex.search(terms.join(' '))) {
        const inQuestion = new Set(Object.entries(r.match).filter(([, fields]) => fields.includes('question')).map(([term]) => term));
        hits.set(String(r.id), { score: r.score, terms: new Set(r.queryTerms), inQuestion });
      }
    }
    const all = [...this.entries, ...extra.filter((e) => !this.byId.has(e.id))];
    const matches: PolicyMatch[] = all.map((entry) => {
      const hit: { score: number; terms: Set<string>; inQuestion?: Set<string> } | undefined = hits.get(entry.id) ?? extraHit(entry, terms);
      const found = hit?.terms ?? new Set<string>();
      const questionTerms = hit?.inQuestion ?? new Set<string>();
      return { entry, lexical: hit?.score ?? 0, coverage: terms.length ? found.size / terms.length : 0, terms: found, questionTerms };
    });
    if (useModel && this.embedder && question.trim()) {
      const [q] = await this.embedder.embed([question]);
      const vectors = await this.entryVectors(this.embedder);
      const missing = extra.filter((e) => !vectors.has(e.id));
      const extraVectors = missing.length ? await this.embedder.embed(missing.map(entryText)) : [];
      const extraById = new Map(missing.map((e, i) => [e.id, extraVectors[i]]));
      for (const m of matches) {
        const v = vectors.get(m.entry.id) ?? extraById.get(m.entry.id);
        if (v) m.semantic = dot(q, v);
      }
    }
    return matches;
  }
}

/** A plain word-overlap score for an entry outside the index (a product's own policy row). */
function extraHit(entry: PolicyEntry, terms: string[]): { score: number; terms: Set<string> } | undefined {
  const words = new Set(tokenize(entryText(entry)));
  const found = new Set(terms.filter((t) => words.has(t) || [...words].some((w) => w.length > 3 && t.length > 3 && (w.startsWith(t) || t.startsWith(w)))));
  return found.size ? { score: found.size, terms: found } : undefined;
}
