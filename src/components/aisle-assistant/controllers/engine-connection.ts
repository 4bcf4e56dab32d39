import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EngineStatus, HistoryEntry, ModelProgress, Product, ProductRecord, ShopperEvent } from '../../../../workers/engine-api.ts';
import { readPageCatalogInSlices } from '../../../catalog/read-page-catalog.ts';
import { EngineClient } from '../../../engine-client.ts';
import { AisleModelProgressEvent, AisleReadyEvent } from '../../../events.ts';
import { readPagePoliciesInSlices, storePolicySource, type PagePolicies } from '../../../store/read-page-policies.ts';
import type { UiStrings } from '../../../strings.ts';
import { widgetBase } from '../../../widget-base.ts';
import type { ModelView } from '../model-status.ts';
import { waitsForGoAhead } from '../../aisle-model-status/waits-for-go-ahead.ts';
import { downloadsAgreed, withDownloadProgress } from '../../aisle-model-status/status-downloads.ts';
import { ModelsDeclined } from './models-declined.ts';
import { PageSuggestions } from './page-suggestions.ts';

/** What the connection reads from the element: its attributes, strings, and where failures go. */
export interface EngineConnectionHost extends ReactiveControllerHost, HTMLElement {
  modelHost?: string;
  catalog?: string;
  index?: string;
  faq?: string;
  contact?: string;
  models: 'auto' | 'off';
  /** Downloads above this many MB wait for the shopper's go-ahead (the engine's default when unset). */
  askAboveMb?: number;
  answerPhrasing: 'auto' | 'generated' | 'template';
  /** Seconds a model download may receive nothing before it is dropped (`download-stall`). */
  downloadStall?: number;
  readonly strings: UiStrings;
  readonly uiLang: 'en' | 'zh';
  /** The language the shopper writes in (suggested questions are asked for in it). */
  readonly shopperLang: 'en' | 'zh';
  /** Tells the shopper (error event + console) that something failed. */
  report(message: string, error: unknown): void;
}

/**
 * The element's link to the engine: starts the worker client, loads the catalog (the page's products,
 * a feed, or a prebuilt index), the shop's policies and the page product's suggested questions, and
 * prepares the models on first open (their progress and status, and the shopper's saveData consent).
 * `onModelsReady` runs once the embedding model is ready, so the results on screen can be redone.
 */
export class EngineConnection implements ReactiveController {
  client?: EngineClient;
  productCount = 0;
  catalogLoaded = false;
  /** The product this page is about: the one Product of its JSON-LD, if any. */
  pageProduct?: Product;
  /** Suggested questions for the page product, in the shopper's language (none until they arrive: see `suggestIn`). */
  get suggestions(): string[] {
    return this.suggested.in(this.host.shopperLang);
  }
  private readonly suggested = new PageSuggestions(() => this.host.requestUpdate());
  model: ModelView = { state: 'idle' };
  /** The engine's model status when it needs the shopper (a go-ahead to download, storage), and while the background downloads they agreed to run. */
  modelsWaiting?: EngineStatus;
  /** The shopper answered "Not now" to the download in this session (sessionStorage): not asked again. */
  get modelsDeclined(): boolean {
    return this.decline.declined;
  }
  private readonly decline = new ModelsDeclined();
  /** Settles once the shop's policies are read, so a store question never meets half of them. */
  policiesLoaded?: Promise<void>;
  started = false;
  private modelsStarted = false;
  /** prepareModels is running (e.g. a download the shopper agreed to, with its progress). */
  private preparing = false;
  private catalogPending?: Promise<boolean>;
  /** Counts catalog loads, so a page read that a `setProducts()` overtook does not load after it. */
  private loads = 0;
  private recordsLoading?: Promise<number>;
  /** Whether a script's records (setProducts) replaced the page's catalog. */
  private recordsSet = false;

