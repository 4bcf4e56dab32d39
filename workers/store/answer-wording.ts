import { topicNames } from '../topics/policy-topics.ts';
import type { PolicyTopic } from '../protocol/store.ts';

/** The sentences of store answers in one language; quotes are inserted verbatim. */
export interface StoreWording {
  thisItem(quote: string): string;
  shopWide(quote: string): string;
  shopPolicy(topic: PolicyTopic | undefined, quote: string): string;
  notPublished(topic: PolicyTopic | undefined, hasContact: boolean): string;
  humanHelp(hasContact: boolean): string;
  shopSays(quote: string): string;
  notMentioned(topic: PolicyTopic | undefined, words: string[]): string;
  quote(text: string): string;
  reachShop(): string;
  /** The answer to a yes/no policy question, before the quote. */
  verdict(verdict: 'yes' | 'no', question: string): string;
  /**
   * The answer without the quotes, for a display that shows each quote once beside it: the verdict
   * (if any), then which policy the quotes below come from.
   */
  lead(verdict: string | undefined, topic: PolicyTopic | undefined, scope: 'product' | 'shop'): string;
}

/** A quote in quotation marks, then a full stop unless the quote already ends a sentence. */
const closed = (q: string, stop: string) => (/[.!?。！？]$/u.test(q.trim()) ? `“${q}”` : `“${q}”${stop}`);

const en: StoreWording = {
  thisItem: (q) => `This item: ${closed(q, '.')}`,
  shopWide: (q) => `Shop-wide policy: ${closed(q, '.')}`,
  shopPolicy: (topic, q) => (topic && topic !== 'other' ? `The shop's ${topicNames[topic].en} policy: ${closed(q, '.')}` : `The shop says: ${closed(q, '.')}`),
  notPublished: (topic, contact) =>
    `${topic && topic !== 'other' ? `The shop has not published a ${topicNames[topic].en} policy that answers this` : 'The shop has not published an answer to this'}, so I can't say. ${contact ? 'Please ask the shop directly.' : 'The shop has not published a contact link here either.'}`,
  humanHelp: (contact) =>
    `I can't see or change orders or payments from here. ${contact ? "The shop's customer care can help with this." : 'Only the shop can help with this, and it has not published a contact link here.'}`,
  shopSays: (q) => `The shop says: ${closed(q, '.')}`,
  notMentioned: (topic, words) =>
    `${topic && topic !== 'other' ? `The shop's ${topicNames[topic].en} policy does` : "The shop's policies do"} not mention “${words.join(' ')}”, so I can't say for sure. The closest published policy:`,
  quote: (q) => `“${q}”`,
  reachShop: () => 'The shop has published no more about this here, but you can reach it through its contact link.',
  verdict: (v) => (v === 'yes' ? 'Yes.' : 'No.'),
  lead: (verdict, topic, scope) =>
    `${verdict ? `${verdict} ` : ''}${scope === 'product' ? "This item's own policy says:" : topic && topic !== 'other' ? `The shop's ${topicNames[topic].en} policy says:` : 'The shop says:'}`,
};

const zh: StoreWording = {
  thisItem: (q) => `此商品：${closed(q, '。')}`,
  shopWide: (q) => `全店政策：${closed(q, '。')}`,
  shopPolicy: (topic, q) => (topic && topic !== 'other' ? `本店${topicNames[topic].zh}政策：${closed(q, '。')}` : `本店说明：${closed(q, '。')}`),
  notPublished: (topic, contact) =>
    `${topic && topic !== 'other' ? `本店没有公布能回答这个问题的${topicNames[topic].zh}政策` : '本店没有公布这个问题的答案'}，所以我无法回答。${contact ? '请直接咨询商家。' : '本店也没有在此公布联系方式。'}`,
  humanHelp: (contact) => `我无法在这里查看或修改订单和付款。${contact ? '请联系商家客服处理。' : '只有商家能处理，但商家没有在此公布联系方式。'}`,
  shopSays: (q) => `本店说明：${closed(q, '。')}`,
  notMentioned: (topic, words) =>
    `本店${topic && topic !== 'other' ? `${topicNames[topic].zh}政策` : '政策'}没有提到“${words.join(' ')}”，我无法确定。最相关的公开说明：`,
  quote: (q) => `“${q}”`,
  reachShop: () => '本店没有在此公布更多说明，您可以通过联系链接联系商家。',
  verdict: (v, q) => (/能|可以|可不可以/.test(q) ? (v === 'yes' ? '可以。' : '不可以。') : v === 'yes' ? '是的。' : '不是。'),
  lead: (verdict, topic, scope) =>
    `${verdict ?? ''}${scope === 'product' ? '依据此商品自己的政策，原文见下。' : topic && topic !== 'other' ? `依据本店${topicNames[topic].zh}政策，原文见下。` : '依据本店的说明，原文见下。'}`,
};

/** Wording for the language of the question. */
export function storeWording(lang: 'en' | 'zh'): StoreWording {
  return lang === 'zh' ? zh : en;
}
