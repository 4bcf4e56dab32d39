import { proxy, releaseProxy, wrap, type Remote } from 'comlink';
import type {
  Engine, EngineConfig, EngineStatus, GenerateRequest, GenerateResponse, HistoryEntry, HistorySettings, Lang, ModelProgress, ProductRecord,
  ProductAnswer, ProductDraft, RecommendRequest, RecommendResponse, ReviewSummary, RouteContext, RouteDecision, SearchResponse,
  ShopperEvent, StoreAnswer, StorePolicyLoad, StorePolicySource, TranslationResponse,
} from '../workers/engine-api.ts';
import workerUrl from '../workers/engine.worker.ts?worker&url';
import ortPlainMjs from 'onnxruntime-web/ort-wasm-simd-threaded.mjs?url';
import ortPlainWasm from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import ortWebGpuWasm from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.wasm?url';
import { requestPersistentStorage } from '../common/persistent-storage.ts';

/**
 * Starts a module worker from the engine script, also when the script lives on another origin
 * than the page (a CDN): browsers refuse such workers, so a same-origin blob: module imports it.
 */
function startWorker(): Worker {
  const url = new URL(workerUrl, import.meta.url);
  if (url.origin === globalThis.location?.origin) return new Worker(url, { type: 'module', name: 'aisle-engine' });
  const blobUrl = URL.createObjectURL(new Blob([`import ${JSON.stringify(url.href)};`], { type: 'text/javascript' }));
  const worker = new Worker(blobUrl, { type: 'module', name: 'aisle-engine' });
  setTimeout(() => URL.revokeObjectURL(blobUrl), 60_000);
  return worker;
}

/** The engine's worker died while a call was in flight. */
export class EngineCrashedError extends Error {
  constructor() {
    super('The engine worker stopped unexpectedly');
  }
}

/**
 * Owns the engine worker's life: starts it lazily, remembers the config and catalog, and when
 * the worker dies starts a new one and replays them, so a crash costs one retried call.
 */
export class EngineClient {
  private worker?: Worker;
  private remote?: Remote<Engine>;
  private ready?: Promise<Remote<Engine>>;
  private products: ProductRecord[] = [];
  private feedUrl?: string;
  private policies?: StorePolicySource;
  private indexUrl?: string;
  private restarts = 0;
  /** Set by dispose() and cleared by the next start: calls cut off by a deliberate dispose are not retried. */
  private disposed = false;
  private lastLoad?: { count: number; skipped: string[] };
  /** Rejects when the current worker crashes, so calls in flight on it fail instead of hanging. */
  private crash?: { promise: Promise<never>; reject: (error: Error) => void };

  constructor(private readonly config: EngineConfig) {}

  private engine(): Promise<Remote<Engine>> {
    this.disposed = false;
    this.ready ??= this.boot().catch((error: unknown) => {
      // A failed start (say the catalog feed was unreachable) is not remembered: the next call starts afresh.
      this.dispose();
      throw error;
    });
    return this.ready;
  }

  private async boot(): Promise<Remote<Engine>> {
    const worker = startWorker();
    worker.addEventListener('error', () => this.crashed(worker));
    this.worker = worker;
    let reject!: (error: Error) => void;
    const promise = new Promise<never>((_, r) => (reject = r));
    promise.catch(() => undefined);
    this.crash = { promise, reject };
    this.remote = wrap<Engine>(worker);
    // The page names ONNX Runtime's builds (the same files the worker would find beside itself): an app
    // bundler that copies the worker script to its own folder emits and rewrites these references too.
    // The runtime still loads only the smallest build the device needs (the plain one unless WebGPU).
    const url = (file: string) => new URL(file, import.meta.url).href;
    const ortBuilds = { plain: { mjs: url(ortPlainMjs), wasm: url(ortPlainWasm) }, webgpu: { wasm: url(ortWebGpuWasm) } };
    await this.remote.configure({ ortBuilds, ...this.config });
    this.lastLoad = await this.loadInto(this.remote);
    if (this.policies) await this.remote.loadStorePolicies(this.policies);
    return this.remote;
  }

  /** Gives the engine the remembered catalog: the feed plus page products, or the products alone. */
  private async loadInto(engine: Remote<Engine>): Promise<{ count: number; skipped: string[] }> {
    if (this.indexUrl) return { count: await engine.loadIndex(this.indexUrl), skipped: [] };
    if (this.feedUrl) return engine.loadFeed(this.feedUrl, this.products);
    return { count: await engine.load(this.products), skipped: [] };
  }

  private crashed(worker: Worker): void {
    if (worker !== this.worker) return;
    const crash = this.crash;
    this.dispose();
    this.disposed = false;
    crash?.reject(new EngineCrashedError());
  }

  /** Runs a call on the engine; if the worker dies during it, restarts once and retries. */
  private async call<T>(run: (engine: Remote<Engine>) => Promise<T>): Promise<T> {
    const engine = await this.engine();
    try {
      return await Promise.race([run(engine), this.crash!.promise]);
    } catch (error) {
      // Retry only when the worker this call ran on has died (crash mid-call or just before it).
      const died = error instanceof EngineCrashedError || (engine !== this.remote && !this.disposed);
      if (!died || this.restarts >= 3) throw error;
      this.restarts++;
      return run(await this.engine());
    }
  }