  constructor(private readonly host: EngineConnectionHost, private readonly onModelsReady: () => void) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.client?.dispose();
    this.client = undefined;
    this.started = false;
  }

  ensureClient(): EngineClient {
    const modelHost = new URL(this.host.modelHost ?? 'models/', widgetBase()).href;
    const askAbove = this.host.askAboveMb;
    const askAboveBytes = typeof askAbove === 'number' && askAbove >= 0 ? { askAboveBytes: askAbove * 1e6 } : {};
    const stall = this.host.downloadStall;
    const downloadStallMs = stall !== undefined && Number.isFinite(stall) && stall > 0 ? stall * 1000 : undefined;
    this.client ??= new EngineClient({ modelHost, models: this.host.models !== 'off', answerPhrasing: this.host.answerPhrasing, downloadStallMs, ...askAboveBytes }, {
      // One aisle-error per fault; without a worker the status says, once, that the light path answers on the page.
      onFault: (fault) => {
        if (fault.kind === 'in-page') this.setModel({ state: 'page' });
        this.host.report(fault.kind === 'in-page' ? this.host.strings.modelInPage : this.host.strings.engineRestarted, fault.error);
      },
    });
    return this.client;
  }

  /** Loads the catalog, then prepares the models if the panel is showing by then. */
  async start(showing: () => boolean): Promise<void> {
    this.started = true;
    if (this.host.models === 'off') this.setModel({ state: 'off' });
    await this.loadCatalog();
    if (showing()) void this.startModels();
  }

  /** Replaces the catalog with records from JS; the engine reads them like feed records. */
  async setProducts(records: ProductRecord[]): Promise<number> {
    this.loads++;
    const loading = this.ensureClient().load(records).then(({ count }) => count);
    this.recordsLoading = loading.catch(() => this.productCount);
    this.recordsSet = true;
    const count = await loading;
    this.productCount = count;
    this.catalogLoaded = true;
    this.host.requestUpdate();
    void this.showPageProduct(this.pageProduct);
    return count;
  }

  /** Loads the catalog once at a time: a search during a load waits for it instead of loading again. */
  loadCatalog(): Promise<boolean> {
    this.catalogPending ??= this.readCatalog().finally(() => (this.catalogPending = undefined));
    return this.catalogPending;
  }

  /** True once a catalog is loaded (loading it now if needed). */
  async ready(): Promise<boolean> {
    return this.catalogLoaded || this.loadCatalog();
  }

  /** Records what the shopper did (kept on this device); never throws. */
  async record(event: ShopperEvent): Promise<HistoryEntry | undefined> {
    try {
      return await this.ensureClient().record(event);
    } catch (error) {
      console.warn(`aisle: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  private async readCatalog(): Promise<boolean> {
    const client = this.ensureClient();
    const doc = this.host.ownerDocument;
    // In slices: a page with thousands of products never makes a long task of the widget's.
    const load = ++this.loads;
    // Blocks too large to parse on the page's thread are read in the worker (Engine.readJsonLd), their policies too.
    const { products, warnings, pageProductId, largeBlockPolicies } = await readPageCatalogInSlices(doc, (blocks, options) => client.readJsonLd(blocks, { ...options, policies: true }));
    // Taken off the page while it was read: nothing to load into (or, put back since, the new client's turn).
    if (this.client !== client) return this.client ? this.readCatalog() : false;
    warnings.forEach((w) => console.warn(`aisle: ${w}`));
    try {
      if (load !== this.loads) {
        // setProducts() ran while the page was read: its records are the catalog.
        this.productCount = (await this.recordsLoading) ?? this.productCount;
      } else if (this.host.index) {
        this.productCount = await client.loadIndex(new URL(this.host.index, doc.baseURI).href);
      } else {
        const feed = this.host.catalog ? new URL(this.host.catalog, doc.baseURI).href : undefined;
        const { count, skipped } = await client.load(products, feed);
        skipped.forEach((s) => console.warn(`aisle: catalog feed ${s}`));
        this.productCount = count;
      }
      this.catalogLoaded = true;
      this.host.requestUpdate();
      this.host.dispatchEvent(new AisleReadyEvent(this.productCount));
      // A product page (one main Product in its JSON-LD) is a product view for the shopper's history.
      // A catalog set by setProducts() meanwhile holds it only if the script's records do (showPageProduct checks).
      const pageProduct = products.find((p) => p.id === pageProductId);
      if (pageProduct && load === this.loads) void this.record({ type: 'view', productId: pageProduct.id, title: pageProduct.title });
      void this.showPageProduct(pageProduct);
      this.policiesLoaded = this.loadPolicies(largeBlockPolicies);
      return true;
    } catch (error) {
      this.catalogLoaded = false;
      this.host.requestUpdate();
      this.host.report(this.host.strings.errorCatalog, error);
      return false;
    }
  }

  /** The shop's policies (FAQPage JSON-LD, offer policies, the `faq` file) for store questions. */
  private async loadPolicies(largeBlocks?: PagePolicies): Promise<void> {
    const doc = this.host.ownerDocument;
    const source = storePolicySource(doc, { faq: this.host.faq, contact: this.host.contact }, await readPagePoliciesInSlices(doc, { skipLarge: true, largeBlocks }));
    source.warnings.forEach((w) => console.warn(`aisle: ${w}`));
    try {
      const { warnings } = await this.ensureClient().loadStorePolicies({ entries: source.entries, faqUrl: source.faqUrl, contact: source.contact });
      warnings?.forEach((w: string) => console.warn(`aisle: ${w}`));
    } catch (error) {
      console.warn('aisle: store policies could not be read', error);
    }
  }

  /**
   * The page's product and its suggested questions, while it is in the loaded catalog: a setProducts()
   * that replaces the page's catalog keeps it only if its records hold it (the engine says no product
   * with that id otherwise), else there is none and no questions are suggested.
   */
  private async showPageProduct(product: Product | undefined): Promise<void> {
    const load = this.loads;
    const fromPage = !this.recordsSet;
    this.pageProduct = product;
    this.suggested.reset();
    if (!product) return;
    const lang = this.host.shopperLang;
    const client = this.ensureClient();
    try {
      await this.suggested.ask(lang, () => client.suggestQuestions(product.id, lang));
    } catch (error) {
      if (load !== this.loads) return;
      // The page's own catalog holds it: the engine failed, the page product stays. A script's records do not hold it: none.
      if (fromPage) return void console.warn('aisle: no suggested questions', error);
      this.pageProduct = undefined;
      this.host.requestUpdate();
      return;
    }
  }

  /** Asks for the page product's suggested questions in `lang` (the shopper's), unless they are here or on their way. */
  suggestIn(lang: 'en' | 'zh'): void {
    const { pageProduct: product, client } = this;
    if (product && client) this.suggested.ask(lang, () => client.suggestQuestions(product.id, lang)).catch((error) => console.warn('aisle: no suggested questions', error));
  }

  /** "Not now" to the model download: the light path answers, and this session does not ask again. */
  declineModels(): void {
    this.decline.declined = true;
    this.host.requestUpdate();
  }

  /**
   * Prepares the models (once; again when the shopper agrees to a download that waited for it). A
   * go-ahead for models that waited while search's is ready (the re-ranker, review insights) keeps
   * the model status up, its rows showing their downloads until they are loaded.
   */
  async startModels(consent = false): Promise<void> {
    if (!this.started || (this.modelsStarted && !consent) || this.host.models === 'off' || !this.client) return;
    this.modelsStarted = true;
    if (consent && this.modelsDeclined) this.decline.declined = false;
    const background = consent && this.model.state === 'ready' && this.modelsWaiting ? downloadsAgreed(this.modelsWaiting) : undefined;
    this.modelsWaiting = background;
    // Only a page (not a worker) may ask the browser to keep the model cache when storage runs low.
    void this.client.requestPersistentStorage();
    this.setModel(background ? this.model : { state: 'loading', percent: 0, loadedBytes: 0, totalBytes: 0 });
    let status: EngineStatus | undefined;
    this.preparing = true;
    try {
      status = await this.client.prepareModels((p: ModelProgress) => {
        if (p.status === 'progress' && this.modelsWaiting && p.task in this.modelsWaiting.models && p.task !== 'embeddings') {
          this.modelsWaiting = withDownloadProgress(this.modelsWaiting, p); // a background model's row in the model status
          this.host.requestUpdate();
        } else if (p.status === 'progress') {
          // The runtime's wasm, then the search model: each says what it is and counts its own bytes.
          const part = p.task === 'runtime' ? 'runtime' : 'model';
          this.setModel({ state: 'loading', percent: Math.round(p.progress), loadedBytes: p.loadedBytes, totalBytes: p.totalBytes, part });
        }
        this.host.dispatchEvent(new AisleModelProgressEvent(p));
      }, { saveDataConsent: consent });
    } catch (error) {
      console.error('aisle: models', error);
    }
    this.preparing = false;
    this.modelsWaiting = undefined;
    const embeddings = status?.models.embeddings;
    if (this.client?.inPage) return this.setModel({ state: 'page' });
    if (embeddings?.state === 'idle' && embeddings.reason) {
      // Waiting for the shopper's go-ahead (size, a saveData or slow connection) or for storage: the light path answers meanwhile.
      this.modelsWaiting = status;
      this.setModel({ state: 'waiting' });
      return;
    }
    // A background model (review insights, the re-ranker) may wait for a go-ahead while search's is ready: the model status asks.
    if (status && Object.values(status.models).some(waitsForGoAhead)) this.modelsWaiting = status;
    this.setModel(embeddings?.state === 'ready' ? { state: 'ready' } : { state: 'error' });
    if (this.model.state === 'ready') this.onModelsReady();
  }

  /**
   * After a product question: the model it started in the background (the Q&A re-ranker) may wait for
   * a go-ahead, and the model status then asks for it (after "Not now", it keeps its Download button).
   */
  async showWaitingModels(): Promise<void> {
    const client = this.client;
    if (!client || client.inPage || this.model.state !== 'ready') return;
    const status = await client.status().catch(() => undefined);
    // Nothing changes while a download the shopper agreed to runs (startModels shows it), or on another engine.
    if (!status || this.client !== client || this.model.state !== 'ready' || this.preparing || !Object.values(status.models).some(waitsForGoAhead)) return;
    this.modelsWaiting = status;
    this.host.requestUpdate();
  }

  private setModel(model: ModelView): void {
    this.model = model;
    this.host.requestUpdate();
  }
}
