import type { Capabilities } from '../protocol/models.ts';
import { dtypeFor } from './manifest.ts';
import type { ManifestModel } from '../protocol/models.ts';
import type { Workload, DeviceChoice } from './runtime-types.ts';

/** A device the merchant (or a test) forces; 'auto' lets the engine choose. */
export type DevicePreference = 'auto' | 'wasm' | 'webgpu';

const wantsF16 = (dtype: string) => /f16/.test(dtype);

/**
 * Chooses the device for a model and workload. WASM answers short single inputs (WebGPU's
 * per-call upload and dispatch cost more than the work for a 16-token query); WebGPU takes
 * batches and generation when a real (not software) adapter exists, the model lists WebGPU, and
 * fp16 weights find `shader-f16`. In Node the native CPU binding is always used.
 */
export function chooseDevice(model: ManifestModel, caps: Capabilities, workload: Workload, preference: DevicePreference = 'auto'): DeviceChoice {
  if (caps.runtime === 'node') return { device: 'cpu', dtype: dtypeFor(model, 'cpu'), reason: 'Node: native ONNX Runtime' };
  const wasm = (reason: string): DeviceChoice => ({ device: 'wasm', dtype: dtypeFor(model, 'wasm'), reason });
  const gpuDtype = dtypeFor(model, 'webgpu');
  if (preference === 'wasm') return wasm('WASM was asked for');
  if (!caps.webgpu.adapter) return wasm(caps.webgpu.reason ?? 'no WebGPU adapter');
  if (wantsF16(gpuDtype) && !caps.webgpu.shaderF16) return wasm(`the WebGPU adapter lacks shader-f16 for ${gpuDtype} weights`);
  if (preference === 'webgpu') return { device: 'webgpu', dtype: gpuDtype, reason: 'WebGPU was asked for' };
  if (!(model.devices ?? ['wasm']).includes('webgpu')) return wasm('the model is published for WASM only');
  if (caps.webgpu.fallbackAdapter) return wasm('the WebGPU adapter is a software fallback, slower than WASM');
  if (workload === 'single') return wasm('one short input runs faster on WASM than WebGPU');
  return { device: 'webgpu', dtype: gpuDtype, reason: workload === 'generate' ? 'generation runs on WebGPU' : 'batches run on WebGPU' };
}

/**
 * Whether any session of this engine may run on WebGPU, so ONNX Runtime must load its
 * WebGPU-capable (asyncify) build instead of the plain one, half its size: when a device is
 * forced to WebGPU, or a real (not software) adapter exists and WASM is not forced.
 */
export function mayUseWebGpu(caps: Capabilities, preference: DevicePreference = 'auto', generativeDevice?: string): boolean {
  if (caps.runtime === 'node') return false;
  if (preference === 'webgpu' || generativeDevice === 'webgpu') return true;
  return preference !== 'wasm' && caps.webgpu.adapter && !caps.webgpu.fallbackAdapter;
}

/**
 * WASM threads: only a cross-origin isolated page can use more than one, and a device with two cores
 * or fewer stays at one: measured on 2 cores (README "Devices and threads"), a second ONNX Runtime
 * thread spent about twice the CPU per product (its spin-waits) and made catalog embedding and single
 * queries slower, not faster, while the page and other work shared the cores. From 4 cores up to 4
 * threads (not measured here). A merchant's `threads` setting wins (capped at the cores).
 */
export function wasmThreads(caps: Capabilities, requested?: number): number {
  if (!caps.crossOriginIsolated) return 1;
  if (requested !== undefined) return Math.max(1, Math.min(requested, caps.cores));
  return caps.cores <= 2 ? 1 : Math.min(4, caps.cores);
}

/** Why a task should load its lite model instead of the full one, or undefined for the full one. */
export function liteReason(model: ManifestModel, caps: Capabilities): string | undefined {
  if (!model.lite) return undefined;
  if (caps.deviceMemoryGiB !== null && caps.deviceMemoryGiB <= 2) return `the device has ${caps.deviceMemoryGiB} GiB of memory`;
  if (caps.saveData) return 'the connection asks to save data';
  return undefined;
}
