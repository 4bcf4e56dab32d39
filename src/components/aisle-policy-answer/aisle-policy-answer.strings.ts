import type { PolicySourceKind } from '../../../workers/protocol/store.ts';

/** UI strings of <aisle-policy-answer>, English and Chinese. */
const en = {
  thisItem: 'This item',
  shopWide: 'Shop policy',
  kinds: {
    'faq-page': 'Shop FAQ',
    'merchant-faq': 'Shop FAQ',
    'offer-shipping': 'Shipping details',
    'offer-return': 'Return policy',
    'product-attribute': 'Product details',
  } satisfies Record<PolicySourceKind, string>,
  readSource: 'Read the policy',
  contact: 'Contact the shop',
  evidence: 'Where this comes from',
  lexical: 'Quick match',
  model: 'Smart match',
  notPublished: 'Not published by the shop',
  needsPeople: 'Needs the shop’s team',
};

/** The strings type. */
export type PolicyAnswerStrings = typeof en;

const zh: PolicyAnswerStrings = {
  thisItem: '此商品',
  shopWide: '全店政策',
  kinds: { 'faq-page': '商店常见问题', 'merchant-faq': '商店常见问题', 'offer-shipping': '配送信息', 'offer-return': '退货政策', 'product-attribute': '商品信息' },
  readSource: '查看原文',
  contact: '联系商家',
  evidence: '信息来源',
  lexical: '快速匹配',
  model: '智能匹配',
  notPublished: '商家未公布',
  needsPeople: '需要商家处理',
};

/** Strings for a language tag: Chinese for any `zh*`, English otherwise. */
export function policyAnswerStrings(lang: string | undefined): PolicyAnswerStrings {
  return lang?.toLowerCase().startsWith('zh') ? zh : en;
}
