import plainMjs from 'onnxruntime-web/ort-wasm-simd-threaded.mjs?url';
import plainWasm from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import plainBytes from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?bytes';
import webgpuMjs from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.mjs?url';
import webgpuWasm from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.wasm?url';
import webgpuBytes from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.wasm?bytes';

/**
 * ONNX Runtime's builds as the widget serves them (absolute URLs, never a CDN), each wasm with its glue
 * script: the plain SIMD build (14 MB) and the asyncify one (27 MB) that WebGPU needs. The worker entry
 * names them, and so does the page (an app bundler that copies the worker rewrites the page's references
 * too); the runtime loads only the build the device needs. Shaped as the protocol's `OrtBuilds`.
 *
 * Each wasm's size comes with it, written by the build from the very file it copies
 * (scripts/vite-file-bytes.ts): the cheapest honest source for the download question and the storage
 * check, which must know the runtime's size before anything is downloaded. A HEAD request would cost a
 * round trip on the shopper's connection, and its Content-Length is the compressed size or absent.
 */
export function ortBuilds() {
  const url = (file: string) => new URL(file, import.meta.url).href;
  return {
    plain: { mjs: url(plainMjs), wasm: url(plainWasm), bytes: plainBytes },
    webgpu: { mjs: url(webgpuMjs), wasm: url(webgpuWasm), bytes: webgpuBytes },
  };
}
