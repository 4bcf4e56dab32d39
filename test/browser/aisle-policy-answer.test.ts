import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { defineAisle } from '../../src/define.ts';
import { readPageCatalog } from '../../src/catalog/read-page-catalog.ts';
import { EngineClient } from '../../src/engine-client.ts';
import { storePolicySource } from '../../src/store/read-page-policies.ts';
import type { AislePolicyAnswer } from '../../src/components/aisle-policy-answer/aisle-policy-answer.ts';
import type { StoreAnswer } from '../../workers/engine-api.ts';

defineAisle(new URL('/', location.href));

/** A shoe shop's product page: the product with a 14-day return policy in its offer, and the shop's FAQPage. */
function shopPage(): void {
  const blocks = [
    {
      '@context': 'https://schema.org', '@type': 'Product', sku: 'TRAIL-9', name: 'Trail Runner 9', url: '/p/trail-runner-9.html',
      brand: { '@type': 'Brand', name: 'Peak' }, category: 'Shoes',
      offers: {
        '@type': 'Offer', price: 89, priceCurrency: 'USD',
        hasMerchantReturnPolicy: {
          '@type': 'MerchantReturnPolicy', returnPolicyCategory: 'https://schema.org/MerchantReturnFiniteReturnWindow',
          merchantReturnDays: 14, returnFees: 'https://schema.org/FreeReturn', merchantReturnLink: '/help/returns#shoes',
        },
      },
    },
    {
      '@context': 'https://schema.org', '@type': 'FAQPage', url: '/help/faq',
      mainEntity: [
        {
          '@type': 'Question', name: 'What is your return policy?',
          acceptedAnswer: { '@type': 'Answer', text: '<p>You can return unworn items within <b>30 days</b>.</p><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>' },
        },
        { '@type': 'Question', name: 'Do you ship to Canada?', acceptedAnswer: { '@type': 'Answer', text: 'Yes, delivery to Canada takes 5-8 business days.' } },
      ],
    },
  ];
  for (const block of blocks) {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify(block);
    document.body.append(script);
  }
}

