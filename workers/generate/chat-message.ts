import { systemPrompt } from './system-prompt.ts';
import type { ChatMessage } from './generate-types.ts';

/**
 * Makes page, product or review text safe to place inside a prompt as data: control characters go,
 * chat-template markers (`<|im_start|>`, `<s>`, `[INST]`…) are broken so no review can open a turn of
 * its own, and it is cut to a sane length. The text is then always quoted or listed as a fact.
 */
export function asPromptData(text: string, maxChars = 600): string {
  return text
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ' ')
    .replace(/<\|/g, '< |')
    .replace(/\|>/g, '| >')
    .replace(/<\/?s>/gi, (m) => m.replace('<', '< '))
    .replace(/\[\/?INST\]/gi, (m) => m.replace('[', '[ '))
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxChars);
}

/** The messages for a question answered from evidence: the system prompt, then the question with its evidence as data. */
export function evidenceMessages(question: string, evidence: string[]): ChatMessage[] {
  const lines = [`Question: ${asPromptData(question, 300)}`, 'Facts:', ...evidence.map((e) => `- "${asPromptData(e)}"`)];
  return [
    { role: 'system', content: systemPrompt },
    { role: 'user', content: lines.join('\n') },
  ];
}
