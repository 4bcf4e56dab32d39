import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { IntentChip, IntentChipKind } from '../../../workers/engine-api.ts';
import { AisleFilterRemoveEvent } from './aisle-filter-remove-event.ts';
import { styles } from './aisle-filter-chips.styles.ts';

const kindNames: Record<'en' | 'zh', Record<IntentChipKind, string>> = {
  en: { price: 'Price', budget: 'Budget', rating: 'Rating', brand: 'Brand', color: 'Colour', size: 'Size', category: 'Type', exclude: 'Not', sort: 'Order' },
  zh: { price: '价格', budget: '预算', rating: '评分', brand: '品牌', color: '颜色', size: '尺码', category: '类别', exclude: '排除', sort: '排序' },
};

const words = {
  en: { group: 'Filters read from your search', remove: (t: string) => `Remove filter: ${t}`, relaxed: 'no exact match, not applied' },
  zh: { group: '从搜索中识别的筛选条件', remove: (t: string) => `移除筛选：${t}`, relaxed: '无完全匹配，未应用' },
};

/**
 * Removable chips showing what a search was read as ("Price ≤ 100", "Brand Apple", "Not leather").
 * Feed it `SearchResponse.intent.chips`; removing one raises `aisle-filter-remove` with the chip,
 * whose `id` the next search passes in `ignore`. Chip text is set as text, never as markup.
 *
 * @event aisle-filter-remove - cancelable; `chip` is the filter the shopper removed
 * @csspart list - the list of chips
 * @csspart chip - one chip
 * @csspart remove - a chip's remove button
 * @cssproperty --aisle-chip-background - chip background
 * @cssproperty --aisle-chip-border - chip border colour
 * @cssproperty --aisle-accent - focus ring colour
 */
export class AisleFilterChips extends LitElement {
  static override styles = styles;

  /** The chips to show, in order (`SearchResponse.intent.chips`). */
  @property({ attribute: false }) chips: IntentChip[] = [];
  /** UI language from the nearest `lang` attribute (this element's own first): `zh*` Chinese, else English. */
  private get language(): 'en' | 'zh' {
    const lang = this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || '';
    return lang.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  }

  private removeChip(chip: IntentChip, index: number): void {
    if (!this.dispatchEvent(new AisleFilterRemoveEvent(chip))) return;
    this.chips = this.chips.filter((c) => c.id !== chip.id);
    // Keep keyboard focus in the list: on the chip that took this one's place, or the one before.
    this.updateComplete.then(() => {
      const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>('button');
      buttons[Math.min(index, buttons.length - 1)]?.focus();
    });
  }

  override render() {
    if (!this.chips.length) return nothing;
    const lang = this.language;
    return html`<ul part="list" aria-label=${words[lang].group}>
      ${this.chips.map((chip, i) => {
        const text = `${kindNames[lang][chip.kind]} ${chip.label}`;
        return html`<li part="chip" data-chip-id=${chip.id} ?data-relaxed=${chip.relaxed} title=${chip.relaxed ? words[lang].relaxed : chip.from}>
          <span class="kind">${kindNames[lang][chip.kind]}</span><span class="label">${chip.label}</span>
          <button part="remove" type="button" aria-label=${words[lang].remove(text)} @click=${() => this.removeChip(chip, i)}>×</button>
        </li>`;
      })}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aisle-filter-chips': AisleFilterChips;
  }
}
