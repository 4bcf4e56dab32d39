import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../workers/engine.ts';
import type { Engine, PolicyEntry, Product } from '../../../workers/engine-api.ts';
import { policyVerdict } from '../../../workers/store/policy-verdict.ts';
import { testManifest, testModelsDir } from '../../helpers/demo-catalog.ts';

// A shop of its own (not the demo FAQ).
const entries: PolicyEntry[] = [
  { id: 'merchant:regions', kind: 'merchant-faq', topics: ['shipping'], question: 'Where do you deliver?', text: 'We deliver to Germany, France, Austria and Mexico. We do not deliver to Iceland or Greenland.' },
  { id: 'merchant:pay', kind: 'merchant-faq', topics: ['payment'], question: 'How can I pay?', text: 'We accept Visa, Mastercard and Alipay. We do not accept cheques or cash.' },
];

describe('policy answers lead with the answer', () => {
  it('reads yes or no from the clause that names the asked thing', () => {
    expect(policyVerdict('Do you deliver to Mexico?', entries[0].text, ['deliver', 'mexico'], ['mexico'])).toBe('yes');
    expect(policyVerdict('Do you deliver to Iceland?', entries[0].text, ['deliver', 'iceland'], ['iceland'])).toBe('no');
    expect(policyVerdict('Where do you deliver?', entries[0].text, ['deliver'])).toBeUndefined();
    expect(policyVerdict('Do you deliver to Peru?', entries[0].text, ['peru'], ['peru'])).toBeUndefined();
  });

  let engine: Engine;
  beforeAll(async () => {
    engine = createEngine();
    await engine.configure({ modelHost: testModelsDir, manifest: testManifest(), models: false });
    await engine.load([]);
    await engine.loadStorePolicies({ entries });
  });

  it('English: "Do you ship to Mexico?" starts with "Yes."; "Do you accept cash?" starts with "No."; the policy is quoted once', async () => {
    const yes = await engine.askStore('Do you ship to Mexico?');
    expect(yes.answer).toMatch(/^Yes\. /);
    expect(yes.answer.split('Mexico').length - 1).toBe(1);
    expect((await engine.askStore('Do you accept cash?')).answer).toMatch(/^No\. /);
  });

  it('Chinese: 能用支付宝付款吗 starts with 可以; the quote stays verbatim', async () => {
    const a = await engine.askStore('能用支付宝付款吗？');
    expect(a.answer).toMatch(/^可以。/);
    expect(a.answer).toContain('Alipay');
  });
});

// The same shop with one product on screen whose own rows name no country and no payment method.
const kettle: Product = {
  id: 'k-1', title: 'Steel Kettle', category: 'kitchen', reviews: [], tags: [],
  attributes: { shippingInformation: 'Ships in 3 days', warrantyInformation: '2 year warranty' },
};
const shopWithRussia: PolicyEntry[] = [
  { ...entries[0], text: 'We deliver to Germany, France, Canada and Japan. We do not deliver to Russia or Brazil.' },
  entries[1],
];

describe('the passage that says yes or no names what was asked', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = createEngine();
    await engine.configure({ modelHost: testModelsDir, manifest: testManifest(), models: false });
    await engine.load([kettle]);
    await engine.loadStorePolicies({ entries: shopWithRussia });
  });

  it('a yes/no answer carries its verdict; a question that is not yes/no, or one no policy decides, carries none', async () => {
    expect(await engine.askStore('Does it come with a warranty?', 'k-1')).toMatchObject({ verdict: 'yes', lead: "Yes. This item's own policy says:" });
    expect(await engine.askStore('有保修吗？', 'k-1')).toMatchObject({ verdict: 'yes' });
    expect((await engine.askStore('Do you accept cash?')).verdict).toBe('no');
    expect((await engine.askStore('能用现金付款吗？')).verdict).toBe('no');
    const open = await engine.askStore('How long is the warranty?', 'k-1');
    expect(open.status).toBe('answered');
    expect(open.verdict).toBeUndefined();
  });

  it('English: "Do you ship to Canada?" on a product page leads with the shop policy naming Canada, the item’s own row after it', async () => {
    const a = await engine.askStore('Do you ship to Canada?', 'k-1');
    expect(a.evidence.map((e) => e.entryId)).toEqual(['merchant:regions', 'product:k-1:shippingInformation']);
    expect(a.verdict).toBe('yes');
    expect(a.lead).toBe("Yes. The shop's shipping policy says:");
    expect(a.answer).toMatch(/^Yes\. The shop's shipping policy: “We deliver to .*Canada.*” This item: “Ships in 3 days”\.$/);
    const no = await engine.askStore('Do you ship to Russia?', 'k-1');
    expect(no.verdict).toBe('no');
    expect(no.answer).toMatch(/^No\. The shop's shipping policy: “We do not deliver to Russia/);
  });

  it('Chinese: 能寄到加拿大吗？ on a product page answers 可以 from the shop policy naming Canada; 能寄到巴西吗？ answers 不可以', async () => {
    const a = await engine.askStore('能寄到加拿大吗？', 'k-1');
    expect(a.evidence[0].entryId).toBe('merchant:regions');
    expect(a.verdict).toBe('yes');
    expect(a.answer).toMatch(/^可以。本店配送政策：“We deliver to .*Canada/);
    expect(a.answer).toContain('此商品：“Ships in 3 days”');
    const no = await engine.askStore('能寄到巴西吗？', 'k-1');
    expect(no.verdict).toBe('no');
    expect(no.answer).toMatch(/^不可以。本店配送政策：“We do not deliver to Russia or Brazil/);
  });

  it('a condition no policy names ("if I change my mind") still gets its answer from the item’s own row', async () => {
    const store = createEngine();
    await store.configure({ modelHost: testModelsDir, manifest: testManifest(), models: false });
    await store.load([{ ...kettle, attributes: { returnPolicy: 'No return policy' } }]);
    await store.loadStorePolicies({ entries: [{ id: 'merchant:returns', kind: 'merchant-faq', topics: ['returns'], text: 'Unused items can be returned within 30 days.' }] });
    expect(await store.askStore('Can I return it if I change my mind?', 'k-1')).toMatchObject({ verdict: 'no', evidence: [{ entryId: 'product:k-1:returnPolicy' }, { entryId: 'merchant:returns' }] });
    // Without the item's row, a country no policy names is "not mentioned", never a yes.
    expect(await engine.askStore('Do you ship to Peru?')).toMatchObject({ unmatched: ['Peru'] });
    expect((await engine.askStore('Do you ship to Peru?')).verdict).toBeUndefined();
  });

  it('words that name the product on screen ask nothing a policy must name: "a warranty on this kettle?" is answered by its own row', async () => {
    const a = await engine.askStore('Is there a warranty on this kettle?', 'k-1');
    expect(a).toMatchObject({ verdict: 'yes', evidence: [{ entryId: 'product:k-1:warrantyInformation' }] });
    expect(a.unmatched).toBeUndefined();
  });
});
