import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AspectChip, ReviewSummary } from '../../../workers/engine-api.ts';
import { AisleAspectSelectEvent } from './aisle-aspect-select-event.ts';
import { reviewSummaryStrings, type ReviewSummaryStrings } from './aisle-review-summary.strings.ts';
import { styles } from './aisle-review-summary.styles.ts';
import type { Translates } from '../aisle-translate/aisle-translate.ts';
import { QuoteTranslations, quoteLang } from '../quote-translations.ts';

/**
 * "Customers say" for one product: the summary sentences (each quoted from a review), the rating
 * distribution, aspect chips with positive/negative counts that open the quotes behind them, and
 * pros and cons. Give it `summary` from `engine.summarizeReviews(productId)`. Every text from a
 * review is rendered as text, never as markup.
 *
 * @event aisle-aspect-select - the shopper opened an aspect's quotes (`aspect`), or closed them (undefined)
 * @csspart text - the "customers say" paragraph
 * @csspart ratings - the rating bars
 * @csspart chips - the list of aspect chips
 * @csspart chip - one aspect chip (a toggle button); `chip selected` when open
 * @csspart quotes - the quotes behind the open chip
 * @csspart pros - the pros list
 * @csspart cons - the cons list
 * @csspart original - the mark beside quotes in another language than the shopper's ("原文（英文）")
 * @csspart translate-quotes - the button that translates those quotes on the device (with a `translator`)
 * @csspart translation - one quote's translation, after the verbatim original
 * @cssproperty --aisle-accent - accent colour (bars, open chip, focus)
 * @cssproperty --aisle-positive - colour of positive counts and quotes
 * @cssproperty --aisle-negative - colour of negative counts and quotes
 * @cssproperty --aisle-text - text colour
 * @cssproperty --aisle-font - font family
 */
export class AisleReviewSummary extends LitElement {
  static override styles = styles;

  /** The summary to show (from `engine.summarizeReviews`). */
  @property({ attribute: false }) summary?: ReviewSummary;
  /** `light`, `dark`, or unset to follow the system. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Translates quotes that are not in the shopper's language, on request (the engine or its client). */
  @property({ attribute: false }) translator?: Translates;

  @state() private openAspect?: string;
  private readonly quotes = new QuoteTranslations(this);

  /** The shopper's language: the summary's labels' when it was asked in one (a Chinese question on an English page), else the page's. */
  private get uiLang(): string {
    return this.summary?.labelLanguage ?? this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
  }

