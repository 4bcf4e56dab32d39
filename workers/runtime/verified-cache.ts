// Over 300 lines on purpose: one class owns the `model-files` store (reading by the verified mark,
// verifying and storing, partial downloads, eviction and room planning share its record rules).
import type { IDBPDatabase } from 'idb';
import { openAisleDB } from '../storage/aisle-db.ts';
import type { AisleDB } from '../storage/storage-types.ts';
import { recordBodyBytes, recordBodySize, toRecordBody } from '../storage/record-body.ts';
import type { ManifestModel } from '../protocol/models.ts';
import { estimateStorage, freeBytes, isQuotaError } from './storage-quota.ts';
import type { StorageEstimateInfo, AllowedFile } from './runtime-types.ts';
import { ModelFileError, verifyModelFile } from './verify-model-file.ts';
import { sha256Hex } from '../math/sha256.ts';
import { runtimeFileId, verifyRuntimeWasm } from './runtime-wasm.ts';

/** How the cache is doing: 'ok', 'memory' (storage full or unavailable: files kept for this visit only). */
export interface CacheHealth {
  state: 'ok' | 'memory';
  message?: string;
  /** Cache entries found corrupt (hash mismatch) and dropped since the engine started. */
  corruptDropped: number;
}

/** Outcome of planning room for a model before its download. */
export type RoomPlan =
  | { fits: true; evicted: string[]; neededBytes: number }
  | { fits: false; neededBytes: number; freeBytes: number };

const partialKey = (url: string) => `${url}#partial`;

/** Options for VerifiedModelCache.open. */
export interface VerifiedCacheOptions {
  /** SHA-256 as hex; default Web Crypto's (tests count the calls). */
  hash?: (bytes: Uint8Array) => Promise<string>;
}

/** Settings key of the time a model was last used (kept apart from its files: touching a file record rewrites its body). */
const usedKey = (modelId: string) => `model-used:${modelId}`;

/** Settings key of the files a model read when it last loaded (a complete copy). */
const completeKey = (modelId: string) => `model-complete:${modelId}`;

/**
 * Model files in IndexedDB ("model-files" store), verified against the manifest's SHA-256 once,
 * when stored: the record carries a mark (the hash the bytes had when checked, in the same put as
 * the bytes), so a later visit reads them without hashing 100+ MB again. A record without the mark
 * (an older version's, or written by anything but `store`) is hashed once and marked; one whose
 * length, mark or manifest hash does not match is dropped (and so downloaded again). A wrong file
 * is never stored. Least-recently-used models are evicted to make room; when the quota still says
 * no, files are kept in memory for this visit and the health says so.
 */
export class VerifiedModelCache {
  private readonly allowed = new Map<string, AllowedFile>();
  /** Verified bytes held in memory: files that could not be stored, and files just verified. */
  private readonly memory = new Map<string, Uint8Array>();
  /** Reads under way (a prefetch and transformers.js's own match of the same file share one). */
  private readonly reading = new Map<string, Promise<Uint8Array | undefined>>();
  private health: CacheHealth = { state: 'ok', corruptDropped: 0 };
  /** Milliseconds spent delivering each model's files (reads, downloads, verification), for status. */
  readonly fileMs = new Map<string, number>();
  /** Files each model actually read during this visit (transformers.js skips some listed files). */
  private readonly used = new Map<string, Set<string>>();

  /** Models whose last-use time was written during this visit. */
  private readonly touched = new Set<string>();

  private constructor(
    private readonly db: IDBPDatabase<AisleDB> | undefined,
    private readonly hash: (bytes: Uint8Array) => Promise<string> = sha256Hex,
  ) {}

  /** Opens the cache on Aisle's database; with no IndexedDB it works from memory only. */
  static async open(dbName?: string, options: VerifiedCacheOptions = {}): Promise<VerifiedModelCache> {
    if (typeof indexedDB === 'undefined') {
      const cache = new VerifiedModelCache(undefined, options.hash);
      cache.health = { state: 'memory', message: 'this browser has no IndexedDB: models are kept for this visit only', corruptDropped: 0 };
      return cache;
    }
    try {
      return new VerifiedModelCache(await openAisleDB(dbName), options.hash);
    } catch (error) {
      const cache = new VerifiedModelCache(undefined, options.hash);
      cache.health = { state: 'memory', message: `model storage is unavailable (${String(error)}): models are kept for this visit only`, corruptDropped: 0 };
      return cache;
    }
  }

