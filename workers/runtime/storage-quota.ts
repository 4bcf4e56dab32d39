import type { StorageEstimateInfo } from './runtime-types.ts';

type StorageLike = {
  estimate?: () => Promise<{ quota?: number; usage?: number }>;
  persisted?: () => Promise<boolean>;
};

const storage = (): StorageLike | undefined => (globalThis.navigator as { storage?: StorageLike } | undefined)?.storage;

/** Reads navigator.storage.estimate() and persisted(); never throws. */
export async function estimateStorage(): Promise<StorageEstimateInfo> {
  const s = storage();
  try {
    const estimate = (await s?.estimate?.()) ?? {};
    const persisted = (await s?.persisted?.()) ?? false;
    return { quota: estimate.quota ?? null, usage: estimate.usage ?? null, persisted };
  } catch {
    return { quota: null, usage: null, persisted: false };
  }
}

export { requestPersistentStorage } from '../../common/persistent-storage.ts';

/** Free bytes under the quota, or Infinity when the browser does not say. */
export function freeBytes(info: StorageEstimateInfo): number {
  return info.quota === null || info.usage === null ? Number.POSITIVE_INFINITY : Math.max(0, info.quota - info.usage);
}

/** True for the errors browsers throw when a write would pass the quota. */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = String((error as { message?: string } | null)?.message ?? error);
  return name === 'QuotaExceededError' || /quota/i.test(message);
}
