import type { ProductAnswer } from '../protocol/answer.ts';
import { streamText, type TokenCallback } from './stream-template.ts';

/** What a phraser returns: the wording, and whether its stream was cancelled. */
export interface Phrased {
  text: string;
  cancelled: boolean;
  /** Who really worded it, when not the phraser's own kind (a generated phraser that fell back to the template). */
  phrasing?: ProductAnswer['phrasing'];
  /** Why the wording is not (or only partly) the generated one. */
  note?: string;
}

/**
 * Words an answer. The engine drafts every answer (verdict, counts, evidence) first; a phraser
 * only chooses the words, over that same evidence, and streams them. The template phraser is
 * always there; a generative model (workers/generate/) can supply another with the same shape.
 */
export interface AnswerPhraser {
  readonly phrasing: ProductAnswer['phrasing'];
  phrase(draft: ProductAnswer, onToken?: TokenCallback, signal?: AbortSignal): Promise<Phrased>;
}

/** The template phraser: the draft's own text, streamed word by word. */
export const templatePhraser: AnswerPhraser = {
  phrasing: 'template',
  async phrase(draft, onToken, signal) {
    if (!onToken) return { text: draft.text, cancelled: false };
    return { text: draft.text, cancelled: !(await streamText(draft.text, onToken, signal)) };
  },
};
