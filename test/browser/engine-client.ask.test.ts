import { describe, expect, it } from 'vitest';
import { EngineClient } from '../../src/engine-client.ts';
import { hoodie, phone } from '../node/qa/qa-fixtures.ts';

describe('EngineClient.ask through the engine worker (Chromium)', () => {
  it('streams answer tokens from the worker, cancels from the page, and suggests questions', async () => {
    const client = new EngineClient({ modelHost: new URL('/models/test/', location.href).href, models: false });
    try {
      await client.load([phone(), hoodie()]);
      const tokens: string[] = [];
      const answer = await client.ask('hoodie-1', 'Is it machine washable?', (t) => void tokens.push(t));
      expect(answer).toMatchObject({ verdict: 'yes', source: 'lexical' });
      expect(tokens.join('')).toBe(answer.text);

      const stopped: string[] = [];
      const cancelled = await client.ask('phone-1', 'Is the battery good?', (t) => {
        stopped.push(t);
        return stopped.length < 2;
      });
      expect(stopped).toHaveLength(2);
      expect(cancelled.cancelled).toBe(true);
      expect(cancelled.opinion).toMatchObject({ mentions: 9, positive: 7 });

      expect(await client.suggestQuestions('phone-1', 'zh')).toContain('支持5G吗？');
      await expect(client.ask('missing', 'Is it good?')).rejects.toThrow(/no product with id/);
    } finally {
      client.dispose();
    }
  });
});

describe('generated answer wording through the engine worker (Chromium, WASM)', { timeout: 400_000 }, () => {
  it('loads the test LLM for answer-phrasing "generated"; its unchecked text never streams, and the template answers', async () => {
    const modelHost = new URL('/models/test/', location.href).href;
    const generated = new EngineClient({ modelHost, answerPhrasing: 'generated' });
    const plain = new EngineClient({ modelHost, models: false });
    try {
      await generated.load([phone()]);
      await plain.load([phone()]);
      const tokens: string[] = [];
      const answer = await generated.ask('phone-1', 'Does this phone support 5G?', (t) => void tokens.push(t));
      const template = await plain.ask('phone-1', 'Does this phone support 5G?');
      expect(answer).toMatchObject({ phrasing: 'template', verdict: 'yes', text: template.text });
      expect(answer.phrasingNote).toMatch(/not grounded|no usable sentence/);
      expect(tokens.join('')).toBe(template.text);
      expect((await generated.status()).models.llm).toMatchObject({ state: 'ready' });
    } finally {
      generated.dispose();
      plain.dispose();
    }
  });
});
