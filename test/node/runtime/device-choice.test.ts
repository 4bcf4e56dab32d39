import { describe, expect, it } from 'vitest';
import type { Capabilities } from '../../../workers/protocol/models.ts';
import { chooseDevice, liteReason, mayUseWebGpu, wasmThreads, type DevicePreference } from '../../../workers/runtime/device-choice.ts';
import type { Workload } from '../../../workers/runtime/runtime-types.ts';
import type { ManifestModel } from '../../../workers/protocol/models.ts';

const browser = (over: Partial<Capabilities> = {}, gpu: Partial<Capabilities['webgpu']> = {}): Capabilities => ({
  runtime: 'browser',
  webgpu: { adapter: true, fallbackAdapter: false, shaderF16: true, ...gpu },
  crossOriginIsolated: false,
  cores: 8,
  deviceMemoryGiB: 8,
  saveData: false,
  ...over,
});

const embed: ManifestModel = { id: 'e', dtype: 'q8', devices: ['webgpu', 'wasm'], files: [], lite: { id: 'e-lite', dtype: 'q8', files: [] } };
const llm: ManifestModel = { id: 'l', dtype: 'q4f16', dtypeByDevice: { webgpu: 'q4f16', wasm: 'q4' }, devices: ['webgpu', 'wasm'], files: [] };

describe('chooseDevice', () => {
  it('answers a single short input on WASM and batches on a real WebGPU adapter', () => {
    expect(chooseDevice(embed, browser(), 'single')).toMatchObject({ device: 'wasm', reason: expect.stringMatching(/short input/) });
    expect(chooseDevice(embed, browser(), 'batch')).toMatchObject({ device: 'webgpu', dtype: 'q8' });
  });

  it('generates on WebGPU with q4f16 when shader-f16 exists, else on WASM with q4', () => {
    expect(chooseDevice(llm, browser(), 'generate')).toMatchObject({ device: 'webgpu', dtype: 'q4f16' });
    expect(chooseDevice(llm, browser({}, { shaderF16: false }), 'generate')).toMatchObject({ device: 'wasm', dtype: 'q4', reason: expect.stringMatching(/shader-f16/) });
  });

  it('keeps WASM without an adapter, on a software adapter, or for a WASM-only model', () => {
    expect(chooseDevice(embed, browser({}, { adapter: false, reason: 'no WebGPU' }), 'batch')).toMatchObject({ device: 'wasm', reason: 'no WebGPU' });
    expect(chooseDevice(embed, browser({}, { fallbackAdapter: true }), 'batch')).toMatchObject({ device: 'wasm', reason: expect.stringMatching(/software/) });
    expect(chooseDevice({ ...embed, devices: ['wasm'] }, browser(), 'batch').device).toBe('wasm');
  });

  it('obeys a forced device, but never WebGPU without an adapter', () => {
    expect(chooseDevice(embed, browser(), 'batch', 'wasm').device).toBe('wasm');
    expect(chooseDevice(embed, browser({}, { fallbackAdapter: true }), 'single', 'webgpu').device).toBe('webgpu');
    expect(chooseDevice(embed, browser({}, { adapter: false }), 'single', 'webgpu').device).toBe('wasm');
  });

  it('uses the native CPU binding in Node', () => {
    expect(chooseDevice(embed, browser({ runtime: 'node' }), 'batch')).toMatchObject({ device: 'cpu', dtype: 'q8' });
  });
});

describe('mayUseWebGpu (which ONNX Runtime build the worker loads)', () => {
  it('loads the plain WASM build without an adapter, on a software adapter, when WASM is forced, and in Node', () => {
    expect(mayUseWebGpu(browser({}, { adapter: false }))).toBe(false);
    expect(mayUseWebGpu(browser({}, { fallbackAdapter: true }))).toBe(false);
    expect(mayUseWebGpu(browser(), 'wasm')).toBe(false);
    expect(mayUseWebGpu({ ...browser(), runtime: 'node' }, 'webgpu')).toBe(false);
  });

  it('loads the WebGPU-capable build on a real adapter, or when WebGPU is forced for the models or for generation', () => {
    expect(mayUseWebGpu(browser())).toBe(true);
    expect(mayUseWebGpu(browser({}, { fallbackAdapter: true }), 'webgpu')).toBe(true);
    expect(mayUseWebGpu(browser({}, { adapter: false }), 'auto', 'webgpu')).toBe(true);
  });

  it('is true whenever chooseDevice could put any session on WebGPU', () => {
    for (const adapter of [true, false]) for (const fallbackAdapter of [true, false]) for (const shaderF16 of [true, false]) {
      const caps = browser({}, { adapter, fallbackAdapter, shaderF16 });
      for (const preference of ['auto', 'wasm', 'webgpu'] as DevicePreference[]) for (const model of [embed, llm]) {
        for (const workload of ['single', 'batch', 'generate'] as Workload[]) {
          if (chooseDevice(model, caps, workload, preference).device === 'webgpu') expect(mayUseWebGpu(caps, preference), `${JSON.stringify(caps.webgpu)} ${preference} ${workload}`).toBe(true);
        }
      }
    }
  });
});

describe('wasmThreads and liteReason', () => {
  it('uses one thread unless the page is cross-origin isolated with more than 2 cores, then up to 4', () => {
    expect(wasmThreads(browser())).toBe(1);
    expect(wasmThreads(browser({ crossOriginIsolated: true, cores: 2 }))).toBe(1); // a second thread measured slower on 2 cores
    expect(wasmThreads(browser({ crossOriginIsolated: true, cores: 2 }), 2)).toBe(2); // unless the merchant asks
    expect(wasmThreads(browser({ crossOriginIsolated: true, cores: 4 }))).toBe(4);
    expect(wasmThreads(browser({ crossOriginIsolated: true, cores: 16 }))).toBe(4);
    expect(wasmThreads(browser({ crossOriginIsolated: true, cores: 16 }), 8)).toBe(8);
  });

  it('picks the lite model on little memory or saveData, and only when one exists', () => {
    expect(liteReason(embed, browser({ deviceMemoryGiB: 2 }))).toMatch(/2 GiB/);
    expect(liteReason(embed, browser({ saveData: true }))).toMatch(/save data/);
    expect(liteReason(embed, browser())).toBeUndefined();
    expect(liteReason(llm, browser({ deviceMemoryGiB: 1 }))).toBeUndefined();
  });
});
