import type { Lang } from '../protocol/language.ts';
import { asPromptData } from './chat-message.ts';
import type { ChatMessage, Fact } from './generate-types.ts';
import { systemPrompt } from './system-prompt.ts';

/**
 * The drafting request: the facts listed as data, then the review highlights quoted. Kept in step with
 * the test model's training format (models/test/generators/llm.py).
 */
export function draftMessages(facts: Fact[], highlights: Fact[], lang: Lang): ChatMessage[] {
  const lines = [`Write a product description and a short blurb in ${lang === 'zh' ? 'Chinese' : 'English'}.`, 'Facts:'];
  for (const fact of facts) lines.push(`- ${fact.field.replace(/^attributes\./, '')}: ${asPromptData(fact.value, 200)}`);
  if (highlights.length) {
    lines.push('Review highlights:');
    for (const quote of highlights) lines.push(`- "${asPromptData(quote.value, 240)}"`);
  }
  return [
    { role: 'system', content: systemPrompt },
    { role: 'user', content: lines.join('\n') },
  ];
}
