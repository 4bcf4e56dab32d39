import { ModelFileError } from './verify-model-file.ts';

/** The id under which ONNX Runtime's wasm is kept in the verified cache and reported in progress. */
export const runtimeFileId = 'onnxruntime-web';

/** The progress task of the runtime download: the widget calls it "AI runtime". */
export const runtimeTask = 'runtime';

const wasmMagic = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

/**
 * Checks ONNX Runtime's wasm before it is stored: a WebAssembly module (magic and version), whole
 * and valid (`WebAssembly.validate`: a cut body or an error page fails). Its name carries a content
 * hash in a built widget, so the URL names the exact build; the manifest has no hash for it.
 */
export function verifyRuntimeWasm(path: string, bytes: Uint8Array, contentType = ''): void {
  if (/\btext\/html\b/i.test(contentType) || wasmMagic.some((b, i) => bytes[i] !== b)) {
    throw new ModelFileError(path, 'error-page', `${path}: not a WebAssembly module (the host sent something else)`);
  }
  if (typeof WebAssembly !== 'undefined' && !WebAssembly.validate(bytes as BufferSource)) {
    throw new ModelFileError(path, 'truncated', `${path}: not a whole, valid WebAssembly module`);
  }
}
