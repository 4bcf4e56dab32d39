import type { VerifiedModelCache } from './verified-cache.ts';

/** The part of transformers.js's cache interface Aisle implements (Web Cache API shape). */
export interface TransformersCache {
  match(key: string): Promise<Response | undefined>;
  put(key: string, response: Response): Promise<void>;
  delete(key: string): Promise<boolean>;
}

/** The verified cache as transformers.js's `env.customCache`: match verifies, put verifies then stores. */
export function transformersCache(cache: VerifiedModelCache): TransformersCache {
  return {
    match: async (key) => {
      const started = performance.now();
      const bytes = await cache.read(key);
      cache.addFileMs(key, performance.now() - started);
      if (!bytes) return undefined;
      // A body streamed from the bytes in hand: a Response made from a buffer copies it first (in
      // Chromium into a blob, about 1 s for a 118 MB model), and transformers.js reads it once.
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes);
          controller.close();
        },
      });
      return new Response(body, { headers: { 'content-length': String(bytes.byteLength) } });
    },
    put: async (key, response) => {
      if (!cache.lookup(key)) return;
      await cache.store(key, new Uint8Array(await response.arrayBuffer()), response.headers.get('content-type') ?? undefined);
    },
    delete: async (key) => {
      await cache.drop(key);
      return true;
    },
  };
}