async function render(answer: StoreAnswer): Promise<AislePolicyAnswer> {
  const el = document.createElement('aisle-policy-answer');
  el.answer = answer;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

let client: EngineClient | undefined;

async function engineForPage(options: { faq?: string; models?: boolean } = {}): Promise<EngineClient> {
  shopPage();
  client = new EngineClient({ modelHost: new URL('/models/test/', location.href).href, models: options.models ?? false });
  await client.load(readPageCatalog(document).products);
  const source = storePolicySource(document, { faq: options.faq, contact: '/help/contact', contactLabel: 'Write to us' });
  const load = await client.loadStorePolicies(source);
  expect(load.warnings).toEqual([]);
  return client;
}

afterEach(() => {
  client?.dispose();
  client = undefined;
  document.body.replaceChildren();
  delete (window as { __pwned?: number }).__pwned;
});

describe('store questions through the engine worker, on a page with FAQPage JSON-LD', () => {
  it('routes a returns question, answers it with this item’s own policy first and the FAQ after, and renders the quotes as text with their links, offline', async () => {
    await commands.startRecordingRequests();
    const engine = await engineForPage();
    const question = 'Can I return these shoes if they don’t fit?';
    expect(await engine.route(question, { productId: 'TRAIL-9' })).toMatchObject({ route: 'store-policy', topic: 'returns' });
    const answer = await engine.askStore(question, 'TRAIL-9');
    expect(answer.status).toBe('answered');
    expect(answer.evidence.map((e) => [e.scope, e.kind])).toEqual([['product', 'offer-return'], ['shop', 'faq-page']]);

    const el = await render(answer);
    const root = el.shadowRoot!;
    expect(el.getAttribute('status')).toBe('answered');
    // The answer leads, and each quote is shown once: in its card, not again in the answer sentence.
    expect(root.querySelector('[part="answer"]')!.textContent).toBe("Yes. This item's own policy says:");
    expect(answer.answer).toMatch(/^Yes\. This item: “Returns accepted within 14 days; free returns\.”/);
    const quotes = [...root.querySelectorAll('[part="quote"]')].map((q) => q.textContent);
    expect(quotes).toEqual(['Returns accepted within 14 days; free returns.', 'You can return unworn items within 30 days.']);
    expect(root.textContent!.split('Returns accepted within 14 days')).toHaveLength(2);
    // Same language as the answer: no "original" mark, no translate button.
    expect(root.querySelector('[part="original"], [part="translate-quotes"]')).toBeNull();
    const links = [...root.querySelectorAll<HTMLAnchorElement>('[part="source"]')].map((a) => a.href);
    expect(links).toEqual([new URL('/help/returns#shoes', location.href).href, new URL('/help/faq', location.href).href]);
    expect(root.querySelector('img, script')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();

    const requests = await commands.recordedRequests();
    expect(requests.filter((url) => !url.startsWith(location.origin) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
  });

  it('marks a yes/no answer with data-verdict on its answer part, as <aisle-answer> does, and no verdict where the policy does not decide', async () => {
    const engine = await engineForPage();
    const verdictOf = async (question: string) => {
      const el = await render(await engine.askStore(question, 'TRAIL-9'));
      const part = el.shadowRoot!.querySelector('[part="answer"]')!;
      const seen = { verdict: part.getAttribute('data-verdict'), text: part.textContent };
      el.remove();
      return seen;
    };
    expect(await verdictOf('Do you ship to Canada?')).toEqual({ verdict: 'yes', text: "Yes. The shop's shipping policy says:" });
    expect(await verdictOf('能寄到加拿大吗？')).toEqual({ verdict: 'yes', text: '可以。依据本店配送政策，原文见下。' });
    // Peru is named by no policy: no verdict ("Yes" would come from a passage that does not name it).
    const peru = await verdictOf('Do you ship to Peru?');
    expect(peru.verdict).toBeNull();
    expect(peru.text).not.toMatch(/^Yes/);
    // Not a yes/no question: the quote speaks for itself.
    expect((await verdictOf('What is your return policy?')).verdict).toBeNull();
  });

  it('on an item that "Ships in 2 weeks", a country no policy names gets no verdict and is named as not mentioned; a card network is a payment answer; "if I don\'t like it" gets the return policy\'s yes (English and Chinese)', async () => {
    const lamp = document.createElement('script');
    lamp.type = 'application/ld+json';
    lamp.textContent = JSON.stringify({
      '@context': 'https://schema.org', '@type': 'Product', sku: 'LAMP-2', name: 'Desk Lamp 2', url: '/p/desk-lamp-2.html',
      additionalProperty: [{ '@type': 'PropertyValue', name: 'Shipping information', value: 'Ships in 2 weeks' }],
      offers: { '@type': 'Offer', price: 40, priceCurrency: 'USD' },
    });
    document.body.append(lamp);
    const engine = await engineForPage({ faq: '/demo/faq.json' });
    const shown = async (question: string, productId?: string) => {
      const el = await render(await engine.askStore(question, productId));
      const root = el.shadowRoot!;
      const part = root.querySelector('[part="answer"]')!;
      const seen = {
        verdict: part.getAttribute('data-verdict'), text: part.textContent!,
        quotes: [...root.querySelectorAll('li')].map((li) => [li.dataset.scope, li.querySelector('[part="quote"]')!.textContent]),
      };
      el.remove();
      return seen;
    };
    const peru = await shown('Do you ship to Peru?', 'LAMP-2');
    expect(peru.verdict).toBeNull();
    expect(peru.text).toMatch(/^The shop's shipping policy does not mention “Peru”, so I can't say for sure/);
    // The closest shop policy first, the item's own row after it.
    expect(peru.quotes.map(([scope]) => scope)).toEqual(['shop', 'product']);
    expect(peru.quotes[1][1]).toBe('Ships in 2 weeks');
    const zhPeru = await shown('能寄到秘鲁吗？', 'LAMP-2');
    expect(zhPeru.verdict).toBeNull();
    expect(zhPeru.text).toMatch(/^本店配送政策没有提到“秘鲁”/);

    for (const [question, lead] of [['Can I pay with American Express?', "Yes. The shop's payment policy says:"], ['能用美国运通卡付款吗？', '可以。依据本店支付政策，原文见下。']]) {
      expect(await engine.route(question, { productId: 'LAMP-2' }), question).toMatchObject({ route: 'store-policy', topic: 'payment' });
      const amex = await shown(question, 'LAMP-2');
      expect(amex.verdict, question).toBe('yes');
      expect(amex.text, question).toBe(lead);
      expect(amex.quotes, question).toHaveLength(1);
      expect(amex.quotes[0][1], question).toMatch(/American Express/);
    }

    for (const [question, lead] of [["Can I return it if I don't like it?", "Yes. This item's own policy says:"], ['不喜欢可以退吗？', '可以。依据此商品自己的政策，原文见下。']]) {
      const returns = await shown(question, 'TRAIL-9');
      expect(returns.verdict, question).toBe('yes');
      expect(returns.text, question).toBe(lead);
      expect(returns.quotes[0], question).toEqual(['product', 'Returns accepted within 14 days; free returns.']);
    }
  });

  it('sends an order-status question to the shop’s contact link, and lets the shop take over the click', async () => {
    const engine = await engineForPage();
    expect(await engine.route('Where is my order?')).toMatchObject({ route: 'human-help' });
    const el = await render(await engine.askStore('Where is my order?'));
    expect(el.getAttribute('status')).toBe('contact');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="contact"]')!;
    expect(link.href).toBe(new URL('/help/contact', location.href).href);
    expect(link.textContent!.trim()).toBe('Write to us');
    const opened: string[] = [];
    document.addEventListener('aisle-contact-open', (e) => {
      opened.push(e.url);
      e.preventDefault();
    }, { once: true });
    link.click();
    expect(opened).toEqual([link.href]);
  });

  it('says when the shop has not published an answer, and reads the merchant FAQ file given by faq="..." (Chinese question)', async () => {
    const engine = await engineForPage({ faq: '/demo/faq.json' });
    const none = await render(await engine.askStore('Do you offer gift wrapping?'));
    expect(none.getAttribute('status')).toBe('not-published');
    expect(none.shadowRoot!.querySelector('[part="answer"]')!.textContent).toMatch(/has not published an answer/);
    expect(none.shadowRoot!.querySelectorAll('[part="quote"]')).toHaveLength(0);

    document.documentElement.lang = 'zh-CN';
    try {
      const zh = await render(await engine.askStore('什么时候发货？'));
      expect(zh.shadowRoot!.querySelector('[part="answer"]')!.textContent).toBe('依据本店配送政策，原文见下。');
      expect(zh.shadowRoot!.querySelector('[part="quote"]')!.textContent).toMatch(/^Orders placed before 2 pm/);
      expect(zh.shadowRoot!.querySelector('[part="source"]')!.textContent).toBe('查看原文');
    } finally {
      document.documentElement.lang = '';
    }
  });

  it('a Chinese shopper gets the answer in Chinese and the English quote verbatim beside it, marked 原文（英文）, translated only on request', async () => {
    const engine = await engineForPage({ faq: '/demo/faq.json' });
    const answer = await engine.askStore('可以寄到加拿大吗？');
    const el = await render(answer);
    el.translator = engine;
    await el.updateComplete;
    const root = el.shadowRoot!;
    const lead = root.querySelector('[part="answer"]')!;
    expect(lead.getAttribute('lang')).toBe('zh');
    expect(lead.textContent).toBe('可以。依据本店配送政策，原文见下。');
    const quote = root.querySelector('[part="quote"]')!;
    expect(quote.getAttribute('lang')).toBe('en');
    expect(quote.textContent).toMatch(/Canada/);
    expect(root.querySelector('[part="original"]')!.textContent).toBe('原文（英文）');
    // Labels are Chinese; nothing is translated before the shopper asks.
    expect(root.querySelector('[part="source"]')!.textContent).toBe('查看原文');
    expect(root.querySelector('[part="translation"]')).toBeNull();
    const button = root.querySelector<HTMLButtonElement>('[part="translate-quotes"]')!;
    expect(button.textContent!.trim()).toBe('翻译原文');
    button.click();
    await expect.poll(() => root.querySelector('[part="translation"]')?.textContent ?? '').toMatch(/\p{Script=Han}/u);
    // The original stays beside the translation, and the note says how it was made (a glossary gloss with models off).
    expect(root.querySelector('[part="quote"]')!.textContent).toBe(quote.textContent);
    expect(root.querySelector('[part="translation-note"]')!.textContent).toBe('逐词对照（未加载翻译模型）');
  });

  it('an English shopper on the same page gets no mark and no translate button for English quotes', async () => {
    const engine = await engineForPage({ faq: '/demo/faq.json' });
    const el = await render(await engine.askStore('Do you ship to Canada?'));
    el.translator = engine;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="answer"]')!.textContent).toBe("Yes. The shop's shipping policy says:");
    expect(el.shadowRoot!.querySelector('[part="original"], [part="translate-quotes"]')).toBeNull();
  });

  it('with the embedding model ready in the worker, labels an answer the words alone decide as the light path', async () => {
    const engine = await engineForPage({ models: true });
    const status = await engine.prepareModels(() => {});
    expect(status.models.embeddings).toMatchObject({ state: 'ready' });
    const answer = await engine.askStore('Can I return these shoes?', 'TRAIL-9');
    // The item's own return row answers with words alone: the model changed nothing, and the label says so.
    expect(answer).toMatchObject({ status: 'answered', source: 'lexical' });
    expect(answer.evidence[0].scope).toBe('product');
    const el = await render(answer);
    expect(el.shadowRoot!.querySelector('.path')!.getAttribute('data-source')).toBe('lexical');
  });

  it('<aisle-policy-answer> never puts a javascript: link in an href, allows mailto: only for the contact, and renders markup-looking text as text', async () => {
    const el = await render({
      question: 'Returns?', status: 'answered', topic: 'returns', lang: 'en', source: 'lexical',
      answer: 'The shop says: “<b>30 days</b>”.',
      evidence: [
        { kind: 'faq-page', text: '<img src=x onerror=alert(1)>30 days', url: 'javascript:alert(1)', scope: 'shop', entryId: 'faq:1' },
        { kind: 'merchant-faq', text: 'Mail us', url: 'mailto:care@shop.example', scope: 'shop', entryId: 'merchant:2' },
      ],
      contact: { url: 'mailto:care@shop.example' },
    });
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="answer"]')!.textContent).toBe('The shop says: “<b>30 days</b>”.');
    expect(root.querySelector('b, img')).toBeNull();
    expect(root.querySelectorAll('[part="source"]')).toHaveLength(0);
    expect(root.querySelector<HTMLAnchorElement>('[part="contact"]')!.href).toBe('mailto:care@shop.example');
    expect(root.querySelector('[part="contact"]')!.textContent!.trim()).toBe('Contact the shop');
    expect([...root.querySelectorAll('li')].map((li) => li.dataset.scope)).toEqual(['shop', 'shop']);
  });
});
