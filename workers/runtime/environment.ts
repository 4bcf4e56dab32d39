/** Where the engine runs: the one probe of its environment. */

/** True in a browser, in the page or a worker (a `document` or a worker scope); false in Node. */
export function inBrowser(): boolean {
  const scope = globalThis as { document?: unknown; WorkerGlobalScope?: unknown };
  return scope.document !== undefined || scope.WorkerGlobalScope !== undefined;
}

/**
 * The device for models loaded outside the runtime's device choice, and transformers.js's when
 * nothing was chosen: ONNX Runtime's WASM in a browser (page or worker), its native binding in Node.
 */
export function defaultDevice(): 'wasm' | 'cpu' {
  return inBrowser() ? 'wasm' : 'cpu';
}
