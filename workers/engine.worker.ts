import { expose } from 'comlink';
import plainMjs from 'onnxruntime-web/ort-wasm-simd-threaded.mjs?url';
import plainWasm from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import webgpuWasm from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.wasm?url';
import { createEngine } from './engine.ts';
import { serveOrtBuilds } from './runtime/transformers-env.ts';

// ONNX Runtime's builds, served beside this file: the runtime loads the plain one (14 MB) unless a
// session may run on WebGPU (the asyncify one, 27 MB), and only when a model loads.
const url = (file: string) => new URL(file, import.meta.url).href;
serveOrtBuilds({ plain: { mjs: url(plainMjs), wasm: url(plainWasm) }, webgpu: { wasm: url(webgpuWasm) } });
expose(createEngine());
