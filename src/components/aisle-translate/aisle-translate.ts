import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Lang, TranslationResponse } from '../../../workers/engine-api.ts';
import { aisleTranslateStyles } from './aisle-translate.styles.ts';
import { translateStrings } from './aisle-translate.strings.ts';
import { AisleTranslatedEvent } from './aisle-translated-event.ts';

/** What <aisle-translate> needs: the engine (in-thread) or the EngineClient (worker). */
export interface Translates {
  translate(texts: string[], to: Lang): Promise<TranslationResponse>;
}

type View =
  | { state: 'original' }
  | { state: 'loading' }
  | { state: 'translated'; text: string; source: TranslationResponse['source']; unchanged?: boolean }
  | { state: 'error' };

/**
 * A piece of product text or a review quote with a "Translate" action: the translation is made on
 * the device by the engine, shown in place of the text (as text, never HTML), with a note saying
 * whether a model or the glossary gloss made it, and a way back to the original.
 *
 * @csspart text - the text shown (original or translation)
 * @csspart button - the translate / show original / retry button
 * @csspart note - the line saying how the translation was made
 * @csspart status - the loading message
 * @csspart error - the error message
 * @cssproperty --aisle-accent - button colour
 * @cssproperty --aisle-muted - note colour
 * @cssproperty --aisle-error - error colour
 * @event aisle-translated - a translation is shown (AisleTranslatedEvent)
 */
export class AisleTranslate extends LitElement {
  static override styles = aisleTranslateStyles;

  /** The text to show and translate. */
  @property() text = '';
  /** Target language; defaults to the page's `<html lang>`. */
  @property() to?: Lang;
  /** UI language; defaults to the page's `<html lang>`. */
  @property({ attribute: 'ui-lang' }) uiLang?: string;
  /** The engine or engine client that translates. */
  @property({ attribute: false }) translator?: Translates;

  @state() private view: View = { state: 'original' };

  private get target(): Lang {
    return this.to ?? (document.documentElement.lang.toLowerCase().startsWith('zh') ? 'zh' : 'en');
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('text') || changed.has('to')) this.view = { state: 'original' };
  }

  /** Translates the text now (what the button does). */
  async showTranslation(): Promise<void> {
    if (!this.translator || !this.text.trim()) return;
    const text = this.text;
    this.view = { state: 'loading' };
    try {
      const response = await this.translator.translate([text], this.target);
      if (text !== this.text) return;
      this.view = { state: 'translated', text: response.texts[0] ?? '', source: response.source, unchanged: response.unchanged };
      this.dispatchEvent(new AisleTranslatedEvent(text, response.texts[0] ?? '', response.source));
    } catch {
      if (text === this.text) this.view = { state: 'error' };
    }
  }

  override render() {
    const s = translateStrings(this.uiLang ?? document.documentElement.lang);
    const view = this.view;
    const shown = view.state === 'translated' ? view.text : this.text;
    return html`
      <p part="text" lang=${view.state === 'translated' ? this.target : nothing}>${shown}</p>
      <div class="bar">
        ${view.state === 'translated'
          ? html`<button part="button" @click=${() => (this.view = { state: 'original' })}>${s.showOriginal}</button>
              <span part="note" data-source=${view.source}>${view.unchanged ? s.unchanged : view.source === 'model' ? s.byModel : s.byGlossary}</span>`
          : view.state === 'loading'
            ? html`<button part="button" disabled aria-busy="true">${s.translate}</button>
                <span part="status" role="status">${s.translating}</span>`
            : view.state === 'error'
              ? html`<span part="error" role="alert">${s.failed}</span>
                  <button part="button" @click=${() => this.showTranslation()}>${s.retry}</button>`
              : html`<button part="button" ?disabled=${!this.translator} @click=${() => this.showTranslation()}>${s.translate}</button>`}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aisle-translate': AisleTranslate;
  }
}