  /** Allows the files of a model at `baseUrl` (the model's folder on the host, ending in '/'). */
  allowModel(model: ManifestModel, baseUrl: string): AllowedFile[] {
    return model.files.map((file) => {
      const entry = { url: new URL(file.path, baseUrl).href, modelId: model.id, file };
      this.allowed.set(entry.url, entry);
      return entry;
    });
  }

  /** Allows ONNX Runtime's wasm at `url` (served with the widget), kept like a model file. */
  allowRuntime(url: string): AllowedFile {
    const entry = { url, modelId: runtimeFileId, file: { path: new URL(url).pathname.split('/').pop() ?? url, size: null, sha256: null }, runtime: true };
    this.allowed.set(url, entry);
    return entry;
  }

  /** The manifest entry for a URL, when the widget may load it. */
  lookup(url: string): AllowedFile | undefined {
    return this.allowed.get(url);
  }

  get status(): CacheHealth {
    return { ...this.health };
  }

  /**
   * Verified bytes of an allowed file, from memory or IndexedDB. A stored record is trusted by its
   * mark (hashed at store time) when the mark, its length and the manifest agree; an unmarked one is
   * hashed once and marked; anything else is deleted.
   */
  async read(url: string): Promise<Uint8Array | undefined> {
    const entry = this.allowed.get(url);
    if (!entry) return undefined;
    const held = this.memory.get(url);
    if (held) return held;
    let reading = this.reading.get(url);
    if (!reading) {
      reading = this.readStored(url, entry).finally(() => this.reading.delete(url));
      this.reading.set(url, reading);
    }
    return reading;
  }

  /**
   * Starts reading the files a stored model read when it last loaded, so that the reads overlap
   * other work (the runtime's wasm compiling); the loader's own reads then share them. Never throws.
   */
  async prefetch(modelId: string): Promise<void> {
    const urls = (await this.db?.get('settings', completeKey(modelId)).catch(() => undefined)) as string[] | undefined;
    for (const url of urls ?? []) if (this.allowed.has(url)) void this.read(url).catch(() => undefined);
  }

  private async readStored(url: string, entry: AllowedFile): Promise<Uint8Array | undefined> {
    const record = await this.db?.get('model-files', url);
    if (!record) return undefined;
    const size = recordBodySize(record.body);
    const wrongSize = (entry.file.size ?? size) !== size || record.size !== size;
    const bytes = wrongSize ? new Uint8Array(0) : await recordBodyBytes(record.body);
    const expected = entry.runtime ? record.verified : entry.file.sha256;
    const shaped = !!expected && record.sha256 === expected && !wrongSize;
    const marked = shaped && record.verified === expected;
    const fresh = marked || (!entry.runtime && shaped && record.verified === undefined && (await this.hash(bytes)) === expected);
    if (!fresh) {
      await this.db?.delete('model-files', url);
      this.health.corruptDropped++;
      return undefined;
    }
    if (!marked) await this.db?.put('model-files', { ...record, verified: expected! }).catch(() => undefined);
    await this.touch(entry.modelId);
    this.noteUse(entry, url);
    this.memory.set(url, bytes); // transformers.js matches a file twice per load: verify it once
    return bytes;
  }

  private noteUse(entry: AllowedFile, url: string): void {
    const urls = this.used.get(entry.modelId) ?? new Set<string>();
    urls.add(url);
    this.used.set(entry.modelId, urls);
  }

  /** Adds time spent delivering an allowed file to its model's total. */
  addFileMs(url: string, ms: number): void {
    const entry = this.allowed.get(url);
    if (entry) this.fileMs.set(entry.modelId, (this.fileMs.get(entry.modelId) ?? 0) + ms);
  }

