import { env } from '@huggingface/transformers';
import type { EngineConfig } from '../engine-api.ts';

const isUrl = (host: string) => /^(https?|blob|file):/.test(host);

/**
 * Points transformers.js at the configured model host and nowhere else, and ONNX Runtime at the
 * wasm the widget serves itself. Called once per configure().
 */
export function configureTransformers(config: EngineConfig): void {
  const host = config.modelHost.endsWith('/') ? config.modelHost : `${config.modelHost}/`;
  if (isUrl(host)) {
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
  const wasm = env.backends.onnx.wasm;
  if (wasm) {
    if (config.ortWasmUrl) wasm.wasmPaths = { wasm: config.ortWasmUrl };
    wasm.numThreads = config.threads ?? 1;
  }
}
