import type { IDBPDatabase } from 'idb';
import { openAisleDB } from '../storage/aisle-db.ts';
import type { AisleDB } from '../storage/storage-types.ts';
import type { EmbeddingCache } from './search-types.ts';

/** The `embeddings` store of Aisle's IndexedDB database as an EmbeddingCache. */
export class IndexedDbEmbeddingCache implements EmbeddingCache {
  private constructor(private readonly db: IDBPDatabase<AisleDB>) {}

  /** Opens the cache, or returns undefined where there is no IndexedDB (Node, private modes that refuse it). */
  static async open(name?: string): Promise<IndexedDbEmbeddingCache | undefined> {
    if (typeof indexedDB === 'undefined') return undefined;
    try {
      return new IndexedDbEmbeddingCache(await openAisleDB(name));
    } catch (error) {
      console.warn('aisle: the embedding cache is unavailable:', error);
      return undefined;
    }
  }

  async get(model: string, hashes: string[]): Promise<(Float32Array | undefined)[]> {
    const tx = this.db.transaction('embeddings', 'readonly');
    const found = await Promise.all(hashes.map((hash) => tx.store.get([model, hash])));
    await tx.done;
    return found.map((entry) => (entry ? new Float32Array(entry.vector) : undefined));
  }

  async put(model: string, entries: { hash: string; vector: Float32Array }[]): Promise<void> {
    try {
      const tx = this.db.transaction('embeddings', 'readwrite');
      await Promise.all([...entries.map((e) => tx.store.put({ model, hash: e.hash, vector: e.vector })), tx.done]);
    } catch (error) {
      console.warn('aisle: could not cache product embeddings (storage full?):', error);
    }
  }

  close(): void {
    this.db.close();
  }
}
