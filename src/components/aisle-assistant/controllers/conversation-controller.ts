import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnswerSource } from '../../../../workers/engine-api.ts';
import type { UiStrings } from '../../../strings.ts';
import { turnId, type Evidence, type Reply, type Turn } from '../conversation.ts';
import { ConversationStore } from '../conversation-store.ts';

/** What the conversation reads from the element. */
export interface ConversationHost extends ReactiveControllerHost {
  storageKey: string;
  readonly strings: UiStrings;
}

/**
 * The conversation: its turns (kept in the tab's sessionStorage under the element's `storage-key`) and
 * the polite live region that tells screen readers what each settled reply holds.
 */
export class ConversationController implements ReactiveController {
  turns: Turn[] = [];
  /** The live region's text. */
  announcement = '';
  private store = new ConversationStore();
  /** Whether the saved conversation has been read (restore()). */
  private restored = false;

  constructor(private readonly host: ConversationHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.store = new ConversationStore(this.host.storageKey);
    this.restored = false;
    // The saved conversation is read after the element's first render, in a task of its own: a page's
    // first sessionStorage access is a synchronous load of the tab's storage area, which stalled the
    // main thread for hundreds of ms on a loaded machine when it ran in connectedCallback.
    void this.host.updateComplete.then(() => setTimeout(() => this.restore(), 0));
  }

  /** Reads the saved conversation once (before the first turn is added or saved, at the latest): saved turns come first. */
  restore(): void {
    if (this.restored) return;
    this.restored = true;
    const saved = this.store.load();
    if (!saved.length) return;
    // Turns asked before the read stay after the saved ones (on a reconnect, those are the same turns).
    const ids = new Set(saved.map((t) => t.id));
    this.turns = [...saved, ...this.turns.filter((t) => !ids.has(t.id))];
    this.host.requestUpdate();
  }

  /** Adds a turn and returns it; `settle: false` for a reply still being worked on (not saved yet). */
  add(ask: string, reply: Reply, settle = true): Turn {
    this.restore();
    const turn: Turn = { id: turnId(), ask, reply, at: Date.now() };
    this.turns = [...this.turns, turn];
    this.host.requestUpdate();
    if (settle) this.settled(turn);
    return turn;
  }

  /** Replaces the reply of a turn. */
  update(id: string, reply: Reply): void {
    this.turns = this.turns.map((t) => (t.id === id ? { ...t, reply } : t));
    this.host.requestUpdate();
    const turn = this.turns.find((t) => t.id === id);
    if (turn) this.settled(turn);
  }

  /**
   * Streams an answer into a new turn: each token is appended as it arrives (screen readers hear
   * the whole answer once it is complete). Resolves with the full text; a failure becomes an error
   * reply with a retry, after `onError`.
   */
  async stream(ask: string, tokens: AsyncIterable<string>, meta: { source: AnswerSource; evidence?: Evidence[] }, onError: (error: unknown) => void): Promise<string> {
    let text = '';
    const { id } = this.add(ask, { kind: 'answer', text, source: meta.source, streaming: true });
    try {
      for await (const token of tokens) {
        text += token;
        this.update(id, { kind: 'answer', text, source: meta.source, streaming: true });
      }
      this.update(id, { kind: 'answer', text, source: meta.source, evidence: meta.evidence });
    } catch (error) {
      onError(error);
      this.update(id, { kind: 'error', message: this.host.strings.error, retryText: ask });
    }
    return text;
  }

  /** Forgets every turn, here and in session storage. */
  clear(): void {
    this.restored = true;
    this.turns = [];
    this.store.clear();
    this.announce(this.host.strings.cleared);
  }

  /** Says what a reply holds, once it has settled. */
  announceReply(turn: Turn): void {
    const t = this.host.strings;
    const r = turn.reply;
    if (r.kind === 'search') this.announce(r.response.hits.length ? t.resultsFor(r.response.hits.length, turn.ask) : t.noResults);
    else if (r.kind === 'error') this.announce(r.message);
    else if (r.kind === 'answer' && !r.streaming) this.announce(r.text);
    else if (r.kind === 'compare') this.announce(t.compareCaption);
  }

  announce(text: string): void {
    // Re-setting the same text would not be announced again; a trailing space changes it.
    this.announcement = this.announcement === text ? `${text} ` : text;
    this.host.requestUpdate();
  }

  /** A turn's reply has changed: save the conversation and announce settled replies. */
  private settled(turn: Turn): void {
    if (turn.reply.kind === 'answer' && turn.reply.streaming) return;
    this.store.save(this.turns);
    this.announceReply(turn);
  }
}
