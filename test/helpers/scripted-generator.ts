import type { ChatMessage, GenerateOptions } from '../../workers/generate/generate-types.ts';
import type { ChatGenerator } from '../../workers/generate/generated-phraser.ts';

/**
 * A test double of the generator interface: it "generates" a scripted reply, a few characters per
 * piece, through onToken, and stops when the signal aborts (as TextGenerator does at the next token).
 */
export function scripted(reply: string): ChatGenerator & { prompts: ChatMessage[][]; delivered: () => string } {
  let delivered = '';
  const prompts: ChatMessage[][] = [];
  return {
    prompts,
    delivered: () => delivered,
    async generate(messages: ChatMessage[], options: GenerateOptions = {}) {
      prompts.push(messages);
      let tokens = 0;
      for (let i = 0; i < reply.length; i += 4) {
        if (options.signal?.aborted) return { text: delivered, stopped: true, tokens };
        const piece = reply.slice(i, i + 4);
        delivered += piece;
        tokens++;
        options.onToken?.(piece);
        await Promise.resolve();
      }
      return { text: delivered, stopped: false, tokens };
    },
  };
}

