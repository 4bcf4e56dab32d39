import type { Capabilities } from '../protocol/models.ts';
import { errorMessage } from '../../common/error-message.ts';
import { inBrowser } from './environment.ts';

type GpuAdapterLike = {
  features: { has(name: string): boolean };
  info?: { isFallbackAdapter?: boolean };
  isFallbackAdapter?: boolean;
  requestDevice(): Promise<{ destroy(): void }>;
};
type NavigatorLike = {
  gpu?: { requestAdapter(options?: { powerPreference?: string }): Promise<GpuAdapterLike | null> };
  hardwareConcurrency?: number;
  deviceMemory?: number;
  connection?: { saveData?: boolean; effectiveType?: string };
};

async function probeWebGpu(nav: NavigatorLike | undefined): Promise<Capabilities['webgpu']> {
  const none = (reason: string) => ({ adapter: false, fallbackAdapter: false, shaderF16: false, reason });
  if (!nav?.gpu) return none('this browser has no WebGPU');
  try {
    const adapter = await nav.gpu.requestAdapter({ powerPreference: 'high-performance' });
    if (!adapter) return none('WebGPU gave no adapter');
    // Some drivers grant an adapter but no device. ONNX Runtime does not recover from that inside
    // one worker (later WASM sessions fail too), so a device must be proven here, before it is used.
    try {
      (await adapter.requestDevice()).destroy();
    } catch (error) {
      return none(`WebGPU could not create a device: ${errorMessage(error)}`);
    }
    return {
      adapter: true,
      fallbackAdapter: Boolean(adapter.info?.isFallbackAdapter ?? adapter.isFallbackAdapter),
      shaderF16: adapter.features.has('shader-f16'),
    };
  } catch (error) {
    return none(`WebGPU adapter request failed: ${errorMessage(error)}`);
  }
}

/** Probes WebGPU, threads, memory, saveData and a slow connection; never throws. */
export async function probeCapabilities(): Promise<Capabilities> {
  const scope = globalThis as { crossOriginIsolated?: boolean; navigator?: NavigatorLike };
  const browser = inBrowser();
  const nav = scope.navigator;
  return {
    runtime: browser ? 'browser' : 'node',
    webgpu: browser ? await probeWebGpu(nav) : { adapter: false, fallbackAdapter: false, shaderF16: false, reason: 'not a browser' },
    crossOriginIsolated: scope.crossOriginIsolated === true,
    cores: nav?.hardwareConcurrency ?? 1,
    deviceMemoryGiB: typeof nav?.deviceMemory === 'number' ? nav.deviceMemory : null,
    saveData: nav?.connection?.saveData === true,
    slowConnection: ['slow-2g', '2g', '3g'].includes(nav?.connection?.effectiveType ?? ''),
  };
}
