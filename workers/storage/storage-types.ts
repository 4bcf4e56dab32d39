/**
 * The types the storage room's modules share with each other and with the room's callers
 * (docs/architecture.md, "Room naming convention"). Types the page also sees live in workers/protocol/.
 */
import type { DBSchema } from 'idb';
import type { RecordBody } from './record-body.ts';

/**
 * Aisle's one IndexedDB database. Each store belongs to one room of the engine; add a store by
 * raising `version` and adding a `case` to `upgrade` (never edit an old case: shoppers' browsers
 * hold databases of every earlier version).
 */
export interface AisleDB extends DBSchema {
  /** Verified model files, by URL. */
  'model-files': {
    key: string;
    /**
     * `verified`: the SHA-256 the bytes had when they were checked, written in the same put as `body`
     * (absent on partial downloads and on records of older versions): a read trusts a record whose
     * mark and length match the manifest without hashing it again. `body`: a Blob (an ArrayBuffer in
     * records of versions before 2026-12-04; record-body.ts reads both).
     */
    value: { url: string; modelId: string; sha256: string; size: number; body: RecordBody; storedAt: number; usedAt: number; verified?: string };
    indexes: { 'by-model': string; 'by-used': number };
  };
  /** Product embeddings, by [model id, product content hash]. */
  embeddings: {
    key: [string, string];
    value: { model: string; hash: string; vector: Float32Array };
  };
  /** The shopper's own history (viewed, added to cart, purchased, searched). */
  history: {
    key: number;
    value: { id?: number; type: string; productId?: string; query?: string; at: number; title?: string };
    indexes: { 'by-time': number; 'by-product': string };
  };
  /** Settings the shopper chose (history on/off, model consent, ...), by name. */
  settings: {
    key: string;
    value: unknown;
  };
  /** Translations, by [target language, text hash]. */
  translations: {
    key: [string, string];
    value: { lang: string; hash: string; text: string; model: string };
  };
}
