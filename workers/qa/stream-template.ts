import type { TokenCallback } from './qa-types.ts';

const words = new Intl.Segmenter('zh', { granularity: 'word' });

/** Cuts text into word-sized tokens, spaces and punctuation kept on the word before them. */
export function templateTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const part of words.segment(text)) {
    if (part.isWordLike || !tokens.length) tokens.push(part.segment);
    else tokens[tokens.length - 1] += part.segment;
  }
  return tokens;
}

/**
 * Streams a finished text token by token through `onToken`, yielding to the event loop between
 * tokens so a cancel can land. Stops when the callback returns `false` or `signal` aborts.
 * Resolves true when every token was delivered.
 */
export async function streamText(text: string, onToken: TokenCallback, signal?: AbortSignal): Promise<boolean> {
  for (const token of templateTokens(text)) {
    if (signal?.aborted) return false;
    if ((await onToken(token)) === false) return false;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  return !signal?.aborted;
}
