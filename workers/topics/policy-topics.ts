import { tokenize } from '../text/tokenize.ts';
import { findPaymentMethods, withoutPaymentMethods } from './payment-methods.ts';
import type { PolicyTopic } from '../protocol/store.ts';

/** Signals for one topic: English word stems (token prefixes), English phrases, Chinese words. */
interface TopicSignals {
  stems: string[];
  phrases: RegExp[];
  zh: string[];
}

/**
 * The light path's vocabulary of store topics, English and Chinese. A stem matches any token that
 * starts with it ("ship" -> ships, shipping, shipped); Chinese words match as substrings, so no
 * segmentation mistake can hide them.
 */
const signals: Record<Exclude<PolicyTopic, 'other'>, TopicSignals> = {
  shipping: {
    stems: ['ship', 'deliver', 'dispatch', 'postage', 'courier', 'freight', 'arrive', 'customs', 'duties'],
    phrases: [/\bhow long (does|will|would|do) (it|my|the|an?|orders?|parcels?|packages?)\b.*\b(take|arrive|get)\b/, /\bsend (it |them )?to\b/, /\bexpress\b/, /\bpost(al)?\b/, /\bovernight (shipping|delivery)\b/, /\bmail\b/],
    zh: ['发货', '运费', '邮费', '包邮', '快递', '配送', '送货', '送到', '到货', '寄到', '邮寄', '几天到', '多久到', '多久能到', '海外', '国际', '关税', '顺丰', '运送', '运输'],
  },
  returns: {
    stems: ['return', 'refund', 'exchang', 'restocking'],
    phrases: [/\bsend (\w+ )?back\b/, /\bget (\w+ )?back\b/, /\bmoney back\b/, /\bchange (my|your) mind\b/, /\bdoesn'?t fit\b/, /\bworn (it|them|once)\b/],
    zh: ['退货', '退款', '换货', '退换', '无理由', '退回', '寄回', '可以退', '能退', '能换', '可以换'],
  },
  warranty: {
    stems: ['warrant', 'guarante', 'repair', 'defect', 'faulty', 'broke'],
    phrases: [/\bstop(ped|s)? working\b/, /\bcovered\b/],
    zh: ['保修', '质保', '维修', '保固', '坏了', '故障', '包修', '保换'],
  },
  payment: {
    // The names of ways to pay (Visa, PayPal, 支付宝, cash on delivery) are in payment-methods.ts.
    stems: ['pay', 'installment', 'instalment', 'invoice', 'checkout', 'currenc'],
    phrases: [/\b(credit|debit)\b/, /\bcards? (do you |you )?(take|accept)\b/, /\b(take|accept) cards?\b/, /\bbuy now,? pay later\b/],
    zh: ['支付', '付款', '分期', '发票', '刷卡', '币种', '人民币', '结账'],
  },
  'order-help': {
    stems: ['cancel'],
    phrases: [/\btrack(ing)?\b/, /\border (status|number)\b/, /\bstatus of (my |the |an )?order\b/, /\bwhere('?s| is) my\b/, /\bcharged\b/, /\bdeclined\b/, /\bdidn'?t (receive|get|arrive)\b/, /\bhaven'?t (received|got)\b/, /\bnever (arrived|came)\b/, /\bwrong (item|size|colou?r)\b/],
    zh: ['订单', '物流信息', '查物流', '到哪了', '到哪里', '取消', '没收到', '还没到', '扣款', '扣了', '付款失败', '支付失败', '发错'],
  },
  discounts: {
    stems: ['discount', 'coupon', 'promo', 'voucher', 'student', 'newsletter'],
    phrases: [/\bgift cards?\b/, /\bfirst order\b/, /\b(discount|promo|coupon) code\b/],
    zh: ['优惠', '折扣', '打折', '促销', '代金券', '礼品卡', '学生', '会员', '满减'],
  },
  contact: {
    stems: ['contact'],
    phrases: [/\bcustomer (service|care|support)\b/, /\bsupport team\b/, /\b(phone|telephone) number\b/, /\bemail (address|you)\b/, /\blive chat\b/, /\b(talk|speak) (to|with) (a |an |someone|somebody|human|person|agent)/, /\bcall (you|the shop|the store)\b/, /\bopening hours\b/],
    zh: ['客服', '联系', '人工', '邮箱', '在线客服', '工作时间', '客服电话'],
  },
};

/** A topic found in a text and how strongly. */
export interface TopicHit {
  topic: PolicyTopic;
  score: number;
}

/** Every named topic, in the order the light path prefers on a tie. */
export const policyTopics = Object.keys(signals) as Exclude<PolicyTopic, 'other'>[];

/** True when a word is itself one of the topic's words ("shipping" for shipping), so says nothing more specific. */
export function isTopicWord(word: string, topic: PolicyTopic): boolean {
  if (topic === 'other') return false;
  const s = signals[topic];
  return s.stems.some((stem) => word.startsWith(stem)) || s.phrases.some((p) => p.test(word)) || s.zh.some((z) => word.includes(z));
}

/**
 * Topics a text is about, strongest first (English and Chinese); empty when none is named. A way to
 * pay named in the text (payment-methods.ts) counts for payment as a phrase does, and its words count
 * for nothing else ("express" in "American Express", "delivery" in "cash on delivery").
 */
export function detectTopics(text: string): TopicHit[] {
  const named = text.normalize('NFKC').toLowerCase();
  const methods = findPaymentMethods(named).length;
  const lower = withoutPaymentMethods(named);
  const tokens = tokenize(lower);
  const hits: TopicHit[] = [];
  for (const topic of policyTopics) {
    const s = signals[topic];
    let score = topic === 'payment' ? 1.5 * methods : 0;
    for (const token of tokens) if (s.stems.some((stem) => token.startsWith(stem))) score += 1;
    for (const phrase of s.phrases) if (phrase.test(lower)) score += 1.5;
    for (const word of s.zh) if (lower.includes(word)) score += word.length >= 3 ? 1.5 : 1;
    if (score > 0) hits.push({ topic, score });
  }
  return hits.sort((a, b) => b.score - a.score);
}

/** The topics of a policy text (its question counts double), for entries published without one. */
export function classifyPolicyText(question: string | undefined, text: string): PolicyTopic[] {
  const scores = new Map<PolicyTopic, number>();
  for (const hit of detectTopics(question ?? '')) scores.set(hit.topic, (scores.get(hit.topic) ?? 0) + 2 * hit.score);
  for (const hit of detectTopics(text)) scores.set(hit.topic, (scores.get(hit.topic) ?? 0) + hit.score);
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return ['other'];
  const best = ranked[0][1];
  return ranked.filter(([, score]) => score >= best / 2).map(([topic]) => topic);
}

/** Topic names for answers, English and Chinese. */
export const topicNames: Record<PolicyTopic, { en: string; zh: string }> = {
  shipping: { en: 'shipping', zh: '配送' },
  returns: { en: 'returns', zh: '退换货' },
  warranty: { en: 'warranty', zh: '保修' },
  payment: { en: 'payment', zh: '支付' },
  'order-help': { en: 'order help', zh: '订单' },
  discounts: { en: 'discounts', zh: '优惠' },
  contact: { en: 'contact', zh: '联系方式' },
  other: { en: 'this', zh: '此问题' },
};
