import type { AnswerSource, Evidence, Product, SearchResponse, SpecLabel } from '../../../workers/engine-api.ts';

/** Evidence behind an answer is the engine's one `Evidence` type (a spec row, a description sentence, a review, a Q&A). */
export type { Evidence };

/**
 * Every kind of reply the assistant can show, by name. Features add a kind by augmenting this
 * interface (`declare module` on this file) and registering a renderer with `registerReplyRenderer`.
 */
export interface ReplyKinds {
  /** The engine is working on it. */
  pending: Record<never, never>;
  /** Product results as cards. */
  search: { response: SearchResponse };
  /** A written answer (simple markdown allowed), with its evidence; `streaming` while tokens arrive. */
  answer: { text: string; evidence?: Evidence[]; source: AnswerSource; streaming?: boolean };
  /**
   * Two to four products side by side, in the shopper's language `lang` (the page's when unset), the
   * spec rows labelled by `labels` (by spec name, from the engine).
   */
  compare: { products: Product[]; lang?: 'en' | 'zh'; labels?: Record<string, SpecLabel> };
  /** A plain sentence about what failed; `retryText` is what the shopper asked, to run again. */
  error: { message: string; retryText: string };
}

/** One reply, tagged by `kind`. */
export type Reply = { [K in keyof ReplyKinds]: { kind: K } & ReplyKinds[K] }[keyof ReplyKinds];

/** One exchange: what the shopper said and what the assistant replied. */
export interface Turn {
  id: string;
  ask: string;
  reply: Reply;
  at: number;
}

/** A new turn id, unique within the tab. */
export function turnId(): string {
  return `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}
