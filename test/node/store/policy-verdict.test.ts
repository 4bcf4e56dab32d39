import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../workers/engine.ts';
import type { Engine, PolicyEntry } from '../../../workers/engine-api.ts';
import { policyVerdict } from '../../../workers/store/compose-store-answer.ts';
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
