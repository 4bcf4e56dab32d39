import { expose } from 'comlink';
import ortWasm from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.wasm?url';
import { createEngine } from './engine.ts';

expose(createEngine({ ortWasmUrl: new URL(ortWasm, import.meta.url).href }));
