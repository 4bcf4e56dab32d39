import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { hasHan } from '../../common/has-han.ts';
import type { Lang, TranslationResponse } from '../../workers/engine-api.ts';
import type { Translates } from './aisle-translate/aisle-translate.ts';

/** The language a quote is written in, as far as a shopper needs to know: Chinese if it has Han characters. */
export function quoteLang(text: string): Lang {
  return hasHan(text) ? 'zh' : 'en';
}

/** Labels of the quote translation, in the shopper's language. */
export interface QuoteTranslationStrings {
  /** The mark beside a quote in another language: "原文（英文）", "Original (Chinese)". */
  original(lang: Lang): string;
  translate: string;
  translating: string;
  byModel: string;
  byGlossary: string;
  failed: string;
}

const en: QuoteTranslationStrings = {
  original: (lang) => (lang === 'zh' ? 'Original (Chinese)' : 'Original (English)'),
  translate: 'Translate the quotes',
  translating: 'Translating on your device…',
  byModel: 'Translated on your device',
  byGlossary: 'Word-by-word gloss (no translation model)',
  failed: 'Translation failed; the original is shown.',
};

const zh: QuoteTranslationStrings = {
  original: (lang) => (lang === 'zh' ? '原文（中文）' : '原文（英文）'),
  translate: '翻译原文',
  translating: '正在设备上翻译…',
  byModel: '已在您的设备上翻译',
  byGlossary: '逐词对照（未加载翻译模型）',
  failed: '翻译失败，仅显示原文。',
};

/** Quote-translation labels for a language. */
export function quoteTranslationStrings(lang: Lang): QuoteTranslationStrings {
  return lang === 'zh' ? zh : en;
}

/**
 * Translations of an answer's quotes on request, for a shopper whose language is not the quotes':
 * the verbatim quote stays shown, marked with its language, and its translation appears under it once
 * the shopper asks (never before: a translation is made on the device and may be a glossary gloss).
 * One per element; `reset()` when the answer changes.
 */
export class QuoteTranslations implements ReactiveController {
  private translations = new Map<string, string>();
  private source?: TranslationResponse['source'];
  private state: 'idle' | 'loading' | 'done' | 'error' = 'idle';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  reset(): void {
    this.translations.clear();
    this.state = 'idle';
    this.source = undefined;
  }

  /** The translation of one quote, once made. */
  translationOf(text: string): string | undefined {
    return this.translations.get(text);
  }

  /** Translates the quotes into `to` (what the button does). */
  async translate(translator: Translates, texts: string[], to: Lang): Promise<void> {
    this.state = 'loading';
    this.host.requestUpdate();
    try {
      const response = await translator.translate(texts, to);
      texts.forEach((text, i) => this.translations.set(text, response.texts[i] ?? ''));
      this.source = response.source;
      this.state = 'done';
    } catch {
      this.state = 'error';
    }
    this.host.requestUpdate();
  }

  /** The mark beside a quote not in the answer's language, or nothing. */
  mark(text: string, answerLang: Lang) {
    const lang = quoteLang(text);
    return lang === answerLang ? nothing : html`<span class="original" part="original" lang=${answerLang}>${quoteTranslationStrings(answerLang).original(lang)}</span>`;
  }

  /** A quote's translation under it, once made. */
  translation(text: string, answerLang: Lang) {
    const translated = this.translations.get(text);
    return translated ? html`<span class="translation" part="translation" lang=${answerLang}>${translated}</span>` : nothing;
  }

  /** The translate button for the quotes not in the answer's language (nothing when all are, or no translator). */
  action(translator: Translates | undefined, quotes: string[], answerLang: Lang) {
    const foreign = [...new Set(quotes.filter((q) => q.trim() && quoteLang(q) !== answerLang))];
    if (!foreign.length || !translator) return nothing;
    const s = quoteTranslationStrings(answerLang);
    if (this.state === 'done') {
      return html`<p class="translated-note" part="translation-note" lang=${answerLang} data-source=${this.source ?? nothing}>${this.source === 'model' ? s.byModel : s.byGlossary}</p>`;
    }
    return html`<p class="translate-quotes" lang=${answerLang}>
      <button type="button" part="translate-quotes" ?disabled=${this.state === 'loading'} aria-busy=${this.state === 'loading' ? 'true' : 'false'}
        @click=${() => this.translate(translator, foreign, answerLang)}>${s.translate}</button>
      ${this.state === 'loading' ? html`<span role="status">${s.translating}</span>` : nothing}
      ${this.state === 'error' ? html`<span role="alert">${s.failed}</span>` : nothing}
    </p>`;
  }
}