  /** Replaces the catalog (page products, plus a feed when given); the worker keeps it across restarts. */
  async load(products: ProductRecord[], feedUrl?: string): Promise<{ count: number; skipped: string[] }> {
    this.products = products;
    this.indexUrl = undefined;
    this.feedUrl = feedUrl;
    if (!this.ready) {
      // Starting the worker loads the catalog just set.
      await this.engine();
      return this.lastLoad ?? { count: 0, skipped: [] };
    }
    return this.call((e) => this.loadInto(e));
  }

  /** Searches; `ignore` lists intent chip ids the shopper removed. */
  search(query: string, limit?: number, ignore?: string[]): Promise<SearchResponse> {
    return this.call((e) => e.search(query, { limit, ignore }));
  }

  /** Replaces the catalog with a prebuilt index (`npx aisle index build`); returns its size. */
  loadIndex(url: string): Promise<number> {
    this.indexUrl = url;
    return this.call((e) => e.loadIndex(url));
  }

  /** Sends the shop's policies (kept, and replayed after a worker restart). */
  loadStorePolicies(source: StorePolicySource): Promise<StorePolicyLoad> {
    this.policies = source;
    return this.call((e) => e.loadStorePolicies(source));
  }

  /** Where a message goes: product question, store policy, search, or human help. */
  route(message: string, context?: RouteContext): Promise<RouteDecision> {
    return this.call((e) => e.route(message, context));
  }

  /** Answers a store question from the shop's published policies. */
  askStore(question: string, productId?: string): Promise<StoreAnswer> {
    return this.call((e) => e.askStore(question, productId));
  }

  status(): Promise<EngineStatus> {
    return this.call((e) => e.status());
  }

  /** "Customers say" for one product, for <aisle-review-summary>. */
  summarizeReviews(productId: string): Promise<ReviewSummary> {
    return this.call((e) => e.summarizeReviews(productId));
  }

  /** Records what the shopper did (kept on this device only); undefined when recording is off. */
  record(event: ShopperEvent): Promise<HistoryEntry | undefined> {
    return this.call((e) => e.record(event));
  }

  history(): Promise<HistoryEntry[]> {
    return this.call((e) => e.history());
  }

  forgetHistory(id?: number): Promise<void> {
    return this.call((e) => e.forgetHistory(id));
  }

  setHistoryEnabled(on: boolean): Promise<HistorySettings> {
    return this.call((e) => e.setHistoryEnabled(on));
  }

  historySettings(): Promise<HistorySettings> {
    return this.call((e) => e.historySettings());
  }

  recommend(request: RecommendRequest): Promise<RecommendResponse> {
    return this.call((e) => e.recommend(request));
  }

  /** Loads models, reporting progress through one proxied callback. */
  prepareModels(onProgress: (p: ModelProgress) => void, options?: { saveDataConsent?: boolean }): Promise<EngineStatus> {
    return this.call((e) => e.prepareModels(proxy(onProgress), options));
  }

  /**
   * Asks a question about one product; the answer's words arrive through `onToken` (one proxied
   * callback for the call). Return `false` from `onToken` to stop the stream.
   */
  ask(productId: string, question: string, onToken?: (token: string, phrasing: ProductAnswer['phrasing']) => boolean | void): Promise<ProductAnswer> {
    return this.call((e) => e.ask(productId, question, onToken ? proxy(onToken) : undefined));
  }

  /** 3 to 5 suggested questions for one product, in English or Chinese. */
  suggestQuestions(productId: string, language?: 'en' | 'zh'): Promise<string[]> {
    return this.call((e) => e.suggestQuestions(productId, language));
  }

  /** Translates texts in the worker (cached per text and language). */
  translate(texts: string[], to: Lang): Promise<TranslationResponse> {
    return this.call((e) => e.translate(texts, to));
  }

  /** Answers from evidence, streaming text pieces through one proxied callback; stop it with `stopGeneration()`. */
  generate(request: Omit<GenerateRequest, 'signal'>, onToken?: (text: string) => void): Promise<GenerateResponse> {
    return this.call((e) => e.generate(request, onToken && proxy(onToken)));
  }

  /**
   * Asks the browser to keep the model cache under storage pressure. Only a page may ask (a worker
   * has no persist()), so the client asks here, on the page, without starting the worker.
   */
  requestPersistentStorage(): Promise<boolean> {
    return requestPersistentStorage();
  }

  /** Stops the answer or draft being generated. */
  stopGeneration(): Promise<void> {
    return this.call((e) => e.stopGeneration());
  }

  /** Drafts a product description and blurb, streaming the model's text when a model writes it. */
  draft(productId: string, lang?: Lang, onToken?: (text: string) => void): Promise<ProductDraft> {
    return this.call((e) => e.draft(productId, lang, onToken && proxy(onToken)));
  }

  /** Terminates the worker (the only way to free its model memory); the next call starts a new one. */
  dispose(): void {
    this.disposed = true;
    this.remote?.[releaseProxy]();
    this.worker?.terminate();
    this.worker = undefined;
    this.remote = undefined;
    this.ready = undefined;
  }
}
