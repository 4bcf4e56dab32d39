/**
 * The device for models loaded outside the runtime's device choice: ONNX Runtime's WASM in a
 * browser (page or worker), its native binding in Node.
 */
export function defaultDevice(): 'wasm' | 'cpu' {
  const scope = globalThis as { document?: unknown; WorkerGlobalScope?: unknown };
  return scope.document !== undefined || scope.WorkerGlobalScope !== undefined ? 'wasm' : 'cpu';
}
