import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { CitedEvidence, ProductAnswer } from '../../../workers/engine-api.ts';
import { answerStringsFor, type AnswerStrings } from './aisle-answer.strings.ts';
import { styles } from './aisle-answer.styles.ts';
import { AisleQuestionEvent } from './aisle-question-event.ts';
import type { Translates } from '../aisle-translate/aisle-translate.ts';
import { QuoteTranslations, quoteLang } from '../quote-translations.ts';

/**
 * One answer to a product question: the direct answer first, then the evidence it rests on
 * (spec row, description sentence, review quote, page Q&A), which path answered, and suggested
 * questions. All product, review and model text is rendered as text, never as markup.
 * While an answer streams, feed tokens to `appendToken()`; then set `answer`.
 *
 * @event aisle-question - the shopper picked a suggested question; `question` is its text
 * @csspart answer - the direct answer
 * @csspart opinion - the positive/negative bar of an opinion answer
 * @csspart evidence - one cited piece of evidence (`data-kind`: spec | description | review | qa)
 * @csspart path - which path answered (`data-source`: lexical | model; `data-evidence-order`: model when a model only
 *   ordered the evidence) and who worded it
 *   (`data-phrasing`: template | generated; its title says why the template answered when a model was asked for)
 * @csspart suggestion - one suggested-question button
 * @csspart original - the mark beside evidence in another language than the answer ("原文（英文）")
 * @csspart translate-quotes - the button that translates that evidence on the device (with a `translator`)
 * @csspart translation - one evidence item's translation, under the verbatim original
 * @cssproperty --aisle-positive - colour of positive review counts
 * @cssproperty --aisle-negative - colour of negative review counts
 */
export class AisleAnswer extends LitElement {
  static override styles = styles;

  /** The answer to show (from the engine's `ask`). */
  @property({ attribute: false }) answer?: ProductAnswer;
  /** Suggested questions shown as buttons under the answer. */
  @property({ attribute: false }) suggestions: string[] = [];
  /** Translates evidence that is not in the answer's language, on the shopper's request (the engine or its client). */
  @property({ attribute: false }) translator?: Translates;

  private readonly quotes = new QuoteTranslations(this);

  @state() private streamed = '';

  /** Labels in the shopper's language: the question's (a Chinese question on an English page), else the page's. */
  private get t(): AnswerStrings {
    return answerStringsFor(this.answer?.language ?? this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang);
  }

  /** Shows one more streamed token of the answer that is being worded (clears any shown answer). */
  appendToken(token: string): void {
    if (this.answer) this.answer = undefined;
    this.streamed += token;
  }

  /** Clears the answer and any streamed text. */
  reset(): void {
    this.answer = undefined;
    this.streamed = '';
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (this.answer && this.streamed) this.streamed = '';
    if (changed.has('answer')) this.quotes.reset();
  }

  override render() {
    const t = this.t;
    const a = this.answer;
    if (!a) {
      return html`<p class="direct" part="answer" aria-live="polite" aria-busy="true">${this.streamed || t.answering}</p>${this.renderSuggestions(t)}`;
    }
    return html`
      <p class="direct" part="answer" data-verdict=${a.verdict} aria-live="polite" lang=${a.language === 'zh' ? 'zh' : 'en'}>${a.text}${a.cancelled ? html` <span class="stopped">${t.stopped}</span>` : nothing}</p>
      ${this.renderOpinion(t, a)}
      ${a.evidence.length
        ? html`<p class="label">${t.evidence}</p><ol>${a.evidence.map((e) => this.renderEvidence(t, e, a.language))}</ol>
          ${this.quotes.action(this.translator, a.evidence.map((e) => e.text), a.language)}`
        : nothing}
      ${a.suggestion ? html`<p class="check">${a.suggestion}</p>` : nothing}
      <p class="path" part="path" data-source=${a.source} data-evidence-order=${a.evidenceOrder ?? nothing} data-phrasing=${a.phrasing} title=${a.phrasingNote ?? nothing}>${a.source === 'model' ? t.pathModel : a.evidenceOrder === 'model' ? t.pathOrdered : t.pathLexical} · ${a.phrasing === 'generated' ? t.generated : t.templateWording}</p>
      ${this.renderSuggestions(t)}
    `;
  }

  private renderOpinion(t: AnswerStrings, a: ProductAnswer) {
    const o = a.opinion;
    if (!o?.mentions) return nothing;
    // styleMap sets widths through the CSSOM, which a strict CSP (no inline style attributes) allows.
    const width = (n: number) => styleMap({ width: `${(100 * n) / o.mentions}%` });
    return html`<div class="opinion" part="opinion" role="img" aria-label=${t.opinion(o.positive, o.negative, o.neutral)}>
      <span class="positive" style=${width(o.positive)}></span><span class="neutral" style=${width(o.neutral)}></span><span class="negative" style=${width(o.negative)}></span>
    </div>`;
  }

  private renderEvidence(t: AnswerStrings, e: CitedEvidence, lang: ProductAnswer['language']) {
    // The evidence is the shop's verbatim text, in its own language, marked when that is not the answer's.
    const textLang = quoteLang(e.text);
    return html`<li part="evidence" data-kind=${e.kind}>
      <span class="kind">${t.kind[e.kind]}</span>${this.quotes.mark(e.text, lang)}${e.kind === 'review' || e.kind === 'qa' ? html`<q lang=${textLang}>${e.text}</q>` : html`<span class="text" lang=${textLang}>${e.text}</span>`}${e.kind === 'review' && e.rating !== undefined
        ? html`<span class="stars">${t.stars(e.rating)}</span>`
        : nothing}${this.quotes.translation(e.text, lang)}
    </li>`;
  }

  private renderSuggestions(t: AnswerStrings) {
    if (!this.suggestions.length) return nothing;
    return html`<div class="suggestions" role="group" aria-label=${t.suggested}>
      ${this.suggestions.map((q) => html`<button type="button" part="suggestion" @click=${() => this.dispatchEvent(new AisleQuestionEvent(q))}>${q}</button>`)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aisle-answer': AisleAnswer;
  }
}
