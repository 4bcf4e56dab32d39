import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type {
  AnswerSource, EngineStatus, HistoryEntry, HistorySettings, ModelProgress, Product, RecommendRequest, RecommendResponse,
  SearchResponse, ShopperEvent,
} from '../../../workers/engine-api.ts';
import { readPageCatalog } from '../../catalog/read-page-catalog.ts';
import { EngineClient } from '../../engine-client.ts';
import {
  AisleAddToCartEvent, AisleErrorEvent, AisleModelProgressEvent, AisleProductOpenEvent, AisleReadyEvent,
} from '../../events.ts';
import { stringsFor, type UiStrings } from '../../strings.ts';
import { widgetBase } from '../../widget-base.ts';
import { styles } from './aisle-assistant.styles.ts';
import { maxCompare } from './compare-rows.ts';
import { turnId, type Evidence, type Reply, type Turn } from './conversation.ts';
import { ConversationStore } from './conversation-store.ts';
import { deepActiveElement, trapTab } from './focus-trap.ts';
import { modelStatus, type ModelView } from './model-status.ts';
import type { ReplyContext } from './reply-context.ts';
import { renderReply } from './reply-renderers.ts';
import './feature-replies.ts';
import type { AisleFilterRemoveEvent } from '../aisle-filter-chips/aisle-filter-remove-event.ts';
import { asksForReviews } from './review-intent.ts';
import { recommendationIntent } from '../../recommend/recommend-intent.ts';
import { storePolicySource } from '../../store/read-page-policies.ts';

/**
 * The shopping assistant: a launcher that opens a chat panel (or an inline panel) where the
 * shopper searches and asks about the shop's catalog. Each exchange is a turn; each reply kind
 * (results, answer, compare, error, …) has its own renderer. Every model runs in a worker on the
 * shopper's device; the conversation stays in the tab's sessionStorage.
 *
 * @event aisle-ready - the catalog is indexed; `products` is its size
 * @event aisle-add-to-cart - cancelable; `product` is what the shopper added
 * @event aisle-product-open - cancelable; `product` is what the shopper opened
 * @event aisle-model-progress - model download and compile progress
 * @event aisle-error - something failed; `message` is what the shopper was told
 * @csspart launcher - the button that opens the panel
 * @csspart panel - the open panel
 * @csspart header - the panel's title bar
 * @csspart status - the model status area; `progress` is its progress bar
 * @csspart messages - the conversation list
 * @csspart ask - one shopper message bubble
 * @csspart reply - one assistant reply
 * @csspart card - one product card (`card-image`, `add-to-cart`, `open-button`, `compare-toggle` inside)
 * @csspart compare - the compare table
 * @csspart compare-bar - the bar that shows picked products
 * @csspart composer - the form with the text box
 * @csspart input - the text box
 * @csspart error - an error reply (`retry-button` inside)
 * @cssproperty --aisle-accent - accent colour (buttons, focus ring)
 * @cssproperty --aisle-accent-text - text on the accent colour
 * @cssproperty --aisle-surface - panel background
 * @cssproperty --aisle-text - text colour
 * @cssproperty --aisle-muted - secondary text colour
 * @cssproperty --aisle-border - border colour
 * @cssproperty --aisle-card - card and bubble background
 * @cssproperty --aisle-radius - corner radius
 * @cssproperty --aisle-font - font family
 * @cssproperty --aisle-panel-width - floating panel width
 * @cssproperty --aisle-panel-height - floating panel height
 * @cssproperty --aisle-offset - distance of launcher and panel from the viewport edges
 * @cssproperty --aisle-z - stacking order of the floating parts
 */
export class AisleAssistant extends LitElement {
  static override styles = styles;

