import { env } from '@huggingface/transformers';
import type { EngineConfig } from '../protocol/models.ts';
import type { VerifiedModelCache } from './verified-cache.ts';
import { createVerifiedFetch, type FetchReport } from './verified-fetch.ts';

/** The platform's own fetch, kept before transformers.js's `env.fetch` is replaced. */
const realFetch: typeof fetch = globalThis.fetch.bind(globalThis);

/** True when the model host is a URL (browser, or an HTTP host in Node), false for a directory. */
export const isUrlHost = (host: string) => /^(https?|blob|file):/.test(host);

/** The model host with exactly one trailing slash. */
export const hostWithSlash = (host: string) => (host.endsWith('/') ? host : `${host}/`);

/** The folder of a model on a URL host (the `{model}/` path template). */
export const modelBaseUrl = (host: string, modelId: string) => new URL(`${modelId}/`, hostWithSlash(host)).href;

/**
 * Points transformers.js at the configured model host and nowhere else, and ONNX Runtime at the
 * wasm the widget serves itself. Called once per configure().
 */
export function configureTransformers(config: EngineConfig): void {
  const host = hostWithSlash(config.modelHost);
  if (isUrlHost(host)) {
    env.allowLocalModels = false;
    env.allowRemoteModels = true;
    env.remoteHost = host;
    env.remotePathTemplate = '{model}/';
  } else {
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    env.localModelPath = host;
  }
  env.useBrowserCache = false;
  env.useWasmCache = false;
  env.useFSCache = false;
  env.useCustomCache = false;
  env.fetch = realFetch;
  const wasm = env.backends.onnx.wasm;
  if (wasm) {
    // Keep an `mjs` path the worker entry set (ONNX Runtime's glue, needed for WASM threads).
    if (config.ortWasmUrl) wasm.wasmPaths = { ...(typeof wasm.wasmPaths === 'object' ? wasm.wasmPaths : {}), wasm: config.ortWasmUrl };
    wasm.numThreads = config.threads ?? 1;
  }
}

/** Sets ONNX Runtime's WASM thread count (takes effect before the first session is created). */
export function setWasmThreads(threads: number): void {
  const wasm = env.backends.onnx.wasm;
  if (wasm) wasm.numThreads = threads;
}

/**
 * Routes every model file transformers.js reads through the verified cache: `env.customCache`
 * answers (hash-checked) from IndexedDB, `env.fetch` downloads only manifest files from the host,
 * verifies them and stores them first. Only for URL hosts; a directory host (Node, CLI) is read
 * from disk as it is (`npx aisle models verify` checks such a folder).
 */
export function installVerifiedLoading(cache: VerifiedModelCache, report: FetchReport = {}, options: { stallMs?: number } = {}): void {
  env.useCustomCache = true;
  env.customCache = cache.transformersCache() as unknown as typeof env.customCache;
  env.fetch = createVerifiedFetch(cache, report, realFetch, options);
}
