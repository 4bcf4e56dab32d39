import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../workers/engine.ts';
import type { Engine, PolicyEntry, Product } from '../../../workers/engine-api.ts';
import { detectTopics } from '../../../workers/topics/policy-topics.ts';
import { testManifest, testModelsDir } from '../../helpers/demo-catalog.ts';

// A shop of its own: where it ships, how it takes payment, its returns; two products with their own rows.
const entries: PolicyEntry[] = [
  { id: 'merchant:regions', kind: 'merchant-faq', topics: ['shipping'], question: 'Where do you deliver?', text: 'We deliver to Germany, France, Canada and Japan. We do not deliver to Russia or Brazil.' },
  { id: 'merchant:speed', kind: 'merchant-faq', topics: ['shipping'], question: 'How fast is shipping?', text: 'Standard shipping takes 3-5 business days; express shipping takes 1-2.' },
  { id: 'merchant:pay', kind: 'merchant-faq', topics: ['payment'], question: 'How can I pay?', text: 'We accept Visa, Mastercard, American Express and Alipay. We do not accept cheques or cash.' },
  { id: 'merchant:returns', kind: 'merchant-faq', topics: ['returns'], question: 'What is your return policy?', text: 'Unused items can be returned within 30 days for a full refund.' },
];
const lamp: Product = {
  id: 'l-1', title: 'Desk Lamp', category: 'lighting', reviews: [], tags: [],
  attributes: { shippingInformation: 'Ships in 2 weeks', returnPolicy: '30 days return policy' },
};
const mug: Product = { id: 'm-1', title: 'Travel Mug', category: 'kitchen', reviews: [], tags: [], attributes: { returnPolicy: 'No return policy' } };

let engine: Engine;
beforeAll(async () => {
  engine = createEngine();
  await engine.configure({ modelHost: testModelsDir, manifest: testManifest(), models: false });
  await engine.load([lamp, mug]);
  await engine.loadStorePolicies({ entries });
});

describe('a yes or a no about a country comes only from a passage naming it', () => {
  it('English: "Do you ship to Peru?" on a page whose item "Ships in 2 weeks" says no yes, names Peru as not mentioned, and quotes the closest policy first', async () => {
    for (const productId of ['l-1', undefined]) {
      const a = await engine.askStore('Do you ship to Peru?', productId);
      expect(a.status, productId).toBe('answered');
      expect(a.verdict, productId).toBeUndefined();
      expect(a.unmatched, productId).toEqual(['Peru']);
      expect(a.evidence[0].scope, productId).toBe('shop');
      expect(a.lead, productId).toBe("The shop's shipping policy does not mention “Peru”, so I can't say for sure. The closest published policy:");
      expect(a.answer, productId).not.toMatch(/^Yes/);
    }
    // The item's own row still follows, as more about this item.
    expect((await engine.askStore('Do you ship to Peru?', 'l-1')).evidence.map((e) => e.scope)).toEqual(['shop', 'product']);
  });

  it('Chinese: 能寄到秘鲁吗？ (a name the glossaries do not know) gets no 可以, and says the policy does not name 秘鲁', async () => {
    for (const productId of ['l-1', undefined]) {
      const a = await engine.askStore('能寄到秘鲁吗？', productId);
      expect(a.verdict, productId).toBeUndefined();
      expect(a.unmatched, productId).toEqual(['秘鲁']);
      expect(a.evidence[0].scope, productId).toBe('shop');
      expect(a.lead, productId).toMatch(/^本店配送政策没有提到“秘鲁”，我无法确定。/);
      expect(a.answer, productId).not.toMatch(/^可以/);
    }
  });

  it('a country a passage names still gets its yes or no on the product page, in both languages', async () => {
    expect(await engine.askStore('Do you ship to Japan?', 'l-1')).toMatchObject({ verdict: 'yes', evidence: [{ entryId: 'merchant:regions' }, { entryId: 'product:l-1:shippingInformation' }] });
    expect(await engine.askStore('Can you deliver to Brazil?', 'l-1')).toMatchObject({ verdict: 'no' });
    const zh = await engine.askStore('能寄到日本吗？', 'l-1');
    expect(zh).toMatchObject({ verdict: 'yes', evidence: [{ entryId: 'merchant:regions' }, { entryId: 'product:l-1:shippingInformation' }] });
    expect(zh.lead).toBe('可以。依据本店配送政策，原文见下。');
    expect((await engine.askStore('能寄到巴西吗？', 'l-1')).verdict).toBe('no');
  });
});