  /** Records which files a model read, once it loaded, so hasModel knows a complete copy. */
  async markComplete(modelId: string): Promise<void> {
    const urls = this.used.get(modelId);
    if (!this.db || !urls?.size) return;
    await this.db.put('settings', [...urls].sort(), completeKey(modelId)).catch(() => undefined);
  }

  /** Notes that a model is used now (once per visit), for least-recently-used eviction. */
  private async touch(modelId: string): Promise<void> {
    if (!this.db || this.touched.has(modelId)) return;
    this.touched.add(modelId);
    await this.db.put('settings', Date.now(), usedKey(modelId)).catch(() => undefined);
  }

  /** When a model was last used: its last read (settings) or its newest stored file. */
  private async lastUsed(modelId: string, storedUse: number): Promise<number> {
    const read = (await this.db?.get('settings', usedKey(modelId)).catch(() => undefined)) as number | undefined;
    return Math.max(storedUse, typeof read === 'number' ? read : 0);
  }

  /**
   * Verifies and stores a downloaded file. Throws ModelFileError when the bytes are wrong (nothing
   * is stored). When storage refuses even after evicting other models, keeps the bytes in memory
   * for this visit and reports it in `status`.
   */
  async store(url: string, bytes: Uint8Array, contentType?: string): Promise<'stored' | 'memory'> {
    const entry = this.allowed.get(url);
    if (!entry) throw new ModelFileError(url, 'unpinned', `${url} is not a file of any model in the manifest`);
    let verified: string;
    if (entry.runtime) {
      verifyRuntimeWasm(entry.file.path, bytes, contentType);
      verified = await this.hash(bytes);
    } else {
      verified = await verifyModelFile(entry.file, bytes, { contentType, hash: this.hash });
    }
    this.memory.set(url, bytes);
    this.noteUse(entry, url);
    if (!this.db) return 'memory';
    const now = Date.now();
    const body = toRecordBody(bytes);
    // The mark goes in the same put as the bytes: a record is either whole and marked or absent.
    const record = { url, modelId: entry.modelId, sha256: verified, size: bytes.byteLength, body, storedAt: now, usedAt: now, verified };
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await this.db.put('model-files', record);
        return 'stored';
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        if (attempt === 0 && (await this.evictLeastRecentlyUsed(bytes.byteLength, entry.modelId)).length > 0) continue;
        this.health.state = 'memory';
        this.health.message = `storage is full: ${entry.modelId} is kept for this visit only and will download again next time`;
      }
    }
    return 'memory';
  }

  /** Drops the in-memory copies of verified files (after a model's session is created). */
  forgetStored(): void {
    if (this.health.state === 'ok') this.memory.clear();
  }

  /** Keeps the start of an interrupted download so a later visit asks only for the rest. */
  async savePartial(url: string, bytes: Uint8Array): Promise<void> {
    const entry = this.allowed.get(url);
    if (!this.db || !entry) return;
    const body = toRecordBody(bytes);
    const now = Date.now();
    try {
      await this.db.put('model-files', { url: partialKey(url), modelId: entry.modelId, sha256: '', size: bytes.byteLength, body, storedAt: now, usedAt: now });
    } catch {
      // a partial that cannot be kept is simply downloaded again
    }
  }

  /** Takes (and removes) the kept start of an interrupted download. */
  async takePartial(url: string): Promise<Uint8Array | undefined> {
    if (!this.db) return undefined;
    const record = await this.db.get('model-files', partialKey(url));
    if (!record) return undefined;
    await this.db.delete('model-files', partialKey(url));
    return recordBodyBytes(record.body);
  }

  /** Bytes of a model's files already stored (unverified sizes: for planning only). */
  async storedBytes(model: ManifestModel): Promise<number> {
    if (!this.db) return 0;
    const records = await this.db.getAllFromIndex('model-files', 'by-model', model.id);
    const paths = new Set(records.filter((r) => !r.url.endsWith('#partial')).map((r) => r.url));
    return model.files.filter((f) => [...paths].some((u) => u.endsWith(`/${f.path}`))).reduce((s, f) => s + (f.size ?? 0), 0);
  }

  /** True when an allowed or not yet allowed file (ONNX Runtime's wasm) is stored whole or held for this visit. */
  async hasFile(url: string): Promise<boolean> {
    if (this.memory.has(url)) return true;
    return (await this.db?.getKey('model-files', url).catch(() => undefined)) !== undefined;
  }

  /**
   * True when the model (at `baseUrl`) is stored completely, so loading it needs no network: the
   * files it read when it last loaded, or else every file the manifest lists.
   */
  async hasModel(model: ManifestModel, baseUrl: string): Promise<boolean> {
    const listed = model.files.map((f) => new URL(f.path, baseUrl).href);
    if (!this.db) return listed.every((url) => this.memory.has(url));
    const read = (await this.db.get('settings', completeKey(model.id))) as string[] | undefined;
    const needed = read?.every((url) => listed.includes(url)) ? read : listed;
    const keys = new Set(await this.db.getAllKeysFromIndex('model-files', 'by-model', model.id));
    return needed.every((url) => keys.has(url));
  }

  /**
   * Evicts whole models, least recently used first (at least one), until `bytes` more fit by the
   * estimate or nothing but `keepModelId` is left. Returns the evicted model ids.
   */
  async evictLeastRecentlyUsed(bytes: number, keepModelId: string, estimate?: StorageEstimateInfo): Promise<string[]> {
    if (!this.db) return [];
    let free = freeBytes(estimate ?? (await estimateStorage()));
    const records = await this.db.getAllFromIndex('model-files', 'by-used');
    const lastUse = new Map<string, number>();
    const size = new Map<string, number>();
    for (const r of records) {
      // The runtime stays: every model needs it, and the download question counted it as stored.
      if (r.modelId === keepModelId || r.modelId === runtimeFileId) continue;
      lastUse.set(r.modelId, Math.max(lastUse.get(r.modelId) ?? 0, r.usedAt));
      size.set(r.modelId, (size.get(r.modelId) ?? 0) + r.size);
    }
    const evicted: string[] = [];
    for (const [modelId, stored] of lastUse) lastUse.set(modelId, await this.lastUsed(modelId, stored));
    for (const [modelId] of [...lastUse].sort((a, b) => a[1] - b[1])) {
      await this.deleteModel(modelId);
      evicted.push(modelId);
      free += size.get(modelId) ?? 0;
      if (free >= bytes) break;
    }
    return evicted;
  }

  /** Deletes every stored file of a model. */
  async deleteModel(modelId: string): Promise<void> {
    if (!this.db) return;
    await this.db.delete('settings', completeKey(modelId));
    await this.db.delete('settings', usedKey(modelId));
    const tx = this.db.transaction('model-files', 'readwrite');
    const keys = await tx.store.index('by-model').getAllKeys(modelId);
    await Promise.all(keys.map((k) => tx.store.delete(k)));
    await tx.done;
  }

  /**
   * Makes room for a model before its download: counts what is already stored, compares with the
   * free quota, evicts least-recently-used models when that is enough. `fits: false` when even
   * eviction cannot make room (the caller picks a smaller model or the light path).
   */
  async planRoom(model: ManifestModel, totalBytes: number, estimate?: StorageEstimateInfo): Promise<RoomPlan> {
    const info = estimate ?? (await estimateStorage());
    const neededBytes = Math.max(0, totalBytes - (await this.storedBytes(model)));
    const free = freeBytes(info);
    if (neededBytes <= free) return { fits: true, evicted: [], neededBytes };
    const evictable = await this.bytesOfOtherModels(model.id);
    if (neededBytes > free + evictable) return { fits: false, neededBytes, freeBytes: free };
    const evicted = await this.evictLeastRecentlyUsed(neededBytes, model.id, info);
    return { fits: true, evicted, neededBytes };
  }

  private async bytesOfOtherModels(modelId: string): Promise<number> {
    if (!this.db) return 0;
    const records = await this.db.getAll('model-files');
    return records.filter((r) => r.modelId !== modelId && r.modelId !== runtimeFileId).reduce((s, r) => s + r.size, 0);
  }

  /** Forgets a file (memory and IndexedDB): transformers.js's cache `delete`. */
  async drop(url: string): Promise<void> {
    this.memory.delete(url);
    await this.db?.delete('model-files', url);
  }
}
