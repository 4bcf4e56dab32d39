import { describe, expect, it, vi } from 'vitest';
import { composeStoreAnswer } from '../../../workers/store/compose-store-answer.ts';
import { PolicyIndex } from '../../../workers/store/policy-index.ts';
import type { Embedder } from '../../../workers/runtime/embedder.ts';
import type { PolicyEntry } from '../../../workers/protocol/store.ts';

const entries: PolicyEntry[] = [
  { id: 'costs', topics: ['shipping'], question: 'Costs', text: 'We ship every order with tracking; standard shipping is $5.', kind: 'merchant-faq' },
  { id: 'regions', topics: ['shipping'], question: 'Regions', text: 'We ship to Canada and Mexico. 我们寄往加拿大和墨西哥。', kind: 'merchant-faq' },
  { id: 'methods', topics: ['payment'], question: 'Which methods do you accept?', text: 'We accept Visa, PayPal and Apple Pay.', kind: 'merchant-faq' },
  { id: 'installments', topics: ['payment'], question: 'Can I pay in installments?', text: 'Pay in 4 with Klarna.', kind: 'merchant-faq' },
];

/** A stand-in embedding model that sees every question as closest to the entry `nearest`. */
function embedderNear(nearest: string): Embedder {
  const unit = (i: number) => Float32Array.from(entries.map((_, j) => (j === i ? 1 : 0)));
  const ix = entries.findIndex((e) => e.id === nearest);
  return {
    embed: async (texts: string[]) => texts.map((t) => (entries.some((e) => t.includes(e.text)) ? unit(entries.findIndex((e) => t.includes(e.text))) : unit(ix))),
  } as unknown as Embedder;
}

async function answer(question: string, nearest?: string) {
  const index = new PolicyIndex(entries);
  if (nearest) index.attachModel(embedderNear(nearest));
  return composeStoreAnswer({ question, index, useModel: !!nearest });
}

describe('the embedding model over policy passages', () => {
  it('cannot replace a passage that names the specific thing asked (English and Chinese)', async () => {
    expect((await answer('Do you ship to Canada?')).evidence[0].entryId).toBe('regions');
    expect((await answer('Do you ship to Canada?', 'costs')).evidence[0].entryId).toBe('regions');
    expect((await answer('能寄到加拿大吗？', 'costs')).evidence[0].entryId).toBe('regions');
  });

  it('cannot replace a passage that names every word asked, even when the words tie ("PayPal" vs "pay in installments")', async () => {
    for (const question of ['Can I pay with PayPal?', '可以用PayPal付款吗？']) {
      expect((await answer(question)).evidence[0].entryId, question).toBe('methods');
      const model = await answer(question, 'installments');
      // The model changed nothing: the answer says so (`model` only where a model decided it).
      expect(model.source).toBe('lexical');
      expect(model.evidence[0].entryId, question).toBe('methods');
      expect(model.answer, question).toMatch(/PayPal/);
    }
  });

  it('still decides between passages the words cannot tell apart', async () => {
    // Only "ship" matches, in both texts: the light path falls back to the merchant's order.
    expect((await answer('How do you ship parcels abroad?')).evidence[0].entryId).toBe('costs');
    const decided = await answer('How do you ship parcels abroad?', 'regions');
    expect(decided.evidence[0].entryId).toBe('regions');
    // Here the model decided, and the answer says so.
    expect(decided.source).toBe('model');
  });

  it('composes the answer once: the passages are looked up once, and the ranking tells whether the model decided them', async () => {
    for (const [question, nearest, source] of [['Can I pay with PayPal?', 'installments', 'lexical'], ['How do you ship parcels abroad?', 'regions', 'model']]) {
      const index = new PolicyIndex(entries);
      index.attachModel(embedderNear(nearest));
      const match = vi.spyOn(index, 'match');
      const a = await composeStoreAnswer({ question, index, useModel: true });
      expect(a.source, question).toBe(source);
      expect(match, question).toHaveBeenCalledTimes(1);
    }
  });
});
