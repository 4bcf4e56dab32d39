import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { EngineStatus, ModelProgress, SearchHit, SearchResponse } from '../../../workers/engine-api.ts';
import type { Product } from '../../../workers/catalog/product.ts';
import { readPageCatalog } from '../../catalog/read-page-catalog.ts';
import { EngineClient } from '../../engine-client.ts';
import {
  AisleAddToCartEvent, AisleErrorEvent, AisleModelProgressEvent, AisleProductOpenEvent, AisleReadyEvent,
} from '../../events.ts';
import { formatPrice } from '../../format.ts';
import type { AisleFilterRemoveEvent } from '../aisle-filter-chips/aisle-filter-remove-event.ts';
import { safeUrl } from '../../safe-url.ts';
import { stringsFor, type UiStrings } from '../../strings.ts';
import { widgetBase } from '../../widget-base.ts';
import { styles } from './aisle-assistant.styles.ts';

type ModelView = { state: 'idle' } | { state: 'loading'; percent: number } | { state: 'ready' } | { state: 'error' };

/**
 * The shopping assistant: a launcher that opens a panel where the shopper searches the shop's
 * catalog. Every model runs in a worker on the shopper's device.
 *
 * @event aisle-ready - the catalog is indexed; `products` is its size
 * @event aisle-add-to-cart - cancelable; `product` is what the shopper added
 * @event aisle-product-open - cancelable; `product` is what the shopper opened
 * @event aisle-model-progress - model download and compile progress
 * @event aisle-error - something failed; `message` is what the shopper was told
 * @csspart launcher - the button that opens the panel
 * @csspart panel - the open panel
 * @csspart card - one product card
 * @csspart filters - the <aisle-filter-chips> showing what the search was read as
 * @cssproperty --aisle-accent - accent colour (buttons, focus)
 * @cssproperty --aisle-surface - panel background
 * @cssproperty --aisle-text - text colour
 * @cssproperty --aisle-radius - corner radius
 * @cssproperty --aisle-font - font family
 */
export class AisleAssistant extends LitElement {
  static override styles = styles;

  /** Base URL of the model files and their manifest.json; default: models/ beside aisle.js. */
  @property({ attribute: 'model-host' }) modelHost?: string;
  /** URL of a catalog feed (JSON array or JSON Lines), read in addition to the page's JSON-LD. */
  @property() catalog?: string;
  /** URL of a prebuilt search index folder (`npx aisle index build`); used instead of the page's products. */
  @property() index?: string;
  /** Whether the panel is open. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** `floating` (launcher + overlay panel) or `inline` (the panel sits in the page flow, always open). */
  @property({ reflect: true }) mode: 'floating' | 'inline' = 'floating';
  /** `off` keeps to the light path: no model is ever downloaded. */
  @property() models: 'auto' | 'off' = 'auto';
  /** `light`, `dark`, or unset to follow the system. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private queryText = '';
  @state() private response?: SearchResponse;
  @state() private model: ModelView = { state: 'idle' };
  @state() private productCount = 0;
  @state() private failure?: string;
  /** Intent chips the shopper removed for the current query text. */
  private ignoredChips: string[] = [];
  @query('input[type="search"]') private input?: HTMLInputElement;

  private client?: EngineClient;
  private searchSeq = 0;
  private debounce?: ReturnType<typeof setTimeout>;
  private modelsStarted = false;

  private get t(): UiStrings {
    return stringsFor(this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.client?.dispose();
    this.client = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) {
      void this.startModels();
      this.updateComplete.then(() => this.input?.focus());
    }
  }

  /** Replaces the catalog from JS (apps that have their products in memory). */
  async setProducts(products: Product[]): Promise<number> {
    const client = this.ensureClient();
    const { count } = await client.load(products);
    this.productCount = count;
    return count;
  }

  /** Runs a search as if the shopper typed it. */
  async search(text: string): Promise<SearchResponse | undefined> {
    this.queryText = text;
    return this.runSearch(text);
  }

  private ensureClient(): EngineClient {
    const modelHost = new URL(this.modelHost ?? 'models/', widgetBase()).href;
    this.client ??= new EngineClient({ modelHost, models: this.models !== 'off' });
    return this.client;
  }

  private async start(): Promise<void> {
    const client = this.ensureClient();
    const { products, warnings } = readPageCatalog(this.ownerDocument);
    warnings.forEach((w) => console.warn(`aisle: ${w}`));
    try {
      if (this.index) {
        this.productCount = await client.loadIndex(new URL(this.index, this.ownerDocument.baseURI).href);
      } else {
        const feed = this.catalog ? new URL(this.catalog, this.ownerDocument.baseURI).href : undefined;
        const { count, skipped } = await client.load(products, feed);
        skipped.forEach((s) => console.warn(`aisle: catalog feed ${s}`));
        this.productCount = count;
      }
      this.dispatchEvent(new AisleReadyEvent(this.productCount));
    } catch (error) {
      this.fail(error);
    }
    if (this.open || this.mode === 'inline') void this.startModels();
  }

  private async startModels(): Promise<void> {
    if (this.modelsStarted || this.models === 'off' || !this.client) return;
    this.modelsStarted = true;
    this.model = { state: 'loading', percent: 0 };
    const status: EngineStatus = await this.client.prepareModels((p: ModelProgress) => {
      if (p.status === 'progress') this.model = { state: 'loading', percent: Math.round(p.progress) };
      this.dispatchEvent(new AisleModelProgressEvent(p));
    });
    const embeddings = status.models.embeddings;
    this.model = embeddings?.state === 'ready' ? { state: 'ready' } : { state: 'error' };
    if (this.queryText.trim()) void this.runSearch(this.queryText);
  }

