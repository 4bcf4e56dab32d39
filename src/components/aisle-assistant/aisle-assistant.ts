// Over 300 lines on purpose: every public attribute and property is declared here, with its doc, because
// the custom-elements manifest and the JSX typings read them from the element's class; the behaviour lives in controllers/.
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type {
  AnswerSource, HistoryEntry, HistorySettings, Product, ProductRecord, RecommendRequest, RecommendResponse, SearchResponse, ShopperEvent,
} from '../../../workers/engine-api.ts';
import { AisleAddToCartEvent, AisleErrorEvent, AisleProductOpenEvent } from '../../events.ts';
import { stringsFor, type UiStrings } from '../../strings.ts';
import { shopperLanguage } from '../../shopper-language.ts';
import { styles } from './aisle-assistant.styles.ts';
import { ComparePicks } from './controllers/compare-picks.ts';
import { ConversationController } from './controllers/conversation-controller.ts';
import { EngineConnection } from './controllers/engine-connection.ts';
import { LiveSearch } from './controllers/live-search.ts';
import { MessageFlow } from './controllers/message-flow.ts';
import { PanelController } from './controllers/panel-controller.ts';
import type { Evidence, Reply, Turn } from './conversation.ts';
import type { ReplyContext } from './reply-context.ts';
import { replyFor, withLateFollowUps } from './reply-router.ts';
import { compareReply } from './compare-rows.ts';
import { renderAssistant } from './panel-view.ts';
import './feature-replies.ts';
import { inspectPage, type PageReport } from '../../inspect/inspect-page.ts';

