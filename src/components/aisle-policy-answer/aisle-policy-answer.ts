import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { StoreAnswer, StoreEvidence } from '../../../workers/protocol/store.ts';
import { AisleContactOpenEvent } from '../../events.ts';
import { policyAnswerStrings, type PolicyAnswerStrings } from './aisle-policy-answer.strings.ts';
import { styles } from './aisle-policy-answer.styles.ts';
import type { Translates } from '../aisle-translate/aisle-translate.ts';
import { QuoteTranslations, quoteLang } from '../quote-translations.ts';

/** An http(s) (or, for contact links, mailto:) URL, or undefined: no other scheme reaches an href. */
function linkFor(url: string | undefined, allowMailto = false): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, document.baseURI);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' || (allowMailto && parsed.protocol === 'mailto:') ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One answer to a store question (shipping, returns, warranty, payment, order help): the answer first
 * (`lead`: "Yes. The shop's shipping policy says:"), then each quoted policy once, verbatim, with its
 * source and a link to read it; a quote not in the shopper's language is marked with its own
 * ("原文（英文）") and translated on request (with a `translator`), this item's own policy marked apart
 * from the shop-wide one, and the shop's contact link when only people can help. All text is rendered
 * as text, never as HTML. Feed it `engine.askStore(question, productId)`.
 *
 * @event aisle-contact-open - cancelable; the shopper follows the contact link (cancel it to open your own chat)
 * @csspart answer - the answer sentence; `data-verdict="yes"` or `"no"` on it when the quoted policy decides a yes/no question (as on `<aisle-answer>`)
 * @csspart quote - one quoted policy
 * @csspart source - a link to a policy's source
 * @csspart contact - the contact link
 * @csspart original - the mark beside a quote in another language than the answer
 * @csspart translate-quotes - the button that translates those quotes on the device
 * @csspart translation - one quote's translation, under the verbatim original
 * @cssproperty --aisle-accent - link and quote-bar colour
 * @cssproperty --aisle-product-accent - quote-bar colour of this item's own policy
 * @cssproperty --aisle-text - text colour
 * @cssproperty --aisle-font - font family
 */
export class AislePolicyAnswer extends LitElement {
  static override styles = styles;

  /** The answer to show (from `askStore`). */
  @property({ attribute: false }) answer?: StoreAnswer;
  /** Mirrors the answer's status (`answered`, `not-published`, `contact`) for styling. */
  @property({ reflect: true }) status?: StoreAnswer['status'];
  /** Translates quotes that are not in the answer's language, on the shopper's request (the engine or its client). */
  @property({ attribute: false }) translator?: Translates;

  private readonly quotes = new QuoteTranslations(this);

  /** Labels in the shopper's language: the question's (a Chinese question on an English page), else the page's. */
  private get t(): PolicyAnswerStrings {
    return policyAnswerStrings(this.answer?.lang ?? this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    this.status = this.answer?.status;
    if (changed.has('answer')) this.quotes.reset();
  }

  private openContact(event: MouseEvent): void {
    const contact = this.answer?.contact;
    if (contact && !this.dispatchEvent(new AisleContactOpenEvent(contact.url, this.answer!.question))) event.preventDefault();
  }

  override render() {
    const a = this.answer;
    if (!a) return nothing;
    const t = this.t;
    const contact = a.contact && linkFor(a.contact.url, true);
    // The answer leads (without the quotes, when the engine gave that form: each quote is shown once,
    // below); the badges (how it was found, its status) follow it.
    return html`
      <p class="answer" part="answer" data-verdict=${a.verdict ?? nothing} lang=${a.lang}>${a.evidence.length ? (a.lead ?? a.answer) : a.answer}</p>
      <div class="badges">
        <span class="badge path" data-source=${a.source}>${a.source === 'model' ? t.model : t.lexical}</span>
        ${a.status === 'not-published' ? html`<span class="badge">${t.notPublished}</span>` : nothing}
        ${a.status === 'contact' ? html`<span class="badge">${t.needsPeople}</span>` : nothing}
      </div>
      ${a.evidence.length
        ? html`<ul aria-label=${t.evidence}>${a.evidence.map((e) => this.renderEvidence(e, t, a.lang))}</ul>
          ${this.quotes.action(this.translator, a.evidence.map((e) => e.text), a.lang)}`
        : nothing}
      ${contact
        ? html`<a class="contact" part="contact" href=${contact} target="_blank" rel="noopener" @click=${this.openContact}>
            ${a.contact?.label ?? t.contact}</a>`
        : nothing}
    `;
  }

  private renderEvidence(e: StoreEvidence, t: PolicyAnswerStrings, lang: StoreAnswer['lang']) {
    const href = linkFor(e.url);
    return html`<li data-scope=${e.scope} data-kind=${e.kind} data-entry=${e.entryId}>
      <div class="meta"><strong>${e.scope === 'product' ? t.thisItem : t.shopWide}</strong><span>${t.kinds[e.kind]}</span>
        ${this.quotes.mark(e.text, lang)}${e.question ? html`<span lang=${quoteLang(e.question)}>${e.question}</span>` : nothing}</div>
      <blockquote part="quote" lang=${quoteLang(e.text)}>${e.text}</blockquote>
      ${this.quotes.translation(e.text, lang)}
      ${href ? html`<a part="source" href=${href} target="_blank" rel="noopener">${t.readSource}</a>` : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aisle-policy-answer': AislePolicyAnswer;
  }
}
