import { expose } from 'comlink';
import { ortBuilds } from '../common/ort-builds.ts';
import { createEngine } from './engine.ts';
import { serveOrtBuilds } from './runtime/transformers-env.ts';
import { withTokensFirst } from './engine/token-delivery.ts';

// ONNX Runtime's builds, served beside this file, each with its glue script (ONNX Runtime loads it by
// URL with WASM threads on a cross-origin isolated page): the runtime loads the plain one unless a
// session may run on WebGPU, and only when a model loads.
serveOrtBuilds(ortBuilds());
expose(withTokensFirst(createEngine()));

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
