import type { EngineConfig, ModelDevices, ModelProgress, ModelState, StorageStatus } from '../protocol/models.ts';
import { probeCapabilities } from './capabilities.ts';
import type { Capabilities } from '../protocol/models.ts';
import { chooseDevice, mayUseWebGpu, wasmThreads } from './device-choice.ts';
import type { DeviceChoice, Workload } from './runtime-types.ts';
import { modelBytes } from './manifest.ts';
import type { ManifestModel } from '../protocol/models.ts';
import { languageNote } from './model-languages.ts';
import { planModelLoad } from './model-plan.ts';
import { estimateStorage, requestPersistentStorage } from './storage-quota.ts';
import { chooseOrtBuild, giveOrtWasm, installVerifiedLoading, isUrlHost, modelBaseUrl, ortWasmBytes, ortWasmToLoad, setWasmThreads } from './transformers-env.ts';
import { runtimeFileId, runtimeTask } from './runtime-wasm.ts';
import { VerifiedModelCache } from './verified-cache.ts';
import { errorMessage } from '../../common/error-message.ts';

/** What a task's loader gets: the model chosen, a device per workload, progress and fallback hooks. */
export interface OpenModelContext {
  model: ManifestModel;
  choose(workload: Workload): DeviceChoice;
  onProgress(p: ModelProgress): void;
  onFallback(reason: string): void;
}

/** What a task's loader returns: the loaded thing and where it runs. */
export interface OpenedModel<T> {
  value: T;
  devices?: ModelDevices;
  fallback?: string;
}


/**
 * Gets models onto the device for the engine: probes capabilities once, opens the verified cache,
 * plans each task's model (full or lite, consent on saveData, quota), chooses devices, and keeps
 * one ModelState per task for status(). A task that cannot load is left on the light path with a
 * state that says why; this never throws at the caller.
 */
export class ModelRuntime {
  readonly models: Record<string, ModelState> = {};
  private caps?: Promise<Capabilities>;
  private probed?: Capabilities;
  private cache?: Promise<VerifiedModelCache>;
  private opened?: VerifiedModelCache;
  private network = new Map<string, Map<string, number>>();
  private fromCache = new Map<string, number>();
  /** The verified fetch (model files and ONNX Runtime's wasm), once the cache is open. */
  private fetchFile?: (url: string) => Promise<Response>;
  /** Who hears of each model's (and the runtime's) bytes as they arrive, by model id. */
  private readonly byteListeners = new Map<string, (fileTotal: number) => void>();
  private runtimeWasm?: Promise<void>;
  /** Per task: settles once its load has been planned (loading, or waiting with a reason) or has failed. */
  private readonly planned = new Map<string, { promise: Promise<void>; settle: () => void }>();

  constructor(private readonly config: EngineConfig) {}

  /** The device's capabilities (probed on first use). */
  capabilities(): Promise<Capabilities> {
    this.caps ??= probeCapabilities().then((c) => (this.probed = c));
    return this.caps;
  }

  private verifiedCache(): Promise<VerifiedModelCache> {
    this.cache ??= VerifiedModelCache.open(this.config.cacheName).then((cache) => {
      this.opened = cache;
      this.fetchFile = installVerifiedLoading(cache, {
        onNetworkBytes: (modelId, url, loaded, total) => {
          this.countNetwork(modelId, url, loaded);
          this.byteListeners.get(modelId)?.(total);
        },
        onCacheHit: (modelId, _url, bytes) => {
          this.fromCache.set(modelId, (this.fromCache.get(modelId) ?? 0) + bytes);
          this.byteListeners.get(modelId)?.(bytes);
        },
      }, { stallMs: this.config.downloadStallMs });
      return cache;
    });
    return this.cache;
  }

  private countNetwork(modelId: string, url: string, loaded: number): void {
    const files = this.network.get(modelId) ?? new Map<string, number>();
    files.set(url, loaded);
    this.network.set(modelId, files);
  }

  private networkBytes(modelId: string): number {
    return [...(this.network.get(modelId)?.values() ?? [])].reduce((a, b) => a + b, 0);
  }

  /** Bytes of a model (or the runtime) delivered so far: downloaded and read from the cache. */
  private deliveredBytes(modelId: string): number {
    return this.networkBytes(modelId) + (this.fromCache.get(modelId) ?? 0);
  }