  private onInput(event: InputEvent): void {
    this.queryText = (event.target as HTMLInputElement).value;
    this.ignoredChips = [];
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.runSearch(this.queryText), 120);
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    clearTimeout(this.debounce);
    void this.runSearch(this.queryText);
  }

  private async runSearch(text: string): Promise<SearchResponse | undefined> {
    const seq = ++this.searchSeq;
    if (!text.trim()) {
      this.response = undefined;
      return undefined;
    }
    try {
      const response = await this.ensureClient().search(text, 10, this.ignoredChips);
      if (seq !== this.searchSeq) return response;
      this.failure = undefined;
      this.response = response;
      return response;
    } catch (error) {
      if (seq === this.searchSeq) this.fail(error);
      return undefined;
    }
  }

  private onFilterRemove(event: AisleFilterRemoveEvent): void {
    this.ignoredChips = [...this.ignoredChips, event.chip.id];
    void this.runSearch(this.queryText);
  }

  private fail(error: unknown): void {
    this.failure = this.t.error;
    this.dispatchEvent(new AisleErrorEvent(this.t.error, error));
    console.error('aisle:', error);
  }

  private addToCart(product: Product): void {
    this.dispatchEvent(new AisleAddToCartEvent(product));
  }

  private openProduct(event: MouseEvent, product: Product): void {
    if (!this.dispatchEvent(new AisleProductOpenEvent(product))) event.preventDefault();
  }

  private close(): void {
    this.open = false;
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.launcher')?.focus());
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.mode !== 'inline') this.close();
  }

  override render() {
    const t = this.t;
    if (!this.open && this.mode !== 'inline') {
      return html`<button class="launcher" part="launcher" aria-haspopup="dialog" @click=${() => (this.open = true)}>
        ${t.launcher}
      </button>`;
    }
    return html`
      <section class="panel" part="panel" role=${this.mode === 'inline' ? 'region' : 'dialog'} aria-label=${t.title}
        @keydown=${this.onKeydown}>
        <header>
          <h2>${t.title}</h2>
          ${this.mode === 'inline' ? nothing : html`<button class="icon-button" aria-label=${t.close} @click=${this.close}>×</button>`}
        </header>
        ${this.renderStatus(t)}
        <form role="search" @submit=${this.onSubmit}>
          <label class="sr-only" for="q">${t.searchLabel}</label>
          <input id="q" type="search" autocomplete="off" .value=${this.queryText} placeholder=${t.searchPlaceholder}
            @input=${this.onInput} />
        </form>
        <div class="results" aria-live="polite">${this.renderResults(t)}</div>
        <footer>${t.privacy}</footer>
      </section>
    `;
  }

  private renderStatus(t: UiStrings) {
    const m = this.model;
    if (m.state === 'loading') {
      return html`<div class="status" part="status"><span>${t.modelLoading(m.percent)}</span>
        <progress max="100" .value=${m.percent} aria-label=${t.modelLoading(m.percent)}></progress></div>`;
    }
    const line = m.state === 'ready' ? t.modelReady : m.state === 'error' ? t.modelError : t.modelOff;
    return html`<div class="status" part="status">${line}</div>`;
  }

  private renderResults(t: UiStrings) {
    if (this.failure) return html`<p class="error" role="alert">${this.failure}
      <button class="icon-button" @click=${() => this.runSearch(this.queryText)}>${t.retry}</button></p>`;
    if (!this.productCount) return html`<p class="empty">${t.catalogEmpty}</p>`;
    const r = this.response;
    if (!r) return nothing;
    const chips = html`<aisle-filter-chips part="filters" .chips=${r.intent?.chips ?? []} @aisle-filter-remove=${this.onFilterRemove}></aisle-filter-chips>`;
    if (!r.hits.length) return html`${chips}<p class="empty">${t.noResults}</p>`;
    return html`${chips}
      <div class="summary"><span>${t.results(r.hits.length)}</span>
        <span class="path" data-source=${r.source}>${r.source === 'model' ? t.pathModel : t.pathLexical}</span></div>
      <ul class="results-list" style="list-style:none;margin:0;padding:0">
        ${r.hits.map((hit) => this.renderCard(hit, t))}
      </ul>`;
  }

  private renderCard(hit: SearchHit, t: UiStrings) {
    const p = hit.product;
    const href = safeUrl(p.url);
    const image = safeUrl(p.image);
    return html`<li class="card" part="card" data-product-id=${p.id}>
      ${image ? html`<img src=${image} alt="" loading="lazy" />` : html`<span aria-hidden="true"></span>`}
      <div>
        <h3>${p.title}</h3>
        <p class="meta"><span class="price">${formatPrice(p.price, p.currency)}</span>
          ${p.rating !== undefined ? html` · <span aria-label=${t.rating(p.rating)}>★ ${p.rating.toFixed(1)}</span>` : nothing}
          ${p.brand ? html` · ${p.brand}` : nothing}</p>
        ${hit.why.length ? html`<p class="why">${hit.why.join(' · ')}</p>` : nothing}
        <div class="actions">
          ${href ? html`<a href=${href} @click=${(e: MouseEvent) => this.openProduct(e, p)}>${t.viewProduct}</a>` : nothing}
          <button @click=${() => this.addToCart(p)}>${t.addToCart}</button>
        </div>
      </div>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aisle-assistant': AisleAssistant;
  }
}
