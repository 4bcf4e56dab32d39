import type { ProductAnswer } from '../protocol/answer.ts';
import { asPromptData } from './chat-message.ts';
import type { ChatMessage } from './generate-types.ts';
import { systemPrompt } from './system-prompt.ts';

const verdictWords: Record<ProductAnswer['verdict'], string> = {
  yes: 'yes', no: 'no', 'not-stated': 'not stated', stated: 'stated', opinion: 'from reviews',
};

/**
 * The request to word an answer the engine already drafted: the question, the draft's verdict and
 * text, and the cited evidence, every one of them as quoted data. The model chooses words only.
 */
export function phrasingMessages(draft: ProductAnswer): ChatMessage[] {
  const lines = [
    `Rewrite the answer in one or two short sentences in ${draft.language === 'zh' ? 'Chinese' : 'English'}, using only the facts.`,
    `Question: ${asPromptData(draft.question, 300)}`,
    `Answer: ${verdictWords[draft.verdict]}`,
    `Draft: "${asPromptData(draft.text)}"`,
    'Facts:',
    ...draft.evidence.map((e) => `- "${asPromptData(e.text)}"`),
  ];
  return [
    { role: 'system', content: systemPrompt },
    { role: 'user', content: lines.join('\n') },
  ];
}