/**
 * The shopping assistant: a launcher that opens a chat panel (or an inline panel) where the
 * shopper searches and asks about the shop's catalog. Each exchange is a turn; each reply kind
 * (results, answer, compare, error, …) has its own renderer. Every model runs in a worker on the
 * shopper's device; the conversation stays in the tab's sessionStorage. The element is thin: its
 * concerns live in Lit reactive controllers (controllers/: the engine connection and model upgrade,
 * the conversation, live search, compare picks, the panel's focus and scrolling), and which reply a
 * message gets in reply-router.ts, after the engine's router.
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
  /** What the models are, in the shop's words, shown in the footer (the demo: "small test models trained on this catalog"). */
  @property({ attribute: 'models-note' }) modelsNote?: string;
  /** URL of a catalog feed (JSON array or JSON Lines), read in addition to the page's JSON-LD. */
  @property() catalog?: string;
  /** Whether the panel is open. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** `floating` (launcher + overlay panel) or `inline` (the panel sits in the page flow, always open). */
  @property({ reflect: true }) mode: 'floating' | 'inline' = 'floating';
  /** `off` keeps to the light path: no model is ever downloaded. */
  @property() models: 'auto' | 'off' = 'auto';
  /** Model downloads over this many MB (manifest sizes; any on a saveData/2g/3g connection) wait for the shopper's go-ahead; default 30. */
  @property({ attribute: 'ask-above-mb', type: Number }) askAboveMb?: number;
  /**
   * Who words product answers: `template`, `generated` (the manifest's LLM, downloaded on the first
   * product question, each sentence checked against the evidence), or `auto` (default: the LLM only
   * once something else loaded it).
   */
  @property({ attribute: 'answer-phrasing' }) answerPhrasing: 'auto' | 'generated' | 'template' = 'auto';
  /**
   * Seconds the model host may send nothing (no answer, or no bytes mid-file) before a model
   * download is dropped and resumed (3 tries, then the model is given up and quick search answers);
   * default 30.
   */
  @property({ attribute: 'download-stall', type: Number }) downloadStall?: number;
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

  /** Whether the shopper's history panel (see, delete, clear, switch off) is shown. */
  @state() private showHistory = false;

  private readonly engine = new EngineConnection(this, () => void this.flow.upgradeLatest());
  private readonly chat = new ConversationController(this);
  private readonly live = new LiveSearch(this, (text) => this.flow.searchReply(text), (draft) => this.chat.announceReply(draft));
  private readonly flow: MessageFlow = new MessageFlow(this, this.engine, this.chat, this.live, (text) => this.replyFor(text));
  private readonly compare = new ComparePicks(this, (text) => this.chat.announce(text));
  private readonly panel = new PanelController(this, () => [this.chat.turns, this.live.draft]);

  /** The language the UI speaks: the element's or nearest ancestor's `lang`, else `<html lang>`. */
  get uiLanguage(): string {
    return this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
  }

  /** The UI strings in the UI's language (for the element's controllers). @internal */
  get strings(): UiStrings {
    return stringsFor(this.uiLanguage);
  }

  /** What the widget reads from this page: products, page product, variants, policies, warnings (docs/page-reading.md). */
  inspect(): PageReport {
    return inspectPage(this.ownerDocument);
  }

  /** The UI's language as the engine names it (for the element's controllers). @internal */
  get uiLang(): 'en' | 'zh' {
    return this.strings === stringsFor('zh') ? 'zh' : 'en';
  }

  /**
   * The language the shopper writes in: their newest message's (Chinese characters: Chinese), else the
   * UI's. Answers, the suggested questions and the model status speak it (for the element's controllers). @internal
   */
  get shopperLang(): 'en' | 'zh' {
    return shopperLanguage(this.chat.turns.at(-1)?.ask, this.uiLang);
  }

  /** The conversation so far (a copy). */
  get conversation(): readonly Turn[] {
    return [...this.chat.turns];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.engine.start(() => this.open || this.mode === 'inline');
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('open') && this.open) void this.engine.startModels();
    // A shopper who writes in another language than the page's is offered questions in theirs.
    this.engine.suggestIn(this.shopperLang);
    const last = this.chat.turns.at(-1);
    const late = withLateFollowUps(last, this.engine.pageProduct?.id, this.engine.suggestions);
    if (last && late) this.chat.update(last.id, late);
  }

  protected override updated(changed: PropertyValues): void {
    // The floating parts live in the top layer: no transform, filter or overflow of the page moves or clips them.
    this.renderRoot.querySelectorAll<HTMLElement>('[popover]:not(:popover-open)').forEach((e) => e.isConnected && e.showPopover?.());
    if (changed.has('catalog') && this.engine.started && changed.get('catalog') !== undefined) void this.engine.loadCatalog();
  }

  /**
   * Replaces the catalog from JS (apps that have their products in memory). Each record is read like a
   * catalog feed's (`{ id, title, price }`, `{ sku, name, special_price }` ...); resolves with how many were indexed.
   */
  setProducts(products: ProductRecord[]): Promise<number> {
    return this.engine.setProducts(products);
  }

  /** Sends `text` as if the shopper typed it and pressed Enter; resolves with the results. */
  async search(text: string): Promise<SearchResponse | undefined> {
    this.live.setQuery(text);
    return this.flow.submit(text);
  }

  /** Adds a turn (for apps and features that produce their own replies); returns its id. */
  addTurn(ask: string, reply: Reply): string {
    return this.chat.add(ask, reply).id;
  }

  /** Replaces the reply of a turn, e.g. as an answer streams in. */
  updateTurn(id: string, reply: Reply): void {
    this.chat.update(id, reply);
  }

  /**
   * Streams an answer into a new turn: each token is appended as it arrives (screen readers hear
   * the whole answer once it is complete). Resolves with the full text; a failure becomes an error
   * reply with a retry.
   */
  streamAnswer(ask: string, tokens: AsyncIterable<string>, meta: { source: AnswerSource; evidence?: Evidence[] }): Promise<string> {
    return this.chat.stream(ask, tokens, meta, (error) => this.report(this.strings.error, error));
  }

  /** Forgets the conversation, here and in session storage. */
  clearConversation(): void {
    this.live.invalidate();
    this.compare.clear();
    this.chat.clear();
    this.panel.focusInput();
  }

  /**
   * Records what the shopper did, kept on this device only (the shop's own add-to-cart buttons,
   * its order-confirmation page). Never throws: a malformed event is a console warning.
   */
  record(event: ShopperEvent): Promise<HistoryEntry | undefined> {
    return this.engine.record(event);
  }

  /** Similar items, goes-well-with or for-you, from the shopper's own history (see <aisle-recommendations>). */
  async recommend(request: RecommendRequest): Promise<RecommendResponse> {
    if (!this.engine.catalogLoaded) await this.engine.loadCatalog();
    return this.engine.ensureClient().recommend(request);
  }

  /** The shopper's kept history, newest first. */
  history(): Promise<HistoryEntry[]> {
    return this.engine.ensureClient().history();
  }

  /** Deletes one history entry, or all of them. */
  forgetHistory(id?: number): Promise<void> {
    return this.engine.ensureClient().forgetHistory(id);
  }

  /** Switches history recording on or off; the choice persists. */
  setHistoryEnabled(on: boolean): Promise<HistorySettings> {
    return this.engine.ensureClient().setHistoryEnabled(on);
  }

  /** Whether history recording is on, and its limits. */
  historySettings(): Promise<HistorySettings> {
    return this.engine.ensureClient().historySettings();
  }

  /** Tells the page (an `aisle-error` event) and the console that something failed (for the element's controllers). @internal */
  report(message: string, error: unknown): void {
    this.dispatchEvent(new AisleErrorEvent(message, error));
    console.error('aisle:', error);
  }

  /**
   * The reply to a message the shopper sent: the engine's router decides where it goes, and
   * reply-router.ts which reply each route gets. A failure is an error reply with a retry.
   */
  protected replyFor(text: string): Promise<Reply> {
    const pending = this.chat.turns.findLast((t) => t.ask === text && t.reply.kind === 'pending');
    return this.flow.guarded(text, () => replyFor(text, {
      client: this.engine.ensureClient(),
      pageProduct: this.engine.pageProduct,
      shopperLang: this.shopperLang,
      suggestions: this.engine.suggestions,
      policiesLoaded: this.engine.policiesLoaded,
      searchReply: (query) => this.flow.searchReply(query),
      onAnswerToken: (streamed, source) => pending && this.updateTurn(pending.id, { kind: 'answer', text: streamed, source, streaming: true }),
    }));
  }

  private addToCart(product: Product): void {
    if (!this.dispatchEvent(new AisleAddToCartEvent(product))) return;
    this.chat.announce(this.strings.addedToCart(product.title));
    void this.record({ type: 'cart', productId: product.id });
  }

  private openProduct(event: MouseEvent, product: Product): void {
    void this.record({ type: 'view', productId: product.id });
    if (!this.dispatchEvent(new AisleProductOpenEvent(product))) event.preventDefault();
  }

  /** The picked products side by side, as a turn of the conversation, in the shopper's language. */
  private async showCompare(): Promise<void> {
    const products = this.compare.take();
    const lang = this.shopperLang;
    this.panel.focusInput();
    if (!products.length) return;
    // A turn at once; the table once the engine has named its rows in the shopper's language.
    const id = this.addTurn(stringsFor(lang).compareAsk(products.map((p) => p.title)), { kind: 'pending' });
    this.updateTurn(id, await compareReply(products, lang, this.engine.ensureClient()));
  }

  override render() {
    const { engine, chat, live } = this;
    const last = chat.turns.at(-1)?.reply;
    // The page product's suggested questions, unless the newest answer already offers its own follow-ups.
    const ownFollowUps = live.draft || (last?.kind === 'product-answer' && last.answer.productId === engine.pageProduct?.id && last.suggestions?.length);
    return renderAssistant({
      t: this.strings, lang: this.uiLang, shopper: { lang: this.shopperLang, t: stringsFor(this.shopperLang) }, floating: this.mode !== 'inline', open: this.open, announcement: chat.announcement,
      turns: chat.turns, draft: live.draft, welcome: engine.productCount || !engine.catalogLoaded ? this.strings.welcome : this.strings.catalogEmpty,
      modelsWaiting: engine.modelsWaiting, modelsDeclined: !!engine.modelsWaiting && engine.modelsDeclined, model: engine.model, picks: this.compare.picks,
      suggestions: ownFollowUps ? [] : engine.suggestions, queryText: live.queryText, showHistory: this.showHistory, modelsNote: this.modelsNote,
      context: (turn): ReplyContext => ({
        t: this.strings, locale: this.uiLanguage, turn, uiLang: this.uiLang, translator: engine.client, pageProductId: engine.pageProduct?.id,
        addToCart: (p) => this.addToCart(p), openProduct: (e, p) => this.openProduct(e, p), retry: (t) => this.flow.retry(t),
        toggleCompare: (p) => this.compare.toggle(p), isCompared: (id) => this.compare.has(id), canCompareMore: this.compare.canPickMore,
      }),
      on: {
        open: () => (this.open = true), close: () => this.panel.close(),
        clear: () => this.clearConversation(),
        panelKeydown: (e) => this.panel.onKeydown(e),
        consent: () => void engine.startModels(true), decline: () => engine.declineModels(),
        ask: (q) => void this.flow.submit(q),
        filterRemove: (e) => this.flow.removeChip(e.chip.id),
        clearPicks: () => this.compare.clear(),
        compare: () => void this.showCompare(),
        send: () => void this.flow.submit(live.queryText),
        input: (text) => live.input(text),
        toggleHistory: () => (this.showHistory = !this.showHistory),
      },
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aisle-assistant': AisleAssistant;
  }
}
