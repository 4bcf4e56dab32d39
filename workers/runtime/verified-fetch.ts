import { downloadFile } from './model-download.ts';
import type { VerifiedModelCache } from './verified-cache.ts';
import type { AllowedFile, FetchReport } from './runtime-types.ts';

/**
 * The fetch transformers.js uses (`env.fetch`): only files listed in the manifest, only from the
 * model host; answers from the verified cache when it can, otherwise downloads (resuming with
 * HTTP Range), verifies the bytes against the manifest and stores them before transformers.js
 * ever sees them. A wrong, truncated or error-page body is an error, never a model.
 */
export function createVerifiedFetch(
  cache: VerifiedModelCache,
  report: FetchReport = {},
  realFetch: typeof fetch = globalThis.fetch.bind(globalThis),
  options: { stallMs?: number } = {},
) {
  return async (input: string | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    const entry = cache.lookup(url);
    if (!entry) {
      // Not a manifest file (transformers.js probes optional files): answer 404 without a request.
      return new Response('not a file of any model in the manifest', { status: 404, headers: { 'content-type': 'text/plain' } });
    }
    const started = performance.now();
    try {
      // One download per file across tabs and workers of the shop: the others wait for it, then read the cache.
      const locks = (globalThis.navigator as Navigator | undefined)?.locks;
      if (!locks || init?.method === 'HEAD') return await deliver(url, entry, init);
      return await locks.request(`aisle-model-file ${url}`, () => deliver(url, entry, init));
    } finally {
      cache.addFileMs(url, performance.now() - started);
    }
  };

  async function deliver(url: string, entry: AllowedFile, init?: RequestInit): Promise<Response> {
    const held = await cache.read(url);
    if (held) {
      report.onCacheHit?.(entry.modelId, url, held.byteLength);
      return new Response(init?.method === 'HEAD' ? null : (held as BodyInit), { status: 200, headers: { 'content-length': String(held.byteLength) } });
    }
    report.beforeDownload?.(entry.modelId, url);
    const partial = await cache.takePartial(url);
    const download = await downloadFile(url, {
      fetch: realFetch,
      expectedSize: entry.file.size,
      partial,
      onProgress: (loaded, total) => report.onNetworkBytes?.(entry.modelId, url, loaded, total),
      onInterrupted: (bytes) => void cache.savePartial(url, bytes),
      signal: init?.signal ?? undefined,
      stallMs: options.stallMs,
    });
    await cache.store(url, download.bytes, download.contentType);
    return new Response(download.bytes as BodyInit, {
      status: 200,
      headers: { 'content-length': String(download.bytes.byteLength), 'content-type': 'application/octet-stream' },
    });
  }
}
