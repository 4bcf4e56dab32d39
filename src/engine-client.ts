import { proxy, releaseProxy, wrap, type Remote } from 'comlink';
import type {
  Engine, EngineConfig, EngineStatus, GenerateRequest, GenerateResponse, Lang, ModelProgress, Product, ProductDraft, SearchResponse,
  TranslationResponse,
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

  /** Loads models, reporting progress through one proxied callback. */
  prepareModels(onProgress: (p: ModelProgress) => void): Promise<EngineStatus> {
    return this.call((e) => e.prepareModels(proxy(onProgress)));
  }

  /** Translates texts in the worker (cached per text and language). */
  translate(texts: string[], to: Lang): Promise<TranslationResponse> {
    return this.call((e) => e.translate(texts, to));
  }

  /** Answers from evidence, streaming text pieces through one proxied callback; stop it with `stopGeneration()`. */
  generate(request: Omit<GenerateRequest, 'signal'>, onToken?: (text: string) => void): Promise<GenerateResponse> {
    return this.call((e) => e.generate(request, onToken && proxy(onToken)));
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
    this.remote?.[releaseProxy]();
    this.worker?.terminate();
    this.worker = undefined;
    this.remote = undefined;
    this.ready = undefined;
  }
}
