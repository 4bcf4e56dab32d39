import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Reply, Turn } from '../conversation.ts';

/**
 * Live results while the shopper types: the text box's text, the draft turn shown under the
 * conversation, and the intent chips the shopper removed. A newer keystroke (or a sent message)
 * makes older requests stale, so a slow answer never replaces a newer one.
 */
export class LiveSearch implements ReactiveController {
  /** What the text box holds. */
  queryText = '';
  /** Results for the text being typed, not yet a turn of the conversation. */
  draft?: Turn;
  /** Intent chips the shopper removed for the current query text. */
  ignoredChips: string[] = [];
  private seq = 0;
  private debounce?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly searchReply: (text: string) => Promise<Reply>,
    private readonly onDraft: (draft: Turn) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.debounce);
  }

  /** The shopper typed: a new text, all chips back, results after a short pause. */
  input(text: string): void {
    this.setQuery(text);
    this.ignoredChips = [];
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.run(this.queryText), 150);
  }

  setQuery(text: string): void {
    this.queryText = text;
    this.host.requestUpdate();
  }

  /** Runs the draft search for `text` now (an empty text clears the draft); the old draft shows until then. */
  async run(text: string): Promise<void> {
    const seq = this.stale();
    if (!text.trim()) {
      this.draft = undefined;
      this.host.requestUpdate();
      return;
    }
    const reply = await this.searchReply(text);
    if (seq !== this.seq) return;
    this.draft = { id: 'draft', ask: text, reply, at: Date.now() };
    this.host.requestUpdate();
    this.onDraft(this.draft);
  }

  /** Drops the draft and makes every request in flight stale (a message was sent, the conversation cleared). */
  invalidate(): void {
    this.stale();
    this.draft = undefined;
    this.host.requestUpdate();
  }

  /** Makes every request in flight stale; returns the new request number. */
  private stale(): number {
    clearTimeout(this.debounce);
    return ++this.seq;
  }

  /** The shopper removed an intent chip; true when the draft was searched again without it. */
  removeChip(id: string): boolean {
    this.ignoredChips = [...this.ignoredChips, id];
    if (!this.draft) return false;
    void this.run(this.draft.ask);
    return true;
  }
}