  /**
   * Gets ONNX Runtime's wasm (the build chosen for the device) through the verified cache, once per
   * realm: one download shared by every tab (a Web Lock per file), none on a repeat visit, counted in
   * progress as task `runtime`. Where no build is served (Node) there is nothing to do.
   */
  private loadRuntimeWasm(onProgress?: (p: ModelProgress) => void): Promise<void> {
    const url = ortWasmToLoad();
    if (!url || !this.opened || !this.fetchFile) return Promise.resolve();
    const cache = this.opened;
    const fetchFile = this.fetchFile;
    this.runtimeWasm ??= (async () => {
      cache.allowRuntime(url);
      this.byteListeners.set(runtimeFileId, (fileTotal) => {
        const loaded = this.deliveredBytes(runtimeFileId);
        const total = Math.max(fileTotal, loaded);
        onProgress?.({ status: 'progress', task: runtimeTask, model: runtimeFileId, progress: total ? (100 * loaded) / total : 0, loadedBytes: loaded, totalBytes: total });
      });
      try {
        const response = await fetchFile(url);
        giveOrtWasm(new Uint8Array(await response.arrayBuffer()));
        onProgress?.({ status: 'ready', task: runtimeTask, model: runtimeFileId });
      } catch (error) {
        this.runtimeWasm = undefined;
        throw new Error(`the AI runtime (${url.split('/').pop()}) could not be loaded: ${errorMessage(error)}`);
      } finally {
        this.byteListeners.delete(runtimeFileId);
      }
    })();
    return this.runtimeWasm;
  }

  /**
   * Settles once the load of `task` has been planned: its state is 'loading', or 'idle' with why (a
   * go-ahead it waits for, storage), or 'error'. A background model's question shows without waiting
   * for its download.
   */
  whenPlanned(task: string): Promise<void> {
    return this.plannedOf(task).promise;
  }

  private plannedOf(task: string): { promise: Promise<void>; settle: () => void } {
    let entry = this.planned.get(task);
    if (!entry) {
      let settle = () => {};
      const promise = new Promise<void>((resolve) => (settle = resolve));
      entry = { promise, settle };
      this.planned.set(task, entry);
    }
    return entry;
  }

  /** Bytes of the chosen runtime build still to download: 0 once loaded or stored (or where none is served, or its size is unknown). */
  private async runtimeBytesToDownload(cache: VerifiedModelCache | undefined): Promise<number> {
    const url = ortWasmToLoad();
    if (!cache || !url || this.runtimeWasm) return 0;
    return (await cache.hasFile(url)) ? 0 : (ortWasmBytes() ?? 0);
  }