  /** Base URL of the model files and their manifest.json; default: models/ beside aisle.js. */
  @property({ attribute: 'model-host' }) modelHost?: string;
  /** URL of a catalog feed (JSON array or JSON Lines), read in addition to the page's JSON-LD. */
  @property() catalog?: string;
  /** Whether the panel is open. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** `floating` (launcher + overlay panel) or `inline` (the panel sits in the page flow, always open). */
  @property({ reflect: true }) mode: 'floating' | 'inline' = 'floating';
  /** `off` keeps to the light path: no model is ever downloaded. */
  @property() models: 'auto' | 'off' = 'auto';
  /**
   * Who words product answers: `template`, `generated` (the manifest's LLM, downloaded on the first
   * product question, each sentence checked against the evidence), or `auto` (default: the LLM only
   * once something else loaded it).
   */
  @property({ attribute: 'answer-phrasing' }) answerPhrasing: 'auto' | 'generated' | 'template' = 'auto';
  /** `light`, `dark`, or unset to follow the system. */
  @property({ reflect: true }) theme?: 'light' | 'dark';
  /** `right` (default) or `left`: the corner of the floating launcher and panel. */
  @property({ reflect: true }) position: 'right' | 'left' = 'right';
  /** URL of a prebuilt search index folder (`npx aisle index build`); used instead of the page's products. */
  @property() index?: string;
  /** URL of the shop's FAQ file (JSON or Markdown, see the README), read with the page's FAQPage JSON-LD. */
  @property() faq?: string;
  /** Where shoppers reach a person (order status, payment problems); the assistant links it, never pretends. */
  @property() contact?: string;
  /** sessionStorage key of the conversation; pages sharing a key share the conversation. */
  @property({ attribute: 'storage-key' }) storageKey = 'aisle-conversation';

  @state() private turns: Turn[] = [];
  /** Whether the shopper's history panel (see, delete, clear, switch off) is shown. */
  @state() private showHistory = false;
  /** Suggested questions for the product this page is about. */
  @state() private suggestions: string[] = [];
  /** The engine's last model status, when it needs the shopper (saveData consent, storage). */
  @state() private modelsWaiting?: EngineStatus;
  /** Settles once the shop's policies are read, so a store question never meets half of them. */
  private policiesLoaded?: Promise<void>;
  /** The product this page is about: the one Product of its JSON-LD, if any. */
  private pageProductId?: string;
  /** Intent chips the shopper removed for the current query text. */
  private ignoredChips: string[] = [];
  @state() private draft?: Turn;
  @state() private queryText = '';
  @state() private model: ModelView = { state: 'idle' };
  @state() private productCount = 0;
  @state() private catalogLoaded = false;
  @state() private picks: Product[] = [];
  @state() private announcement = '';
  @query('#aisle-input') private input?: HTMLTextAreaElement;
  @query('.panel') private panel?: HTMLElement;
  @query('.messages') private messages?: HTMLElement;

  private client?: EngineClient;
  private store = new ConversationStore();
  private requestSeq = 0;
  private debounce?: ReturnType<typeof setTimeout>;
  private modelsStarted = false;
  private started = false;
  private langObserver?: MutationObserver;
  private catalogPending?: Promise<boolean>;

  /** The language the UI speaks: the element's or nearest ancestor's `lang`, else `<html lang>`. */
  get uiLanguage(): string {
    return this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
  }

  private get t(): UiStrings {
    return stringsFor(this.uiLanguage);
  }

