import type { SearchResponse } from '../../../../workers/engine-api.ts';
import { shopperLanguage } from '../../../shopper-language.ts';
import type { UiStrings } from '../../../strings.ts';
import type { Reply, Turn } from '../conversation.ts';
import type { ConversationController } from './conversation-controller.ts';
import type { EngineConnection } from './engine-connection.ts';
import type { LiveSearch } from './live-search.ts';

/** What the flow needs from the element besides its controllers. */
export interface MessageFlowHost {
  readonly strings: UiStrings;
  /** The shopper's language: search results say why they match in it. */
  readonly uiLang: 'en' | 'zh';
  report(message: string, error: unknown): void;
}

/**
 * A message's way through the conversation: sent (a pending turn, recorded in the shopper's history),
 * answered with the reply `route` picks, retried after an error, searched again without a removed
 * filter chip, and redone on the model path once the model is ready. Every failure becomes an error
 * reply with a retry. State lives in the controllers it is given; this holds none.
 */
export class MessageFlow {
  constructor(
    private readonly host: MessageFlowHost,
    private readonly engine: EngineConnection,
    private readonly chat: ConversationController,
    private readonly live: LiveSearch,
    /** The reply a sent message gets (the element's `replyFor`). */
    private readonly route: (text: string) => Promise<Reply>,
  ) {}

  /** Commits `text` as a turn of the conversation. The text box is emptied only once it succeeded. */
  async submit(text: string): Promise<SearchResponse | undefined> {
    const ask = text.trim();
    if (!ask) return undefined;
    this.live.invalidate();
    const turn = this.chat.add(ask, { kind: 'pending' }, false);
    void this.engine.record({ type: 'search', query: ask });
    return this.answer(turn);
  }

  /** Runs a turn's message again (an error reply's retry button). */
  retry(turn: Turn): void {
    if (turn.id === 'draft') {
      void this.live.run(turn.ask);
      return;
    }
    this.chat.update(turn.id, { kind: 'pending' });
    void this.answer({ ...turn, reply: { kind: 'pending' } });
  }

  /** Runs `reply` once the catalog is loaded; a failure is an error reply. */
  async guarded(text: string, reply: () => Promise<Reply>): Promise<Reply> {
    try {
      if (!(await this.engine.ready())) return { kind: 'error', message: this.host.strings.errorCatalog, retryText: text };
      return await reply();
    } catch (error) {
      const message = this.engine.catalogLoaded ? this.host.strings.errorSearch : this.host.strings.errorCatalog;
      this.host.report(message, error);
      return { kind: 'error', message, retryText: text };
    }
  }

  /**
   * Results for `text`, without the intent chips the shopper removed; they say why they match in the
   * shopper's language: Chinese for a Chinese query (as answers follow the question), else the UI's.
   */
  searchReply(text: string): Promise<Reply> {
    return this.guarded(text, async () => ({ kind: 'search', response: await this.engine.ensureClient().search(text, 10, this.live.ignoredChips, shopperLanguage(text, this.host.uiLang)) }));
  }

  /** The shopper removed a filter chip: the latest search runs again without it. */
  removeChip(id: string): void {
    if (this.live.removeChip(id)) return;
    const last = this.chat.turns.findLast((t) => t.reply.kind === 'search');
    if (last) void this.searchReply(last.ask).then((reply) => this.chat.update(last.id, reply));
  }

  /** Once the model is ready, the results the shopper is looking at are redone on the better path. */
  async upgradeLatest(): Promise<void> {
    if (this.live.draft) {
      void this.live.run(this.live.draft.ask);
      return;
    }
    const last = this.chat.turns.at(-1);
    if (last?.reply.kind !== 'search' || last.reply.response.source === 'model') return;
    const reply = await this.searchReply(last.ask);
    if (reply.kind === 'search' && this.chat.turns.at(-1)?.id === last.id) this.chat.update(last.id, reply);
  }

  private async answer(turn: Turn): Promise<SearchResponse | undefined> {
    const reply = await this.route(turn.ask);
    this.chat.update(turn.id, reply);
    if (reply.kind === 'error') return undefined;
    // A product question starts the re-ranker: when its download waits for a go-ahead, the model status asks for it.
    if (reply.kind === 'product-answer' && !reply.answer.reranked) void this.engine.showWaitingModels();
    if (this.live.queryText.trim() === turn.ask) this.live.setQuery('');
    return reply.kind === 'search' ? reply.response : undefined;
  }
}
