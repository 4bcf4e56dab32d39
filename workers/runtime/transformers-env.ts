import type { EngineConfig, OrtBuilds } from '../protocol/models.ts';
import type { VerifiedModelCache } from './verified-cache.ts';
import { transformersCache } from './transformers-cache.ts';
import { createVerifiedFetch } from './verified-fetch.ts';
import type { FetchReport } from './runtime-types.ts';

/** The platform's own fetch, kept before transformers.js's `env.fetch` is replaced. */
const realFetch: typeof fetch = globalThis.fetch.bind(globalThis);

type Transformers = typeof import('@huggingface/transformers');
type Env = Transformers['env'];
let loaded: Transformers | undefined;
let loading: Promise<Transformers> | undefined;
const pending: ((env: Env) => void)[] = [];

/**
 * transformers.js (and ONNX Runtime inside it), imported on first use: the light path never
 * downloads or parses the model runtime (in the browser it is its own chunk). Settings made
 * before it loads (configureTransformers, threads, verified loading) are applied in order when
 * it does. Every room that runs a model gets the library here.
 */
export function transformers(): Promise<Transformers> {
  loading ??= import('@huggingface/transformers').then((module) => {
    loaded = module;
    for (const apply of pending.splice(0)) apply(module.env);
    return module;
  });
  return loading;
}

/** Applies a setting to transformers.js's `env` now when it is loaded, else when it loads. */
function withEnv(apply: (env: Env) => void): void {
  if (loaded) apply(loaded.env);
  else pending.push(apply);
}

let ortBuilds: OrtBuilds | undefined;
/** The wasm of the build chosen last (absolute URL), and whether its bytes were handed to ONNX Runtime. */
let chosenWasm: string | undefined;
let chosenBytes: number | undefined;
let wasmGiven = false;

/** The worker entry says where ONNX Runtime's builds are (absolute URLs); the runtime picks one per device. */
export function serveOrtBuilds(builds: OrtBuilds): void {
  ortBuilds = builds;
}

/**
 * Points ONNX Runtime at the smallest build the devices need: the plain SIMD build (14 MB) when
 * no session will run on WebGPU, else the asyncify build (27 MB) that WebGPU needs. Takes effect
 * when the first session is created.
 */
export function chooseOrtBuild(webgpu: boolean): void {
  const builds = ortBuilds;
  if (!builds || wasmGiven) return; // the bytes handed over fix the build (ONNX Runtime starts once per realm)
  chosenWasm = webgpu ? builds.webgpu.wasm : builds.plain.wasm;
  chosenBytes = webgpu ? builds.webgpu.bytes : builds.plain.bytes;
  withEnv((env) => {
    const wasm = env.backends.onnx.wasm;
    if (wasm) wasm.wasmPaths = webgpu ? { ...(builds.webgpu.mjs ? { mjs: builds.webgpu.mjs } : {}), wasm: builds.webgpu.wasm } : { mjs: builds.plain.mjs, wasm: builds.plain.wasm };
  });
}

/** The chosen build's wasm URL while ONNX Runtime still needs its bytes; undefined once given (or where no build is served: Node). */
export function ortWasmToLoad(): string | undefined {
  return wasmGiven ? undefined : chosenWasm;
}

/** The size of the wasm ortWasmToLoad() names (written by the build), when it is known. */
export function ortWasmBytes(): number | undefined {
  return wasmGiven ? undefined : chosenBytes;
}

/**
 * Hands ONNX Runtime the chosen build's wasm bytes (from the verified cache), so it does not
 * download them itself: its glue script still comes from the build's `.mjs` URL.
 */
export function giveOrtWasm(bytes: Uint8Array): void {
  wasmGiven = true;
  withEnv((env) => {
    const wasm = env.backends.onnx.wasm;
    if (wasm) wasm.wasmBinary = bytes;
  });
}

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
  // The page's own list (an app bundler rewrites the page's references) wins over the worker entry's.
  if (config.ortBuilds) serveOrtBuilds(config.ortBuilds);
  withEnv((env) => applyConfig(env, config));
}

function applyConfig(env: Env, config: EngineConfig): void {
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
    wasm.numThreads = config.threads ?? 1;
  }
  // Until the runtime has probed the device: the build the configured devices need.
  chooseOrtBuild(config.device === 'webgpu' || config.generativeDevice === 'webgpu');
}

/** Sets ONNX Runtime's WASM thread count (takes effect before the first session is created). */
export function setWasmThreads(threads: number): void {
  withEnv((env) => {
    const wasm = env.backends.onnx.wasm;
    if (wasm) wasm.numThreads = threads;
  });
}

/**
 * Routes every model file transformers.js reads through the verified cache: `env.customCache`
 * answers (hash-checked) from IndexedDB, `env.fetch` downloads only manifest files from the host,
 * verifies them and stores them first (returns that fetch: ONNX Runtime's wasm comes through it too). Only for URL hosts; a directory host (Node, CLI) is read
 * from disk as it is (`npx aisle models verify` checks such a folder).
 */
export function installVerifiedLoading(cache: VerifiedModelCache, report: FetchReport = {}, options: { stallMs?: number } = {}): (url: string) => Promise<Response> {
  const verifiedFetch = createVerifiedFetch(cache, report, realFetch, options);
  withEnv((env) => {
    env.useCustomCache = true;
    env.customCache = transformersCache(cache) as unknown as typeof env.customCache;
    env.fetch = verifiedFetch;
  });
  return verifiedFetch;
}
