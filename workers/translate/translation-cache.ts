import { openAisleDB } from '../storage/aisle-db.ts';
import type { TranslationCache } from './translate-types.ts';

/** A cache that lives as long as the engine: for Node and for browsers without IndexedDB. */
export function memoryTranslationCache(): TranslationCache {
  const entries = new Map<string, string>();
  return {
    async get(lang, hash) {
      return entries.get(`${lang}\u0000${hash}`);
    },
    async put(lang, hash, text) {
      entries.set(`${lang}\u0000${hash}`, text);
    },
  };
}

/**
 * The `translations` store of Aisle's IndexedDB database: survives reloads, so a review translated
 * once is never translated again. One short transaction per call, never held across inference.
 * Storage errors (quota, private mode) make it a miss, never a failure.
 */
export function indexedDbTranslationCache(dbName?: string): TranslationCache {
  const db = openAisleDB(dbName);
  db.catch(() => undefined); // no IndexedDB here (an opaque origin): every get is a miss
  return {
    async get(lang, hash) {
      try {
        return (await (await db).get('translations', [lang, hash]))?.text;
      } catch {
        return undefined;
      }
    },
    async put(lang, hash, text, model) {
      try {
        await (await db).put('translations', { lang, hash, text, model });
      } catch {
        // A full or blocked store only costs a later re-translation.
      }
    },
  };
}

/** IndexedDB where the platform has it, memory otherwise. */
export function defaultTranslationCache(): TranslationCache {
  return typeof indexedDB === 'undefined' ? memoryTranslationCache() : indexedDbTranslationCache();
}
