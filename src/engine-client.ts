import { proxy, releaseProxy, wrap, type Remote } from 'comlink';
import type {
  Engine, EngineConfig, EngineStatus, HistoryEntry, HistorySettings, ModelProgress, Product, ProductAnswer, RecommendRequest,
  RecommendResponse, ReviewSummary, SearchResponse, ShopperEvent,
} from '../workers/engine-api.ts';
import workerUrl from '../workers/engine.worker.ts?worker&url';

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

/**
 * Owns the engine worker's life: starts it lazily, remembers the config and catalog, and when
 * the worker dies starts a new one and replays them, so a crash costs one retried call.
 */
export class EngineClient {
  private worker?: Worker;
  private remote?: Remote<Engine>;
  private ready?: Promise<Remote<Engine>>;
  private products: Product[] = [];
  private feedUrl?: string;
  private restarts = 0;

  constructor(private readonly config: EngineConfig) {}

  private engine(): Promise<Remote<Engine>> {
    this.ready ??= this.boot();
    return this.ready;
  }

  private async boot(): Promise<Remote<Engine>> {
    const worker = startWorker();
    worker.addEventListener('error', () => this.crashed(worker));
    this.worker = worker;
    this.remote = wrap<Engine>(worker);
    await this.remote.configure(this.config);
    if (this.feedUrl) await this.remote.loadFeed(this.feedUrl, this.products);
    else if (this.products.length) await this.remote.load(this.products);
    return this.remote;
  }

  private crashed(worker: Worker): void {
    if (worker !== this.worker) return;
    this.dispose();
  }

  /** Runs a call on the engine; if the worker dies during it, restarts once and retries. */
  private async call<T>(run: (engine: Remote<Engine>) => Promise<T>): Promise<T> {
    try {
      return await run(await this.engine());
    } catch (error) {
      if (this.worker || this.restarts >= 3) throw error;
      this.restarts++;
      return run(await this.engine());
    }
  }

  async load(products: Product[], feedUrl?: string): Promise<{ count: number; skipped: string[] }> {
    this.products = products;
    this.feedUrl = feedUrl;
    if (feedUrl) return this.call((e) => e.loadFeed(feedUrl, products));
    return { count: await this.call((e) => e.load(products)), skipped: [] };
  }

  search(query: string, limit?: number): Promise<SearchResponse> {
    return this.call((e) => e.search(query, { limit }));
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
  prepareModels(onProgress: (p: ModelProgress) => void): Promise<EngineStatus> {
    return this.call((e) => e.prepareModels(proxy(onProgress)));
  }

  /**
   * Asks a question about one product; the answer's words arrive through `onToken` (one proxied
   * callback for the call). Return `false` from `onToken` to stop the stream.
   */
  ask(productId: string, question: string, onToken?: (token: string) => boolean | void): Promise<ProductAnswer> {
    return this.call((e) => e.ask(productId, question, onToken ? proxy(onToken) : undefined));
  }

  /** 3 to 5 suggested questions for one product, in English or Chinese. */
  suggestQuestions(productId: string, language?: 'en' | 'zh'): Promise<string[]> {
    return this.call((e) => e.suggestQuestions(productId, language));
  }

  /** Terminates the worker (the only way to free its model memory); the next call starts a new one. */
  dispose(): void {
    this.remote?.[releaseProxy]();
    this.worker?.terminate();
    this.worker = undefined;
    this.remote = undefined;
    this.ready = undefined;
  }
}
