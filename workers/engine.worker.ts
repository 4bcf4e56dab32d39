import { expose } from 'comlink';
import { env } from '@huggingface/transformers';
import ortWasm from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.wasm?url';
import ortGlue from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.mjs?url';
import { createEngine } from './engine.ts';

// ONNX Runtime's glue script ships with the widget too: with WASM threads (a cross-origin isolated
// page) ONNX Runtime loads it by URL, and without it here it would ask for a file the build lacks.
if (env.backends.onnx.wasm) env.backends.onnx.wasm.wasmPaths = { mjs: new URL(ortGlue, import.meta.url).href };

expose(createEngine({ ortWasmUrl: new URL(ortWasm, import.meta.url).href }));

/*
 * The worker's half of the page's watch (src/engine/worker-watch.ts; message names kept in step with
 * its `lifeMessages`): say "ready" once the engine is exposed, answer pings, and hold a Web Lock named
 * after this worker for its whole life, so the page learns of its death (terminate, close(), out of
 * memory: no error event for those) when the browser releases the lock.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.addEventListener('message', (event: MessageEvent) => {
  const ping = (event.data as Record<string, unknown> | undefined)?.['aisle-worker-ping'];
  if (ping !== undefined) scope.postMessage({ 'aisle-worker-pong': ping });
});
const ready = (how: 'locked' | 'unlocked') => scope.postMessage({ 'aisle-worker-ready': how });
if (scope.name && typeof navigator !== 'undefined' && navigator.locks) {
  navigator.locks
    .request(scope.name, () => {
      ready('locked');
      return new Promise<never>(() => undefined);
    })
    .catch(() => ready('unlocked')); // Web Locks refused (an opaque origin): the page's pings alone watch
} else ready('unlocked');
