import { describe, expect, it } from 'vitest';
import { recommendationIntent } from '../../../src/recommend/recommend-intent.ts';

describe('recommendationIntent (chat messages that ask for a recommendation list)', () => {
  it.each([
    ['what goes with this?', 'goes-with'],
    ['What should I buy with this phone', 'goes-with'],
    ['any accessories for it', 'goes-with'],
    ['这个配什么好？', 'goes-with'],
    ['show me something similar but cheaper', 'similar'],
    ['alternatives to this laptop', 'similar'],
    ['有类似的吗', 'similar'],
    ['recommend something for me', 'for-you'],
    ['给我推荐几件', 'for-you'],
  ])('%s -> %s', (message, kind) => {
    expect(recommendationIntent(message)).toBe(kind);
  });

  it('leaves ordinary searches and questions alone', () => {
    for (const message of ['waterproof running shoes under $100', 'does this phone support 5G?', '笔记本电脑']) {
      expect(recommendationIntent(message)).toBeUndefined();
    }
  });
});
