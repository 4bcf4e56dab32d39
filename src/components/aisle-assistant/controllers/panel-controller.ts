import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deepActiveElement, trapTab } from '../focus-trap.ts';

/** What the panel reads from the element. */
export interface PanelHost extends ReactiveControllerHost, HTMLElement {
  open: boolean;
  mode: 'floating' | 'inline';
}

/**
 * The panel's open/close, focus and scrolling: focus moves to the text box when the panel opens and
 * back to the launcher when it closes, Escape closes a floating panel and Tab stays inside it, the
 * newest turn is scrolled into view as turns arrive, and the UI follows `lang` changes on the page.
 * `view()` gives what is on screen (the turn list and the draft), to scroll when it changes.
 */
export class PanelController implements ReactiveController {
  private langObserver?: MutationObserver;
  private wasOpen = false;
  private shown: unknown[] = [];

  constructor(private readonly host: PanelHost, private readonly view: () => unknown[]) {
    host.addController(this);
  }

  hostConnected(): void {
    this.langObserver = new MutationObserver(() => this.host.requestUpdate());
    this.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    this.langObserver.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.langObserver?.disconnect();
  }

  hostUpdated(): void {
    const opened = this.host.open && !this.wasOpen;
    this.wasOpen = this.host.open;
    if (opened) this.part<HTMLTextAreaElement>('#aisle-input')?.focus();
    const shown = this.view();
    const changed = shown.some((item, i) => item !== this.shown[i]);
    this.shown = shown;
    if (opened || changed) this.scrollToEnd();
  }

  close(): void {
    this.host.open = false;
    void this.host.updateComplete.then(() => this.part<HTMLElement>('.launcher')?.focus());
  }

  focusInput(): void {
    this.part<HTMLTextAreaElement>('#aisle-input')?.focus();
  }

  onKeydown(event: KeyboardEvent): void {
    if (this.host.mode === 'inline') return;
    const panel = this.part<HTMLElement>('.panel');
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.close();
    } else if (panel) trapTab(event, panel, deepActiveElement(this.host.shadowRoot!));
  }

  /** Shows the newest turn from its start (the shopper's words, then the reply's top). */
  private scrollToEnd(): void {
    const list = this.part<HTMLElement>('.messages');
    if (!list) return;
    requestAnimationFrame(() => {
      const last = list.lastElementChild;
      if (!last) return;
      list.scrollTop += last.getBoundingClientRect().top - list.getBoundingClientRect().top - 8;
    });
  }

  private part<T extends Element>(selector: string): T | null {
    return this.host.shadowRoot?.querySelector<T>(selector) ?? null;
  }
}
