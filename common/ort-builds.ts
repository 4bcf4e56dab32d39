import plainMjs from 'onnxruntime-web/ort-wasm-simd-threaded.mjs?url';
import plainWasm from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import webgpuMjs from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.mjs?url';
import webgpuWasm from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.wasm?url';

/**
 * ONNX Runtime's builds as the widget serves them (absolute URLs, never a CDN), each wasm with its glue
 * script: the plain SIMD build (14 MB) and the asyncify one (27 MB) that WebGPU needs. The worker entry
 * names them, and so does the page (an app bundler that copies the worker rewrites the page's references
 * too); the runtime loads only the build the device needs. Shaped as the protocol's `OrtBuilds`.
 */
export function ortBuilds() {
  const url = (file: string) => new URL(file, import.meta.url).href;
  return { plain: { mjs: url(plainMjs), wasm: url(plainWasm) }, webgpu: { mjs: url(webgpuMjs), wasm: url(webgpuWasm) } };
}
