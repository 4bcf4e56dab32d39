import { describe, expect, it } from 'vitest';
import { tokensBeforeResult } from '../../../workers/engine/token-delivery.ts';

describe('a streaming call returns only after the page has every token', () => {
  it('waits for the last token call to be answered before the result goes', async () => {
    const received: string[] = [];
    // Like a Comlink proxy: each call is answered later, in order.
    let chain = Promise.resolve();
    const onToken = (text: string) => (chain = chain.then(() => new Promise((r) => setTimeout(r, 5))).then(() => void received.push(text)));
    const result = await tokensBeforeResult(onToken, async (t) => {
      for (const piece of ['Warranty', ': ', '1 week']) t?.(piece);
      return 'Warranty: 1 week';
    });
    expect(received.join('')).toBe(result);
  });

  it('a page that stopped listening (its callback throws) does not lose the result', async () => {
    const result = await tokensBeforeResult(() => Promise.reject(new Error('gone')), async (t) => {
      t?.('x');
      return 'done';
    });
    expect(result).toBe('done');
  });
});