  private get t(): ReviewSummaryStrings {
    return reviewSummaryStrings(this.uiLang);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('summary')) this.quotes.reset();
    if (changed.has('summary') && this.openAspect && !this.summary?.aspects.some((a) => a.id === this.openAspect)) {
      this.openAspect = undefined;
    }
  }

  override render() {
    const s = this.summary;
    if (!s) return nothing;
    const t = this.t;
    // The shopper's language: quotes in another one are marked and translated on request.
    const lang = this.uiLang.toLowerCase().startsWith('zh') ? 'zh' : 'en';
    const heading = html`<h3 id="heading">${t.heading}</h3>`;
    if (!s.reviewCount) return html`<section aria-labelledby="heading" lang=${lang}>${heading}<p class="meta">${t.noReviews}</p></section>`;
    return html`<section aria-labelledby="heading" lang=${lang}>
      ${heading}
      <p class="meta">${t.fromReviews(s.reviewCount)} · ${s.source === 'model' ? t.sourceModel : t.sourceLexical}</p>
      ${s.customersSay.length
        ? html`<p part="text">${s.customersSay.map((q, i) => html`${i ? ' ' : ''}${this.quotes.mark(q.text, lang)}<q lang=${quoteLang(q.text)} title=${t.review(q.reviewIndex + 1)} data-review-index=${q.reviewIndex}>${q.text}</q>${this.quotes.translation(q.text, lang)}`)}</p>
          ${this.quotes.action(this.translator, s.customersSay.map((q) => q.text), lang)}`
        : nothing}
      ${this.renderRatings(s, t)} ${this.renderAspects(s, t, lang)} ${this.renderProsCons(s, t)}
    </section>`;
  }

  private renderRatings(s: ReviewSummary, t: ReviewSummaryStrings) {
    const { counts, total } = s.ratings;
    if (!total) return nothing;
    return html`<div part="ratings" role="list" aria-label=${t.ratings}>
      ${[5, 4, 3, 2, 1].map((stars) => {
        const count = counts[stars - 1];
        const percent = Math.round((count / total) * 100);
        return html`<span role="listitem" aria-label=${t.starsCount(stars, count, total)}>${t.stars(stars)}</span>
          <span class="bar" aria-hidden="true"><span style="width: ${percent}%"></span></span>
          <span aria-hidden="true" data-stars=${stars}>${count}</span>`;
      })}
    </div>`;
  }

  private renderAspects(s: ReviewSummary, t: ReviewSummaryStrings, lang: 'en' | 'zh') {
    if (!s.aspects.length) return nothing;
    const open = s.aspects.find((a) => a.id === this.openAspect);
    return html`<h4>${t.aspects}</h4>
      <ul part="chips">
        ${s.aspects.map(
          (a) => html`<li>
            <button
              part=${a.id === this.openAspect ? 'chip selected' : 'chip'}
              type="button"
              data-aspect=${a.id}
              aria-expanded=${a.id === this.openAspect ? 'true' : 'false'}
              aria-controls="quotes"
              @click=${() => this.toggle(a)}
            >
              <span class="visually-hidden">${t.chip(a.name, a.positive, a.negative)}</span>
              <span aria-hidden="true"><span lang=${a.nameLang ?? nothing}>${a.name}</span> <span class="pos" data-count="positive">+${a.positive}</span>
              <span class="neg" data-count="negative">−${a.negative}</span></span>
            </button>
          </li>`,
        )}
      </ul>
      ${open
        ? html`<ul part="quotes" id="quotes" aria-label=${t.quotesFor(open.name)}>
            ${open.quotes.map(
              (q) => html`<li data-polarity=${q.polarity} data-review-index=${q.reviewIndex}>
                <span class="visually-hidden">${t[q.polarity]}: </span>${this.quotes.mark(q.text, lang)}<span lang=${quoteLang(q.text)}>${q.text}</span>${this.quotes.translation(q.text, lang)}
              </li>`,
            )}
          </ul>`
        : nothing}`;
  }

  private renderProsCons(s: ReviewSummary, t: ReviewSummaryStrings) {
    if (!s.pros.length && !s.cons.length) return nothing;
    return html`<div class="proscons">
      <div>
        <h4>${t.pros}</h4>
        ${s.pros.length ? html`<ul part="pros">${s.pros.map((p) => html`<li lang=${this.nameLang(s, p)}>${p}</li>`)}</ul>` : html`<p class="none" part="pros">${t.noPros}</p>`}
      </div>
      <div>
        <h4>${t.cons}</h4>
        ${s.cons.length ? html`<ul part="cons">${s.cons.map((c) => html`<li lang=${this.nameLang(s, c)}>${c}</li>`)}</ul>` : html`<p class="none" part="cons">${t.noCons}</p>`}
      </div>
    </div>`;
  }

  /** The language of a pro or con named by a review's own word (an aspect with `nameLang`), else nothing. */
  private nameLang(s: ReviewSummary, name: string) {
    return s.aspects.find((a) => a.name === name)?.nameLang ?? nothing;
  }

  private toggle(aspect: AspectChip): void {
    this.openAspect = this.openAspect === aspect.id ? undefined : aspect.id;
    this.dispatchEvent(new AisleAspectSelectEvent(this.openAspect ? aspect : undefined));
    // The quotes open under the chips, often below a scrolling log's fold: bring them into view.
    if (this.openAspect) void this.updateComplete.then(() => this.renderRoot.querySelector('[part="quotes"]')?.scrollIntoView({ block: 'nearest' }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aisle-review-summary': AisleReviewSummary;
  }
  interface HTMLElementEventMap {
    'aisle-aspect-select': AisleAspectSelectEvent;
  }
}
