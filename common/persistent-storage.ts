type PersistLike = { persisted?: () => Promise<boolean>; persist?: () => Promise<boolean> };

/**
 * Asks the browser to keep the origin's storage (model files) under storage pressure; resolves
 * whether it is kept. Only pages (not workers) have persist(): in a worker or in Node this resolves
 * whether it is already kept (false when there is no storage at all). Never throws.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    const s = (globalThis.navigator as { storage?: PersistLike } | undefined)?.storage;
    if (await s?.persisted?.()) return true;
    return (await s?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
