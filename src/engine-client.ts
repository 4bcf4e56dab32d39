// One file, a little over 300 lines, on purpose: the client is one class that forwards the page's whole
// Engine interface (one short method each) through one watched worker; splitting the forwards from the
// worker's life would put each method's retry rule far from the call it guards.
import { proxy, releaseProxy, wrap, type Remote } from 'comlink';
import type {
  Engine, EngineConfig, JsonLdBlockRead, JsonLdReadOptions, JsonLdText, EngineStatus, GenerateRequest, GenerateResponse, HistoryEntry, HistorySettings, Lang, ModelProgress, ProductRecord,
  ProductAnswer, ProductDraft, RecommendRequest, RecommendResponse, ReviewSummary, RouteContext, RouteDecision, SearchResponse, SpecLabel,
  ShopperEvent, StoreAnswer, StorePolicyLoad, StorePolicySource, TranslationResponse,
} from '../workers/engine-api.ts';
import workerUrl from '../workers/engine.worker.ts?worker&url';
import { ortBuilds } from '../common/ort-builds.ts';
import { requestPersistentStorage } from '../common/persistent-storage.ts';
import { defaultWatchTiming, EngineCrashedError, WorkerWatch, type WatchTiming } from './engine/worker-watch.ts';

export { EngineCrashedError };

/** What went wrong with the engine's worker, told once per fault (the widget turns it into one `aisle-error`). */
export type EngineFault =
  /** The worker died or hung; a new one starts and the call in flight is asked once more. */
  | { kind: 'restarted'; error: EngineCrashedError }
  /** The worker cannot run here (or kept dying): the light path answers on the page's thread from now on. */
  | { kind: 'in-page'; error: Error };

export interface EngineClientOptions extends Partial<WatchTiming> {
  /** The worker script (default the engine's own chunk); tests start a worker that misbehaves. */
  workerUrl?: string | URL;
  /** Told of each fault: a restart, or the switch to the in-page light path (once). */
  onFault?: (fault: EngineFault) => void;
}

/** Deaths after which the worker is not started again and the light path runs on the page. */
const maxRestarts = 3;

/**
 * Owns the engine worker's life: starts it lazily and watches it (src/engine/worker-watch.ts),
 * remembers the config and catalog, and when the worker dies or hangs starts a new one and replays
 * them, so a crash costs one retried call. When no worker can run, the light path answers on the
 * page (src/engine/in-page-engine.ts).
 */
export class EngineClient {
  private watch?: WorkerWatch;
  private remote?: Remote<Engine>;
  private ready?: Promise<Remote<Engine>>;
  private products: ProductRecord[] = [];
  private feedUrl?: string;
  private policies?: StorePolicySource;
  private indexUrl?: string;
  private restarts = 0;
  private hangs = 0;
  /** Set once the worker cannot run: the engine lives on the page's thread from then on. */
  private onPage = false;
  /** Set by dispose() and cleared by the next start: calls cut off by a deliberate dispose are not retried. */
  private disposed = false;
  private lastLoad?: { count: number; skipped: string[] };
  /** The models asked for, replayed into a restarted worker. */
  private modelsAsked?: { onProgress: (p: ModelProgress) => void; options?: { saveDataConsent?: boolean } };

  constructor(
    private readonly config: EngineConfig,
    private readonly options: EngineClientOptions = {},
  ) {}

  /** True once the engine answers on the page's thread (the light path only), because no worker could run. */
  get inPage(): boolean {
    return this.onPage;
  }

  /** The worker now running, if any (tests kill it). */
  get worker(): Worker | undefined {
    return this.watch?.worker;
  }

  private engine(): Promise<Remote<Engine>> {
    this.disposed = false;
    this.ready ??= this.boot().catch((error: unknown) => {
      // A failed start (say the catalog feed was unreachable) is not remembered: the next call starts afresh.
      this.stopWorker();
      throw error;
    });
    return this.ready;
  }

  private async boot(): Promise<Remote<Engine>> {
    if (this.onPage) return this.bootInPage();
    let watch: WorkerWatch;
    try {
      const timing = { ...defaultWatchTiming, ...this.options };
      // A worker found hung may have been slow rather than stuck: the next one is given twice as long.
      timing.hangTimeoutMs *= 2 ** this.hangs;
      watch = new WorkerWatch(new URL(this.options.workerUrl ?? workerUrl, import.meta.url), timing);
      this.watch = watch;
      await watch.started;
    } catch (error) {
      this.stopWorker();
      return this.fallBack(error);
    }
    watch.ended.catch((error: EngineCrashedError) => this.crashed(watch, error));
    const remote = wrap<Engine>(watch.worker);
    this.remote = remote;
    // The page names ONNX Runtime's builds (the same files the worker would find beside itself): an app
    // bundler that copies the worker script to its own folder emits and rewrites these references too.
    // The runtime still loads only the smallest build the device needs (the plain one unless WebGPU).
    await watch.busy(remote.configure({ ortBuilds: ortBuilds(), ...this.config }));
    this.lastLoad = await watch.busy(this.loadInto(remote));
    if (this.policies) await watch.busy(remote.loadStorePolicies(this.policies));
    if (this.modelsAsked) void remote.prepareModels(proxy(this.modelsAsked.onProgress), this.modelsAsked.options).catch(() => undefined);
    return remote;
  }

