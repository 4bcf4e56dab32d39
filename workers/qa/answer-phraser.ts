import { streamText } from './stream-template.ts';
import type { AnswerPhraser } from './qa-types.ts';

/** The template phraser: the draft's own text, streamed word by word. */
export const templatePhraser: AnswerPhraser = {
  phrasing: 'template',
  async phrase(draft, onToken, signal) {
    if (!onToken) return { text: draft.text, cancelled: false };
    return { text: draft.text, cancelled: !(await streamText(draft.text, onToken, signal)) };
  },
};
