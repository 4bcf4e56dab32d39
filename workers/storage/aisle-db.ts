import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { AisleDB } from './storage-types.ts';

export const dbName = 'aisle';
export const dbVersion = 1;

/**
 * Opens (and creates or migrates) the database; `name` lets tests use a fresh one. Async, so that a
 * context that forbids IndexedDB (an opaque origin: `indexedDB.open` throws at once) rejects instead.
 */
export async function openAisleDB(name = dbName): Promise<IDBPDatabase<AisleDB>> {
  return openDB<AisleDB>(name, dbVersion, {
    upgrade(db, oldVersion) {
      switch (oldVersion) {
        case 0: {
          const files = db.createObjectStore('model-files', { keyPath: 'url' });
          files.createIndex('by-model', 'modelId');
          files.createIndex('by-used', 'usedAt');
          db.createObjectStore('embeddings', { keyPath: ['model', 'hash'] });
          const history = db.createObjectStore('history', { keyPath: 'id', autoIncrement: true });
          history.createIndex('by-time', 'at');
          history.createIndex('by-product', 'productId');
          db.createObjectStore('settings');
          db.createObjectStore('translations', { keyPath: ['lang', 'hash'] });
        }
      }
    },
  });
}