  /** The conversation so far (a copy). */
  get conversation(): readonly Turn[] {
    return [...this.turns];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.store = new ConversationStore(this.storageKey);
    this.turns = this.store.load();
    this.langObserver = new MutationObserver(() => this.requestUpdate());
    this.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    this.langObserver.observe(this, { attributes: true, attributeFilter: ['lang'] });
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langObserver?.disconnect();
    clearTimeout(this.debounce);
    this.client?.dispose();
    this.client = undefined;
    this.started = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('open') && this.open && this.started) void this.startModels();
  }

  protected override updated(changed: PropertyValues): void {
    // The floating parts live in the top layer: no transform, filter or overflow of the page moves or clips them.
    this.renderRoot.querySelectorAll<HTMLElement>('[popover]:not(:popover-open)').forEach((e) => e.isConnected && e.showPopover?.());
    if (changed.has('open') && this.open) {
      this.input?.focus();
      this.scrollToEnd();
    }
    if (changed.has('catalog') && this.started && changed.get('catalog') !== undefined) void this.loadCatalog();
    if (changed.has('turns') || changed.has('draft')) this.scrollToEnd();
    // The compare bar takes room from the list: keep the control the shopper just used in view.
    if (changed.has('picks')) (this.shadowRoot?.activeElement as HTMLElement | null)?.scrollIntoView({ block: 'nearest' });
  }

  /** Replaces the catalog from JS (apps that have their products in memory). */
  async setProducts(products: Product[]): Promise<number> {
    const { count } = await this.ensureClient().load(products);
    this.productCount = count;
    this.catalogLoaded = true;
    return count;
  }

  /** Sends `text` as if the shopper typed it and pressed Enter; resolves with the results. */
  async search(text: string): Promise<SearchResponse | undefined> {
    this.queryText = text;
    return this.submit(text);
  }

  /** Adds a turn (for apps and features that produce their own replies); returns its id. */
  addTurn(ask: string, reply: Reply): string {
    const turn: Turn = { id: turnId(), ask, reply, at: Date.now() };
    this.turns = [...this.turns, turn];
    this.settled(turn);
    return turn.id;
  }

  /** Replaces the reply of a turn, e.g. as an answer streams in. */
  updateTurn(id: string, reply: Reply): void {
    this.turns = this.turns.map((t) => (t.id === id ? { ...t, reply } : t));
    const turn = this.turns.find((t) => t.id === id);
    if (turn) this.settled(turn);
  }

  /**
   * Streams an answer into a new turn: each token is appended as it arrives (screen readers hear
   * the whole answer once it is complete). Resolves with the full text; a failure becomes an error
   * reply with a retry.
   */
  async streamAnswer(ask: string, tokens: AsyncIterable<string>, meta: { source: AnswerSource; evidence?: Evidence[] }): Promise<string> {
    let text = '';
    const id = this.addTurn(ask, { kind: 'answer', text, source: meta.source, streaming: true });
    try {
      for await (const token of tokens) {
        text += token;
        this.updateTurn(id, { kind: 'answer', text, source: meta.source, streaming: true });
      }
      this.updateTurn(id, { kind: 'answer', text, source: meta.source, evidence: meta.evidence });
    } catch (error) {
      this.report(this.t.error, error);
      this.updateTurn(id, { kind: 'error', message: this.t.error, retryText: ask });
    }
    return text;
  }

  /** Forgets the conversation, here and in session storage. */
  clearConversation(): void {
    this.requestSeq++;
    this.turns = [];
    this.draft = undefined;
    this.picks = [];
    this.store.clear();
    this.announce(this.t.cleared);
    this.input?.focus();
  }

  /**
   * Records what the shopper did, kept on this device only (the shop's own add-to-cart buttons,
   * its order-confirmation page). Never throws: a malformed event is a console warning.
   */
  async record(event: ShopperEvent): Promise<HistoryEntry | undefined> {
    try {
      return await this.ensureClient().record(event);
    } catch (error) {
      console.warn(`aisle: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  /** Similar items, goes-well-with or for-you, from the shopper's own history (see <aisle-recommendations>). */
  async recommend(request: RecommendRequest): Promise<RecommendResponse> {
    if (!this.catalogLoaded) await this.loadCatalog();
    return this.ensureClient().recommend(request);
  }

  /** The shopper's kept history, newest first. */
  history(): Promise<HistoryEntry[]> {
    return this.ensureClient().history();
  }

  /** Deletes one history entry, or all of them. */
  forgetHistory(id?: number): Promise<void> {
    return this.ensureClient().forgetHistory(id);
  }

  /** Switches history recording on or off; the choice persists. */
  setHistoryEnabled(on: boolean): Promise<HistorySettings> {
    return this.ensureClient().setHistoryEnabled(on);
  }

  /** Whether history recording is on, and its limits. */
  historySettings(): Promise<HistorySettings> {
    return this.ensureClient().historySettings();
  }

  private ensureClient(): EngineClient {
    const modelHost = new URL(this.modelHost ?? 'models/', widgetBase()).href;
    this.client ??= new EngineClient({ modelHost, models: this.models !== 'off', answerPhrasing: this.answerPhrasing }, {
      // One aisle-error per fault; without a worker the status says, once, that the light path answers on the page.
      onFault: (fault) => {
        if (fault.kind === 'in-page') this.model = { state: 'page' };
        this.report(fault.kind === 'in-page' ? this.t.modelInPage : this.t.engineRestarted, fault.error);
      },
    });
    return this.client;
  }

  private async start(): Promise<void> {
    this.started = true;
    if (this.models === 'off') this.model = { state: 'off' };
    await this.loadCatalog();
    if (this.open || this.mode === 'inline') void this.startModels();
  }

  /** Loads the catalog once at a time: a search during a load waits for it instead of loading again. */
  private loadCatalog(): Promise<boolean> {
    this.catalogPending ??= this.readCatalog().finally(() => (this.catalogPending = undefined));
    return this.catalogPending;
  }

  private async readCatalog(): Promise<boolean> {
    const client = this.ensureClient();
    const { products, warnings, pageProductId } = readPageCatalog(this.ownerDocument);
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
      const count = this.productCount;
      this.catalogLoaded = true;
      this.dispatchEvent(new AisleReadyEvent(count));
      // A product page (one main Product in its JSON-LD) is a product view for the shopper's history.
      const pageProduct = products.find((p) => p.id === pageProductId);
      if (pageProduct) {
        this.pageProductId = pageProduct.id;
        void this.record({ type: 'view', productId: pageProduct.id, title: pageProduct.title });
        void this.loadSuggestions(pageProduct.id);
      }
      this.policiesLoaded = this.loadPolicies();
      return true;
    } catch (error) {
      this.catalogLoaded = false;
      this.report(this.t.errorCatalog, error);
      return false;
    }
  }

  /** The shop's policies (FAQPage JSON-LD, offer policies, the `faq` file) for store questions. */
  private async loadPolicies(): Promise<void> {
    const source = storePolicySource(this.ownerDocument, { faq: this.faq, contact: this.contact });
    source.warnings.forEach((w) => console.warn(`aisle: ${w}`));
    try {
      const { warnings } = await this.ensureClient().loadStorePolicies({ entries: source.entries, faqUrl: source.faqUrl, contact: source.contact });
      warnings?.forEach((w: string) => console.warn(`aisle: ${w}`));
    } catch (error) {
      console.warn('aisle: store policies could not be read', error);
    }
  }

  private async loadSuggestions(productId: string): Promise<void> {
    try {
      this.suggestions = await this.ensureClient().suggestQuestions(productId, this.t === stringsFor('zh') ? 'zh' : 'en');
    } catch (error) {
      console.warn('aisle: no suggested questions', error);
    }
  }

  private async startModels(consent = false): Promise<void> {
    if ((this.modelsStarted && !consent) || this.models === 'off' || !this.client) return;
    this.modelsStarted = true;
    this.modelsWaiting = undefined;
    // Only a page (not a worker) may ask the browser to keep the model cache when storage runs low.
    void this.client.requestPersistentStorage();
    this.model = { state: 'loading', percent: 0, loadedBytes: 0, totalBytes: 0 };
    let status: EngineStatus | undefined;
    try {
      status = await this.client.prepareModels((p: ModelProgress) => {
        if (p.status === 'progress') {
          this.model = { state: 'loading', percent: Math.round(p.progress), loadedBytes: p.loadedBytes, totalBytes: p.totalBytes };
        }
        this.dispatchEvent(new AisleModelProgressEvent(p));
      }, { saveDataConsent: consent });
    } catch (error) {
      console.error('aisle: models', error);
    }
    const embeddings = status?.models.embeddings;
    if (this.client?.inPage) return void (this.model = { state: 'page' });
    if (embeddings?.state === 'idle' && embeddings.reason) {
      // Waiting for the shopper (a saveData connection) or for storage: the light path answers meanwhile.
      this.modelsWaiting = status;
      this.model = { state: 'off' };
      return;
    }
    this.model = embeddings?.state === 'ready' ? { state: 'ready' } : { state: 'error' };
    if (this.model.state === 'ready') void this.upgradeLatest();
  }

  /** Once the model is ready, the results the shopper is looking at are redone on the better path. */
  private async upgradeLatest(): Promise<void> {
    if (this.draft) {
      void this.runDraft(this.draft.ask);
      return;
    }
    const last = this.turns.at(-1);
    if (last?.reply.kind !== 'search' || last.reply.response.source === 'model') return;
    const reply = await this.searchReply(last.ask);
    if (reply.kind === 'search' && this.turns.at(-1)?.id === last.id) this.updateTurn(last.id, reply);
  }

  private onInput(event: InputEvent): void {
    this.queryText = (event.target as HTMLTextAreaElement).value;
    this.ignoredChips = [];
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.runDraft(this.queryText), 150);
  }

  private onComposerKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      void this.submit(this.queryText);
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.submit(this.queryText);
  }

  /** Live results while the shopper types; a newer keystroke makes older requests stale. */
  private async runDraft(text: string): Promise<void> {
    const seq = ++this.requestSeq;
    clearTimeout(this.debounce);
    if (!text.trim()) {
      this.draft = undefined;
      return;
    }
    const reply = await this.searchReply(text);
    if (seq !== this.requestSeq) return;
    this.draft = { id: 'draft', ask: text, reply, at: Date.now() };
    this.announceReply(this.draft);
  }

  /** Commits `text` as a turn of the conversation. The text box is emptied only once it succeeded. */
  private async submit(text: string): Promise<SearchResponse | undefined> {
    const ask = text.trim();
    if (!ask) return undefined;
    clearTimeout(this.debounce);
    this.requestSeq++;
    this.draft = undefined;
    const turn: Turn = { id: turnId(), ask, reply: { kind: 'pending' }, at: Date.now() };
    this.turns = [...this.turns, turn];
    void this.record({ type: 'search', query: ask });
    return this.answer(turn);
  }

  private async answer(turn: Turn): Promise<SearchResponse | undefined> {
    const reply = await this.replyFor(turn.ask);
    this.updateTurn(turn.id, reply);
    if (reply.kind === 'error') return undefined;
    if (this.queryText.trim() === turn.ask) this.queryText = '';
    return reply.kind === 'search' ? reply.response : undefined;
  }

  /**
   * The reply to a message the shopper sent: the one place that decides what kind of reply a
   * message gets. Today every message is a search; features that answer questions about the
   * current product, summarise reviews or recommend route here by intent.
   */
  protected async replyFor(text: string): Promise<Reply> {
    try {
      if (!this.catalogLoaded && !(await this.loadCatalog())) return { kind: 'error', message: this.t.errorCatalog, retryText: text };
      const client = this.ensureClient();
      const productId = this.pageProductId;
      const recommend = recommendationIntent(text);
      if (recommend && (recommend === 'for-you' || productId)) return { kind: 'recommendations', list: recommend, productId };
      if (productId && asksForReviews(text)) return { kind: 'reviews', summary: await client.summarizeReviews(productId) };
      await this.policiesLoaded;
      const { route } = await client.route(text, { productId });
      if (route === 'store-policy' || route === 'human-help') return { kind: 'store-answer', answer: await client.askStore(text, productId) };
      if (route === 'product-question' && productId) return this.productAnswer(text, productId);
    } catch (error) {
      const message = this.catalogLoaded ? this.t.errorSearch : this.t.errorCatalog;
      this.report(message, error);
      return { kind: 'error', message, retryText: text };
    }
    return this.searchReply(text);
  }

  /** Asks about the page's product; tokens stream into the turn while the answer is worded. */
  private async productAnswer(text: string, productId: string): Promise<Reply> {
    const turn = this.turns.findLast((t) => t.ask === text && t.reply.kind === 'pending');
    let streamed = '';
    const answer = await this.ensureClient().ask(productId, text, (token) => {
      streamed += token;
      if (turn) this.updateTurn(turn.id, { kind: 'answer', text: streamed, source: 'lexical', streaming: true });
    });
    return { kind: 'product-answer', answer, suggestions: this.suggestions.filter((q) => q !== text).slice(0, 3) };
  }

  private async searchReply(text: string): Promise<Reply> {
    try {
      if (!this.catalogLoaded && !(await this.loadCatalog())) return { kind: 'error', message: this.t.errorCatalog, retryText: text };
      const response = await this.ensureClient().search(text, 10, this.ignoredChips);
      return { kind: 'search', response };
    } catch (error) {
      const message = this.catalogLoaded ? this.t.errorSearch : this.t.errorCatalog;
      this.report(message, error);
      return { kind: 'error', message, retryText: text };
    }
  }

  /** The shopper removed a filter chip: the latest search runs again without it. */
  private onFilterRemove(event: AisleFilterRemoveEvent): void {
    this.ignoredChips = [...this.ignoredChips, event.chip.id];
    const last = this.turns.findLast((t) => t.reply.kind === 'search');
    if (this.draft) void this.runDraft(this.draft.ask);
    else if (last) void this.searchReply(last.ask).then((reply) => this.updateTurn(last.id, reply));
  }

  private retry(turn: Turn): void {
    if (turn.id === 'draft') {
      void this.runDraft(turn.ask);
      return;
    }
    this.updateTurn(turn.id, { kind: 'pending' });
    void this.answer({ ...turn, reply: { kind: 'pending' } });
  }

  /** A turn's reply has changed: save the conversation and announce settled replies. */
  private settled(turn: Turn): void {
    if (turn.reply.kind === 'answer' && turn.reply.streaming) return;
    this.store.save(this.turns);
    this.announceReply(turn);
  }

  private announceReply(turn: Turn): void {
    const t = this.t;
    const r = turn.reply;
    if (r.kind === 'search') this.announce(r.response.hits.length ? t.resultsFor(r.response.hits.length, turn.ask) : t.noResults);
    else if (r.kind === 'error') this.announce(r.message);
    else if (r.kind === 'answer' && !r.streaming) this.announce(r.text);
    else if (r.kind === 'compare') this.announce(t.compareCaption);
  }

  private announce(text: string): void {
    // Re-setting the same text would not be announced again; a trailing space changes it.
    this.announcement = this.announcement === text ? `${text} ` : text;
  }

  private report(message: string, error: unknown): void {
    this.dispatchEvent(new AisleErrorEvent(message, error));
    console.error('aisle:', error);
  }

  private addToCart(product: Product): void {
    if (!this.dispatchEvent(new AisleAddToCartEvent(product))) return;
    this.announce(this.t.addedToCart(product.title));
    void this.record({ type: 'cart', productId: product.id });
  }

  private openProduct(event: MouseEvent, product: Product): void {
    void this.record({ type: 'view', productId: product.id });
    if (!this.dispatchEvent(new AisleProductOpenEvent(product))) event.preventDefault();
  }

  private toggleCompare(product: Product): void {
    const picked = this.picks.some((p) => p.id === product.id);
    if (picked) this.picks = this.picks.filter((p) => p.id !== product.id);
    else if (this.picks.length < maxCompare) this.picks = [...this.picks, product];
    this.announce(this.picks.length >= maxCompare ? this.t.compareFull(maxCompare) : this.t.compareHint(this.picks.length, maxCompare));
  }

  private showCompare(): void {
    if (this.picks.length < 2) return;
    const products = this.picks;
    this.picks = [];
    this.addTurn(this.t.compareAsk(products.map((p) => p.title)), { kind: 'compare', products });
    this.input?.focus();
  }

  private close(): void {
    this.open = false;
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.launcher')?.focus());
  }

  private onPanelKeydown(event: KeyboardEvent): void {
    if (this.mode === 'inline') return;
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.close();
    } else if (this.panel) trapTab(event, this.panel, deepActiveElement(this.shadowRoot!));
  }

  /** Shows the newest turn from its start (the shopper's words, then the reply's top). */
  private scrollToEnd(): void {
    const list = this.messages;
    if (!list) return;
    requestAnimationFrame(() => {
      const last = list.lastElementChild;
      if (!last) return;
      list.scrollTop += last.getBoundingClientRect().top - list.getBoundingClientRect().top - 8;
    });
  }

  private context(turn: Turn): ReplyContext {
    return {
      t: this.t,
      locale: this.uiLanguage,
      turn,
      addToCart: (p) => this.addToCart(p),
      openProduct: (e, p) => this.openProduct(e, p),
      toggleCompare: (p) => this.toggleCompare(p),
      isCompared: (id) => this.picks.some((p) => p.id === id),
      canCompareMore: this.picks.length < maxCompare,
      retry: (t) => this.retry(t),
      uiLang: this.t === stringsFor('zh') ? 'zh' : 'en',
      translator: this.client,
    };
  }

  override render() {
    const t = this.t;
    const floating = this.mode !== 'inline';
    const live = html`<div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
    if (floating && !this.open) {
      return html`<button class="launcher" part="launcher" popover="manual" aria-haspopup="dialog" aria-expanded="false"
        @click=${() => (this.open = true)}><span class="launcher-icon" aria-hidden="true">✦</span>${t.launcher}</button>${live}`;
    }
    const lang = t === stringsFor('zh') ? 'zh' : 'en';
    return html`
      <section class="panel" part="panel" lang=${lang} role=${floating ? 'dialog' : 'region'} popover=${floating ? 'manual' : nothing}
        aria-modal=${floating ? 'true' : nothing} aria-labelledby="aisle-title" @keydown=${this.onPanelKeydown}>
        <div class="header" part="header">
          <h2 id="aisle-title">${t.title}</h2>
          ${this.turns.length
            ? html`<button class="text-button" part="clear-button" @click=${this.clearConversation}>${t.clear}</button>`
            : nothing}
          ${floating ? html`<button class="icon-button" part="close-button" aria-label=${t.close} @click=${this.close}>×</button>` : nothing}
        </div>
        ${this.modelsWaiting
          ? html`<aisle-model-status part="model-status" .status=${this.modelsWaiting} @aisle-model-consent=${() => void this.startModels(true)}></aisle-model-status>`
          : modelStatus(this.model, t)}
        <ol class="messages" part="messages" aria-label=${t.conversation} @aisle-question=${(e: Event) => void this.submit((e as Event & { question: string }).question)}
          @aisle-filter-remove=${this.onFilterRemove}>
          ${this.turns.length || this.draft ? nothing : html`<li class="welcome">${this.productCount || !this.catalogLoaded ? t.welcome : t.catalogEmpty}</li>`}
          ${[...this.turns, ...(this.draft ? [this.draft] : [])].map((turn) => this.renderTurn(turn, t))}
        </ol>
        ${this.renderCompareBar(t)}
        ${this.showSuggestions() ? html`<div class="suggestions" part="suggestions" role="group" aria-label=${t.suggestedQuestions}>
          ${this.suggestions.map((q) => html`<button type="button" class="pill" part="suggestion" @click=${() => void this.submit(q)}>${q}</button>`)}
        </div>` : nothing}
        <form class="composer" part="composer" role="search" @submit=${this.onSubmit}>
          <label class="sr-only" for="aisle-input">${t.searchLabel}</label>
          <textarea id="aisle-input" part="input" rows="1" autocomplete="off" enterkeyhint="send" .value=${this.queryText}
            placeholder=${t.searchPlaceholder} @input=${this.onInput} @keydown=${this.onComposerKeydown}></textarea>
          <button class="send" part="send-button" type="submit" aria-label=${t.send}><span aria-hidden="true">➤</span></button>
        </form>
        ${this.showHistory ? html`<section class="history" part="history" aria-label=${t.historyTitle}><aisle-history></aisle-history></section>` : nothing}
        <div class="footer"><span>${t.privacy}</span>
          <button type="button" class="text-button" part="history-button" aria-expanded=${this.showHistory ? 'true' : 'false'}
            @click=${() => (this.showHistory = !this.showHistory)}>${t.historyTitle}</button></div>
        ${live}
      </section>
    `;
  }

  /** The page product's suggested questions, unless the newest answer already offers its own follow-ups. */
  private showSuggestions(): boolean {
    const last = this.turns.at(-1)?.reply;
    return this.suggestions.length > 0 && !this.draft && !(last?.kind === 'product-answer' && last.suggestions?.length);
  }

  private renderTurn(turn: Turn, t: UiStrings) {
    return html`<li class="turn" data-turn=${turn.id} data-kind=${turn.reply.kind}>
      <p class="ask" part="ask"><span class="sr-only">${t.you}: </span>${turn.ask}</p>
      <div class="reply" part="reply"><span class="sr-only">${t.assistant}: </span>${renderReply(turn.reply, this.context(turn))}</div>
    </li>`;
  }

  private renderCompareBar(t: UiStrings) {
    if (!this.picks.length) return nothing;
    return html`<div class="compare-bar" part="compare-bar">
      <span>${t.compareHint(this.picks.length, maxCompare)}</span>
      <button class="text-button" @click=${() => (this.picks = [])}>${t.compareClear}</button>
      <button class="primary" part="compare-button" ?disabled=${this.picks.length < 2} @click=${this.showCompare}>
        ${t.compareCount(this.picks.length)}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aisle-assistant': AisleAssistant;
  }
}