describe('card networks and ways to pay are payment questions', () => {
  it('routes "Can I pay with American Express?" and 能用美国运通卡付款吗？ to payment, not to express shipping', async () => {
    expect(detectTopics('Can I pay with American Express?')[0].topic).toBe('payment');
    expect(detectTopics('能用美国运通卡付款吗？')[0].topic).toBe('payment');
    for (const question of ['Can I pay with American Express?', '能用美国运通卡付款吗？', 'Do you take Amex?']) {
      expect(await engine.route(question), question).toMatchObject({ route: 'store-policy', topic: 'payment' });
      const a = await engine.askStore(question, 'l-1');
      expect(a, question).toMatchObject({ topic: 'payment', verdict: 'yes', evidence: [{ entryId: 'merchant:pay' }] });
      expect(a.evidence, question).toHaveLength(1); // the item's shipping row has nothing to say about paying
    }
    expect((await engine.askStore('Can I pay with American Express?')).answer).toBe("Yes. The shop's payment policy: “We accept Visa, Mastercard, American Express and Alipay.”");
    expect((await engine.askStore('能用美国运通卡付款吗？')).lead).toBe('可以。依据本店支付政策，原文见下。');
  });

  it('"express" alone still asks about shipping', async () => {
    expect(await engine.route('Do you offer express delivery?')).toMatchObject({ route: 'store-policy', topic: 'shipping' });
    expect(await engine.askStore('Is express shipping available?')).toMatchObject({ topic: 'shipping', evidence: [{ entryId: 'merchant:speed' }] });
  });

  it('a way to pay no policy names gets no verdict and is named as not mentioned; one the policy refuses is a no (English and Chinese)', async () => {
    for (const [question, label] of [['Can I pay with JCB?', 'JCB'], ['能用JCB付款吗？', 'JCB']]) {
      const a = await engine.askStore(question);
      expect(a, question).toMatchObject({ topic: 'payment', unmatched: [label], evidence: [{ entryId: 'merchant:pay' }] });
      expect(a.verdict, question).toBeUndefined();
    }
    expect(await engine.askStore('Can I pay by cheque?')).toMatchObject({ topic: 'payment', verdict: 'no' });
    expect(await engine.askStore('能用现金付款吗？')).toMatchObject({ topic: 'payment', verdict: 'no' });
  });
});

describe('"can I return it if I don\'t like it?" gets the verdict the return policy supports', () => {
  it('English and Chinese: yes from the shop policy and from an item with 30 days; no from an item with no return policy', async () => {
    for (const question of ["Can I return it if I don't like it?", '不喜欢可以退吗？']) {
      expect(await engine.askStore(question), question).toMatchObject({ topic: 'returns', verdict: 'yes', evidence: [{ entryId: 'merchant:returns' }] });
      expect(await engine.askStore(question, 'l-1'), question).toMatchObject({ verdict: 'yes', evidence: [{ entryId: 'product:l-1:returnPolicy' }, { entryId: 'merchant:returns' }] });
      expect(await engine.askStore(question, 'm-1'), question).toMatchObject({ verdict: 'no', evidence: [{ entryId: 'product:m-1:returnPolicy' }, { entryId: 'merchant:returns' }] });
    }
    expect((await engine.askStore('不喜欢可以退吗？')).answer).toMatch(/^可以。本店退换货政策：“Unused items can be returned within 30 days/);
    expect((await engine.askStore('不喜欢可以退吗？', 'm-1')).answer).toMatch(/^不可以。此商品：“No return policy”。/);
  });
});
