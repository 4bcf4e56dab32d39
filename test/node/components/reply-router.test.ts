import { beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/components/aisle-assistant/conversation.ts';
import { replyFor, type ReplySources } from '../../../src/components/aisle-assistant/reply-router.ts';
import type { EngineClient } from '../../../src/engine-client.ts';
import { createEngine } from '../../../workers/engine.ts';
import type { Engine, Product } from '../../../workers/engine-api.ts';
import { demoCatalog, testManifest, testModelsDir } from '../../helpers/demo-catalog.ts';

let engine: Engine;
const catalog = demoCatalog();
const phone = catalog.find((p) => p.id === 'dj-121')!;

/** The engine in-thread, reached through the methods the element's client forwards. */
function sources(pageProduct?: Product, shopperLang: 'en' | 'zh' = 'en'): ReplySources {
  const client = {
    route: (m: string, c: { productId?: string }) => engine.route(m, c),
    search: (q: string, limit?: number, ignore?: string[]) => engine.search(q, { limit, ignore }),
    summarizeReviews: (id: string, language?: 'en' | 'zh') => engine.summarizeReviews(id, language),
    askStore: (q: string, id?: string) => engine.askStore(q, id),
    ask: (id: string, q: string) => engine.ask(id, q),
    specLabels: (names: string[], lang: 'en' | 'zh') => engine.specLabels(names, lang),
  } as unknown as EngineClient;
  return {
    client, pageProduct, shopperLang, suggestions: [],
    searchReply: async (text) => ({ kind: 'search', response: await engine.search(text) }),
    onAnswerToken: () => undefined,
  };
}

const kind = (reply: Reply) => reply.kind;

beforeAll(async () => {
  engine = createEngine();
  await engine.configure({ modelHost: testModelsDir, manifest: testManifest(), models: false });
  await engine.load(catalog);
});

describe('replyFor: which reply each route gets (the engine router decides the route)', () => {
  it('searches with the parsed intent when a recommendation request names what to find, on a product page too', async () => {
    const reply = await replyFor('can you recommend running shoes under $100', sources(phone));
    expect(kind(reply)).toBe('search');
    if (reply.kind !== 'search') return;
    expect(reply.response.intent?.priceMax).toBe(100);
    expect(reply.response.hits.length).toBeGreaterThan(0);
    expect(reply.response.hits.every((h) => h.product.price! <= 100 && /shoes/.test(h.product.category ?? ''))).toBe(true);
    const zh = await replyFor('推荐一款500元以内的耳机', sources(phone));
    expect(zh.kind === 'search' && zh.response.intent?.priceMax).toBe(500);
    const ratings = await replyFor('phones with good ratings', sources(phone));
    expect(ratings.kind === 'search' && ratings.response.hits.every((h) => h.product.category === 'smartphones')).toBe(true);
  });

  it('gives the page product\'s review summary, recommendation strips, and store answers', async () => {
    const reviews = await replyFor('What do customers say about it?', sources(phone));
    expect(reviews.kind === 'reviews' && reviews.summary.productId).toBe(phone.id);
    // The summary's names are in the language the shopper asked in, on the same English page.
    expect(reviews.kind === 'reviews' && reviews.summary.labelLanguage).toBe('en');
    const zhReviews = await replyFor('顾客怎么说？', sources(phone));
    expect(zhReviews.kind === 'reviews' && zhReviews.summary.labelLanguage).toBe('zh');
    if (zhReviews.kind === 'reviews') for (const a of zhReviews.summary.aspects) expect(a.nameLang === 'en' || /\p{Script=Han}/u.test(a.name)).toBe(true);
    expect(await replyFor('What goes with this?', sources(phone))).toEqual({ kind: 'recommendations', list: 'goes-with', productId: phone.id });
    expect(await replyFor('recommend me something', sources())).toEqual({ kind: 'recommendations', list: 'for-you', productId: undefined });
    expect(kind(await replyFor('Where is my order?', sources(phone)))).toBe('store-answer');
    expect(kind(await replyFor('Does it have a camera?', sources(phone)))).toBe('product-answer');
    expect(kind(await replyFor('Does it have a camera?', sources()))).toBe('search');
  });

  it('compares the named products (this = the page product), and searches when fewer than two are found', async () => {
    const withPage = await replyFor('compare this with the Samsung Galaxy S8', sources(phone));
    expect(withPage.kind === 'compare' && withPage.products.map((p) => p.title)).toEqual([phone.title, 'Samsung Galaxy S8']);
    const zh = await replyFor('iPhone X 和 Oppo F19 比较', sources(undefined, 'zh'));
    expect(zh.kind === 'compare' && zh.products.map((p) => p.title)).toEqual(['iPhone X', 'Oppo F19 Pro Plus']);
    expect(kind(await replyFor('compare the zzqx with the qqzx', sources()))).toBe('search');
  });

  it('labels the compared spec rows in the shopper\'s language: a Chinese shopper on an English page gets the vocabulary\'s words', async () => {
    const zh = await replyFor('iPhone X 和 Oppo F19 比较', sources(undefined, 'zh'));
    if (zh.kind !== 'compare') throw new Error(zh.kind);
    expect(zh.lang).toBe('zh');
    expect(zh.labels).toMatchObject({ weight: { text: '重量', lang: 'zh' }, dimensions: { text: '尺寸', lang: 'zh' }, warrantyInformation: { text: '保修', lang: 'zh' } });
    // A name no vocabulary word gives stays as the shop wrote it, marked English.
    for (const label of Object.values(zh.labels!)) expect(label.lang === 'zh' ? /\p{Script=Han}/u.test(label.text) : /^[\x20-\x7e]+$/.test(label.text)).toBe(true);
    const en = await replyFor('compare the iPhone X with the Oppo F19', sources());
    if (en.kind !== 'compare') throw new Error(en.kind);
    expect(en.lang).toBe('en');
    expect(en.labels).toMatchObject({ weight: { text: 'Weight', lang: 'en' }, warrantyInformation: { text: 'Warranty information', lang: 'en' } });
  });
});
