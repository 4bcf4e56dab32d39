import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { HistoryEntry, HistorySettings } from '../../../workers/engine-api.ts';
import { AisleHistoryChangeEvent } from '../../events.ts';
import { findRecommendationSource, type RecommendationSource } from '../../recommend/recommendation-source.ts';
import { elementLanguage, recommendationStringsFor, type RecommendationStrings } from '../../recommend/recommendation-strings.ts';
import { styles } from './aisle-history.styles.ts';

/**
 * The shopper's own history panel: what was kept on this device (viewed, added to cart, bought,
 * searched), a button to remove each entry, one to clear it all, and a switch to stop keeping it.
 * The choice persists. Nothing here is ever sent anywhere.
 *
 * Its data comes from `source` (an engine or anything with `history`/`forgetHistory`/...); by
 * default the `<aisle-assistant>` named by `for`, else the first on the page.
 *
 * @event aisle-history-change - the shopper removed entries, cleared history, or switched it on/off
 * @csspart switch - the keep-history checkbox (role switch)
 * @csspart clear - the clear-history button
 * @csspart list - the list of entries
 * @csspart entry - one entry
 * @csspart remove - an entry's remove button
 * @cssproperty --aisle-history-height - the list's maximum height before it scrolls
 * @cssproperty --aisle-accent - focus and switch colour
 * @cssproperty --aisle-text - text colour
 * @cssproperty --aisle-muted - secondary text colour
 */
export class AisleHistory extends LitElement {
  static override styles = styles;

  /** Where history comes from; default the page's `<aisle-assistant>`. */
  @property({ attribute: false }) source?: RecommendationSource;
  /** `light`, `dark`, or unset to follow the system. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private entries: HistoryEntry[] = [];
  @state() private settings?: HistorySettings;

  private get t(): RecommendationStrings {
    return recommendationStringsFor(elementLanguage(this));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refresh();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('source') && changed.get('source') !== undefined) void this.refresh();
  }

  /** Reads history and settings again (the panel does this itself after each change it makes). */
  async refresh(): Promise<void> {
    const source = await this.resolve();
    if (!source) return;
    [this.entries, this.settings] = await Promise.all([source.history(), source.historySettings()]);
  }

  private async resolve(): Promise<RecommendationSource | undefined> {
    return this.source ?? findRecommendationSource(this);
  }

  private async change(action: (source: RecommendationSource) => Promise<unknown>): Promise<void> {
    const source = await this.resolve();
    if (!source) return;
    await action(source);
    await this.refresh();
    this.dispatchEvent(new AisleHistoryChangeEvent());
  }

  private toggle(event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    void this.change((s) => s.setHistoryEnabled(on));
  }

  override render() {
    const t = this.t;
    const s = this.settings;
    return html`
      <section aria-label=${t.historyTitle}>
        <h2>${t.historyTitle}</h2>
        <p class="note">${s && !s.persistent ? t.historyNotKept : s ? t.historyLimits(s.maxEntries, s.maxAgeDays) : ''}</p>
        <div class="controls">
          <label><input part="switch" type="checkbox" role="switch" .checked=${s?.enabled ?? true} ?disabled=${!s?.persistent}
            @change=${this.toggle} />${t.historySwitch}</label>
          <button part="clear" ?disabled=${!this.entries.length} @click=${() => this.change((src) => src.forgetHistory())}>${t.clear}</button>
        </div>
        ${s && !s.enabled ? html`<p class="note" role="status">${t.historyOff}</p>` : nothing}
        ${this.entries.length
          ? html`<ul part="list">${repeat(this.entries, (e) => e.id, (e) => this.renderEntry(e, t))}</ul>`
          : html`<p class="note">${t.historyEmpty}</p>`}
      </section>`;
  }

  private renderEntry(entry: HistoryEntry, t: RecommendationStrings) {
    const what = t.entry(entry);
    return html`<li part="entry" data-entry-id=${entry.id}>
      <span class="type">${t.entryType[entry.type]}</span>
      <span class="what" title=${what}>${what}</span>
      <button part="remove" aria-label=${t.remove(what)} @click=${() => this.change((s) => s.forgetHistory(entry.id))}>×</button>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aisle-history': AisleHistory;
  }
}