  /**
   * Loads the model of `task` with `open`, reporting progress; resolves undefined (and leaves a
   * state saying why) when the task must stay on the light path.
   */
  async load<T>(
    task: string,
    entry: ManifestModel,
    open: (context: OpenModelContext) => Promise<OpenedModel<T>>,
    onProgress?: (p: ModelProgress) => void,
    saveDataConsent = false,
  ): Promise<T | undefined> {
    const started = performance.now();
    let listening: string | undefined;
    try {
      const caps = await this.capabilities();
      const urlHost = isUrlHost(this.config.modelHost);
      const cache = urlHost ? await this.verifiedCache() : undefined;
      const baseUrl = (id: string) => modelBaseUrl(this.config.modelHost, id);
      const preference = this.config.device ?? 'auto';
      // The build is chosen before planning: the question and the storage check count its wasm.
      chooseOrtBuild(mayUseWebGpu(caps, preference, this.config.generativeDevice));
      const plan = await planModelLoad({
        entry, caps, cache, baseUrl, saveDataConsent: saveDataConsent || this.config.saveDataConsent === true, askAboveBytes: this.config.askAboveBytes,
        runtimeBytes: await this.runtimeBytesToDownload(cache),
      });
      if (!plan.ok) {
        const { bytes, runtimeBytes } = plan;
        this.models[task] = { state: 'idle', reason: plan.reason, message: plan.message, ...(bytes ? { bytes } : {}), ...(runtimeBytes ? { runtimeBytes } : {}) };
        this.settlePlanned(task);
        if (plan.reason !== 'save-data' && plan.reason !== 'size') onProgress?.({ status: 'error', task, model: entry.id, message: plan.message });
        return undefined;
      }
      const { model } = plan;
      if (cache && !plan.cached) await requestPersistentStorage(); // a no-op in a worker: the page asks there
      cache?.allowModel(model, baseUrl(model.id));
      // A stored model's files are read while the runtime's wasm loads, not after it.
      if (plan.cached) void cache?.prefetch(model.id);
      this.models[task] = { state: 'loading', progress: 0, loadedBytes: 0, totalBytes: modelBytes(model), modelId: model.id };
      this.settlePlanned(task);
      setWasmThreads(wasmThreads(caps, this.config.threads));
      let fallback: string | undefined;
      if (cache) {
        await this.loadRuntimeWasm(onProgress);
        // Progress counts the bytes that arrive (from the network or the cache), not transformers.js's
        // view, which sees a file only once it is downloaded and verified.
        listening = model.id;
        this.byteListeners.set(model.id, () => {
          const loadedBytes = Math.min(this.deliveredBytes(model.id), modelBytes(model));
          const totalBytes = modelBytes(model);
          const p: ModelProgress = { status: 'progress', task, model: model.id, progress: totalBytes ? (100 * loadedBytes) / totalBytes : 0, loadedBytes, totalBytes };
          this.models[task] = { state: 'loading', progress: p.progress, loadedBytes, totalBytes, modelId: model.id, networkBytes: this.networkBytes(model.id), cachedBytes: this.fromCache.get(model.id) ?? 0 };
          onProgress?.(p);
        });
      }
      const opened = await open({
        model,
        choose: (workload) => chooseDevice(model, caps, workload, preference),
        onFallback: (reason) => (fallback = reason),
        onProgress: (p) => {
          // While files download, progress counts their bytes (above); from the cache, transformers.js's count stands.
          if (p.status === 'progress' && cache && this.networkBytes(model.id) > 0) return;
          if (p.status === 'progress') {
            this.models[task] = {
              state: 'loading', progress: p.progress, loadedBytes: p.loadedBytes, totalBytes: p.totalBytes, modelId: model.id,
              networkBytes: this.networkBytes(model.id), cachedBytes: this.fromCache.get(model.id) ?? 0,
            };
          }
          onProgress?.(p);
        },
      });
      this.byteListeners.delete(model.id);
      cache?.forgetStored();
      await cache?.markComplete(model.id);
      const networkBytes = this.networkBytes(model.id);
      this.models[task] = {
        state: 'ready', modelId: model.id, variant: plan.variant, devices: opened.devices, fallback: opened.fallback ?? fallback,
        fromCache: urlHost ? networkBytes === 0 : undefined, networkBytes, loadMs: Math.round(performance.now() - started),
        filesMs: cache ? Math.round(cache.fileMs.get(model.id) ?? 0) : undefined,
        note: [plan.reason, languageNote(task, model), plan.evicted.length ? `evicted ${plan.evicted.join(', ')}` : '', cache?.status.message].filter(Boolean).join('; ') || undefined,
      };
      return opened.value;
    } catch (error) {
      if (listening) this.byteListeners.delete(listening);
      const message = errorMessage(error);
      this.models[task] = { state: 'error', reason: 'load-error', message };
      this.settlePlanned(task);
      onProgress?.({ status: 'error', task, model: entry.id, message });
      return undefined;
    }
  }

  /** Settles the task's plan (whenPlanned), and lets a later load of it be planned afresh. */
  private settlePlanned(task: string): void {
    this.plannedOf(task).settle();
    this.planned.delete(task);
  }

  /** The model cache's state for status(); undefined until a URL host's models were prepared. */
  async storageStatus(): Promise<StorageStatus | undefined> {
    if (!this.opened) return undefined;
    const health = this.opened.status;
    const estimate = await estimateStorage();
    return {
      state: health.state, message: health.message, quotaBytes: estimate.quota, usageBytes: estimate.usage,
      persisted: estimate.persisted, corruptDropped: health.corruptDropped,
    };
  }

  /** Capabilities once probed (synchronous, for status()). */
  get probedCapabilities(): Capabilities | undefined {
    return this.probed;
  }
}