  /** The worker cannot run here: say so once, and run the light path on the page from now on. */
  private fallBack(error: unknown): Promise<Remote<Engine>> {
    this.goInPage(error);
    return this.bootInPage();
  }

  private goInPage(error: unknown): void {
    if (this.onPage) return;
    this.onPage = true;
    console.warn('aisle: the engine worker cannot run here; the light path answers on the page', error);
    this.options.onFault?.({ kind: 'in-page', error: error instanceof Error ? error : new Error(String(error)) });
  }

  private async bootInPage(): Promise<Remote<Engine>> {
    const { createInPageEngine } = await import('./engine/in-page-engine.ts');
    // The in-page engine speaks the same interface with plain promises; Comlink's proxy() marks
    // callbacks without wrapping them, so they are called directly.
    const engine = (await createInPageEngine(this.config)) as unknown as Remote<Engine>;
    this.lastLoad = await this.loadInto(engine);
    if (this.policies) await engine.loadStorePolicies(this.policies);
    this.remote = engine;
    return engine;
  }

  /** Gives the engine the remembered catalog: the feed plus page products, or the products alone. */
  private async loadInto(engine: Remote<Engine>): Promise<{ count: number; skipped: string[] }> {
    if (this.indexUrl) return { count: await engine.loadIndex(this.indexUrl), skipped: [] };
    if (this.feedUrl) return engine.loadFeed(this.feedUrl, this.products);
    return { count: await engine.load(this.products), skipped: [] };
  }

  /** A watched worker died or hung: forget it; the retry of the call in flight (or the next call) starts a new one. */
  private crashed(watch: WorkerWatch, error: EngineCrashedError): void {
    if (watch === this.watch) this.stopWorker();
    if (error.reason === 'hung') this.hangs++;
    console.warn(`aisle: ${error.message}`);
    if (++this.restarts >= maxRestarts) this.goInPage(error);
    else this.options.onFault?.({ kind: 'restarted', error });
  }

  /** Runs a call on the engine; if the worker dies or hangs during it, asks once more on a new one. */
  private async call<T>(run: (engine: Remote<Engine>) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      let engine: Remote<Engine> | undefined;
      try {
        engine = await this.engine();
        const watch = this.watch;
        return await (watch && engine === this.remote && !this.onPage ? watch.busy(run(engine)) : run(engine));
      } catch (error) {
        // A call that reached a worker already replaced (its proxy released) counts as cut off by the crash.
        const cutOff = error instanceof EngineCrashedError || (engine !== undefined && engine !== this.remote && !this.disposed);
        if (!cutOff || attempt >= 1) throw error;
      }
    }
  }

  /** Replaces the catalog (page products, plus a feed when given); the worker keeps it across restarts. */
  async load(products: ProductRecord[], feedUrl?: string): Promise<{ count: number; skipped: string[] }> {
    this.products = products;
    this.indexUrl = undefined;
    this.feedUrl = feedUrl;
    if (!this.ready) {
      // Starting the worker loads the catalog just set.
      await this.call(() => Promise.resolve());
      return this.lastLoad ?? { count: 0, skipped: [] };
    }
    return this.call((e) => this.loadInto(e));
  }

  /** Reads the page's JSON-LD blocks too large to parse on its thread (Engine.readJsonLd), in the worker. */
  readJsonLd(blocks: JsonLdText[], options: JsonLdReadOptions): Promise<JsonLdBlockRead[]> {
    return this.call((e) => e.readJsonLd(blocks, options));
  }

  /** Searches; `ignore` lists intent chip ids the shopper removed; `lang` words the "why it matches" lines (the query's language by default). */
  search(query: string, limit?: number, ignore?: string[], lang?: 'en' | 'zh'): Promise<SearchResponse> {
    return this.call((e) => e.search(query, { limit, ignore, lang }));
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

  /** "Customers say" for one product, for <aisle-review-summary>; aspect names in `language` when given (the shopper's). */
  summarizeReviews(productId: string, language?: 'en' | 'zh'): Promise<ReviewSummary> {
    return this.call((e) => e.summarizeReviews(productId, language));
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
    // Progress comes over its own message channel and may arrive after the answer: once the answer
    // (ready, or an error) is in, a late "100%" must not overwrite it.
    let settled = false;
    const report = (p: ModelProgress) => void (settled || onProgress(p));
    this.modelsAsked = { onProgress: report, options };
    return this.call((e) => e.prepareModels(proxy(report), options)).finally(() => (settled = true));
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

  /** Spec rows' names as labels in `language` (glossary and aspect vocabulary; others as written, with their language). */
  specLabels(names: string[], language: Lang): Promise<SpecLabel[]> {
    return this.call((e) => e.specLabels(names, language));
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
    this.modelsAsked = undefined;
    this.stopWorker();
  }

  private stopWorker(): void {
    if (!this.onPage) this.remote?.[releaseProxy]();
    this.watch?.stop();
    this.watch = undefined;
    this.remote = undefined;
    this.ready = undefined;
  }
}
