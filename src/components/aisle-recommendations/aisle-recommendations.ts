import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Recommendation, RecommendationKind, RecommendResponse } from '../../../workers/engine-api.ts';
import { readPageCatalogInSlices } from '../../catalog/read-page-catalog.ts';
import { AisleAddToCartEvent, AisleProductOpenEvent } from '../../events.ts';
import { formatPrice } from '../../format.ts';
import { findRecommendationSource, type RecommendationSource } from '../../recommend/recommendation-source.ts';
import { elementLanguage, recommendationStringsFor, type RecommendationStrings } from '../../recommend/recommendation-strings.ts';
import { safeUrl } from '../../safe-url.ts';
import { styles } from './aisle-recommendations.styles.ts';

/**
 * The product of a product page (see readPageCatalog), if the page is one; read in slices (no long
 * task). Blocks too large to parse on the page are left out: a product page describes its product in a
 * small block of its own (a large one is a listing).
 */
async function pageProductId(doc: Document): Promise<string | undefined> {
  return (await readPageCatalogInSlices(doc, 'skip')).pageProductId;
}

/**
 * A "you may also like" strip: similar items, goes-well-with, or picked-for-you, each card with
 * its reason ("Because you viewed Trail Runner 2") and an add-to-cart button. Ranked in the
 * engine from the shopper's own history, which never leaves the device. The strip hides itself
 * when there is nothing to show, and refreshes when `<aisle-history>` changes the history.
 *
 * Its data comes from `source` (an engine or anything with `recommend`/`record`); by default the
 * `<aisle-assistant>` named by `for`, else the first on the page.
 *
 * @event aisle-add-to-cart - cancelable; `product` is what the shopper added (recorded as a cart event unless cancelled)
 * @event aisle-product-open - cancelable; `product` is what the shopper opened (recorded as a view)
 * @csspart heading - the strip's heading
 * @csspart list - the list of cards
 * @csspart card - one product card
 * @csspart reason - the reason line of a card
 * @csspart add-to-cart - a card's add-to-cart button
 * @cssproperty --aisle-accent - button colour
 * @cssproperty --aisle-card - card background
 * @cssproperty --aisle-text - text colour
 * @cssproperty --aisle-muted - reason text colour
 * @cssproperty --aisle-radius - corner radius
 * @cssproperty --aisle-font - font family
 */
export class AisleRecommendations extends LitElement {
  static override styles = styles;

  /** Which list: `similar` (default), `goes-with`, or `for-you`. */
  @property({ reflect: true }) kind: RecommendationKind = 'similar';
  /** The product the list is about (similar, goes-with); default the page's product when its JSON-LD holds exactly one. */
  @property({ attribute: 'product-id' }) productId?: string;
  /** `similar` only: keep to products priced below this one ("similar, for less"). */
  @property({ type: Boolean, reflect: true }) cheaper = false;
  /** `similar` only: words the list keeps to when similar products carry them ("backpack"). */
  @property() about?: string;
  /** How many cards at most. */
  @property({ type: Number }) limit = 6;
  /** Heading text; default depends on `kind` and the page language. */
  @property() heading?: string;
  /** `light`, `dark`, or unset to follow the system. */
  @property({ reflect: true }) theme?: 'light' | 'dark';
  /** Where recommendations come from; default the page's `<aisle-assistant>`. */
  @property({ attribute: false }) source?: RecommendationSource;

  @state() private response?: RecommendResponse;
  private seq = 0;

  private get t(): RecommendationStrings {
    return recommendationStringsFor(elementLanguage(this));
  }

  /** The list now shown (undefined before the first answer). */
  get recommendations(): RecommendResponse | undefined {
    return this.response;
  }

  private readonly onHistoryChange = () => void this.refresh();

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.addEventListener('aisle-history-change', this.onHistoryChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('aisle-history-change', this.onHistoryChange);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('kind') || changed.has('productId') || changed.has('limit') || changed.has('source') || changed.has('cheaper') || changed.has('about')) void this.refresh();
    this.hidden = !this.response?.items.length;
  }

  /** Asks for the list again (after the shopper's history changed, say); resolves with the new list. */
  async refresh(): Promise<RecommendResponse | undefined> {
    const seq = ++this.seq;
    const productId = this.kind === 'for-you' ? undefined : this.productId ?? (await pageProductId(this.ownerDocument));
    if (this.kind !== 'for-you' && !productId) {
      if (seq === this.seq) this.response = undefined;
      return undefined;
    }
    const source = this.source ?? (await findRecommendationSource(this));
    if (!source) return undefined;
    try {
      const narrowed = this.kind === 'similar' ? { ...(this.cheaper ? { cheaper: true } : {}), ...(this.about ? { about: this.about } : {}) } : {};
      const response = await source.recommend({ kind: this.kind, productId, limit: this.limit, ...narrowed });
      if (seq === this.seq) this.response = response;
      return response;
    } catch (error) {
      console.warn('aisle: recommendations failed', error);
      if (seq === this.seq) this.response = undefined;
      return undefined;
    }
  }

  private async sourceNow(): Promise<RecommendationSource | undefined> {
    return this.source ?? findRecommendationSource(this);
  }

  private addToCart(item: Recommendation): void {
    if (!this.dispatchEvent(new AisleAddToCartEvent(item.product))) return;
    void this.sourceNow().then((s) => s?.record({ type: 'cart', productId: item.product.id, title: item.product.title }));
  }

  private open(event: MouseEvent, item: Recommendation): void {
    void this.sourceNow().then((s) => s?.record({ type: 'view', productId: item.product.id, title: item.product.title }));
    if (!this.dispatchEvent(new AisleProductOpenEvent(item.product))) event.preventDefault();
  }

  override render() {
    const items = this.response?.items ?? [];
    if (!items.length) return nothing;
    const t = this.t;
    const heading = this.heading ?? (this.kind === 'similar' && this.cheaper ? t.cheaperHeading : t.heading[this.kind]);
    return html`
      <section aria-label=${heading} data-source=${this.response!.source}>
        <h2 part="heading">${heading}</h2>
        <ul part="list">${repeat(items, (item) => item.product.id, (item) => this.renderCard(item, t))}</ul>
      </section>`;
  }

  private renderCard(item: Recommendation, t: RecommendationStrings) {
    const p = item.product;
    const href = safeUrl(p.url);
    const image = safeUrl(p.image);
    return html`<li part="card" data-product-id=${p.id}>
      ${image ? html`<img src=${image} alt="" loading="lazy" />` : nothing}
      <h3>${href ? html`<a href=${href} @click=${(e: MouseEvent) => this.open(e, item)}>${p.title}</a>` : p.title}</h3>
      <span class="price">${formatPrice(p.price, p.currency)}</span>
      <p class="reason" part="reason">${t.reason(item.reason, item.why)}</p>
      <button part="add-to-cart" aria-label=${`${t.addToCart}: ${p.title}`} @click=${() => this.addToCart(item)}>${t.addToCart}</button>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aisle-recommendations': AisleRecommendations;
  }
}
