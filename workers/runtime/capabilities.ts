/** What the shopper's device offers the models, probed once per engine. */
export interface Capabilities {
  /** 'browser' (page or worker: ONNX Runtime WASM/WebGPU) or 'node' (native ONNX Runtime). */
  runtime: 'browser' | 'node';
  webgpu: {
    /** A WebGPU adapter was granted. */
    adapter: boolean;
    /** The adapter is a software/fallback one (SwiftShader): correct but not fast. */
    fallbackAdapter: boolean;
    /** The adapter supports `shader-f16` (needed for fp16 / q4f16 weights). */
    shaderF16: boolean;
    /** Why there is no adapter, when there is none. */
    reason?: string;
  };
  /** WASM threads are possible only on a cross-origin isolated page (COOP/COEP). */
  crossOriginIsolated: boolean;
  /** Logical cores (navigator.hardwareConcurrency). */
  cores: number;
  /** navigator.deviceMemory in GiB (Chromium rounds and caps it at 8), when the browser says. */
  deviceMemoryGiB: number | null;
  /** The shopper asked for reduced data use (navigator.connection.saveData). */
  saveData: boolean;
}

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
  connection?: { saveData?: boolean };
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
      return none(`WebGPU could not create a device: ${error instanceof Error ? error.message : String(error)}`);
    }
    return {
      adapter: true,
      fallbackAdapter: Boolean(adapter.info?.isFallbackAdapter ?? adapter.isFallbackAdapter),
      shaderF16: adapter.features.has('shader-f16'),
    };
  } catch (error) {
    return none(`WebGPU adapter request failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Probes WebGPU, threads, memory and saveData; never throws. */
export async function probeCapabilities(): Promise<Capabilities> {
  const scope = globalThis as { document?: unknown; WorkerGlobalScope?: unknown; crossOriginIsolated?: boolean; navigator?: NavigatorLike };
  const inBrowser = scope.document !== undefined || scope.WorkerGlobalScope !== undefined;
  const nav = scope.navigator;
  return {
    runtime: inBrowser ? 'browser' : 'node',
    webgpu: inBrowser ? await probeWebGpu(nav) : { adapter: false, fallbackAdapter: false, shaderF16: false, reason: 'not a browser' },
    crossOriginIsolated: scope.crossOriginIsolated === true,
    cores: nav?.hardwareConcurrency ?? 1,
    deviceMemoryGiB: typeof nav?.deviceMemory === 'number' ? nav.deviceMemory : null,
    saveData: nav?.connection?.saveData === true,
  };
}
