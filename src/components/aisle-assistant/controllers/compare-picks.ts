import type { ReactiveControllerHost } from 'lit';
import type { Product } from '../../../../workers/engine-api.ts';
import type { UiStrings } from '../../../strings.ts';
import { maxCompare } from '../compare-rows.ts';

/**
 * The products the shopper picked to compare (from result cards), at most `maxCompare`. State only:
 * it has nothing to do on connect or update, so it asks the host to render and is not registered.
 */
export class ComparePicks {
  picks: Product[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly strings: UiStrings },
    private readonly announce: (text: string) => void,
  ) {}

  has(id: string): boolean {
    return this.picks.some((p) => p.id === id);
  }

  get canPickMore(): boolean {
    return this.picks.length < maxCompare;
  }

  /** Picks or unpicks a product (a full list takes no more), and says how many are picked. */
  toggle(product: Product): void {
    if (this.has(product.id)) this.set(this.picks.filter((p) => p.id !== product.id));
    else if (this.canPickMore) this.set([...this.picks, product]);
    const t = this.host.strings;
    this.announce(this.picks.length >= maxCompare ? t.compareFull(maxCompare) : t.compareHint(this.picks.length, maxCompare));
  }

  /** Empties the picks and returns them, when there are enough to compare (none otherwise). */
  take(): Product[] {
    if (this.picks.length < 2) return [];
    const products = this.picks;
    this.set([]);
    return products;
  }

  clear(): void {
    this.set([]);
  }

  private set(picks: Product[]): void {
    this.picks = picks;
    this.host.requestUpdate();
    // The compare bar takes room from the list: keep the control the shopper just used in view.
    void this.host.updateComplete.then(() => (this.host.shadowRoot?.activeElement as HTMLElement | null)?.scrollIntoView({ block: 'nearest' }));
  }
}
