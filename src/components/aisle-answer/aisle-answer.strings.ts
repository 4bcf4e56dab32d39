import type { EvidenceKind } from '../../../workers/engine-api.ts';

/** The labels <aisle-answer> shows, English and Chinese. */
const en = {
  kind: { spec: 'Spec', description: 'Description', review: 'Review', qa: 'Q&A' } as Record<EvidenceKind, string>,
  evidence: 'Based on',
  noEvidence: 'Nothing in the product details answers this.',
  pathLexical: 'Quick answer from the product data',
  pathModel: 'Smart answer from the product data',
  pathOrdered: 'Quick answer from the product data, evidence ordered by an on-device model',
  generated: 'worded by an on-device model',
  templateWording: 'fixed wording',
  suggested: 'You could ask',
  stars: (n: number) => `${n} of 5 stars`,
  opinion: (positive: number, negative: number, neutral: number) => `${positive} positive, ${negative} negative, ${neutral} neutral`,
  answering: 'Answering…',
  stopped: 'Stopped.',
};

/** The label set <aisle-answer> renders with, one per language. */
export type AnswerStrings = typeof en;

const zh: AnswerStrings = {
  kind: { spec: '规格', description: '描述', review: '评价', qa: '问答' },
  evidence: '依据',
  noEvidence: '商品资料中没有能回答这个问题的内容。',
  pathLexical: '根据商品资料快速回答',
  pathModel: '根据商品资料智能回答',
  pathOrdered: '根据商品资料快速回答，依据由本机模型排序',
  generated: '由本机模型措辞',
  templateWording: '固定措辞',
  suggested: '您可以问',
  stars: (n) => `${n} 星（满分 5 星）`,
  opinion: (positive, negative, neutral) => `正面 ${positive}，负面 ${negative}，中性 ${neutral}`,
  answering: '正在回答…',
  stopped: '已停止。',
};

/** Labels for a language tag: Chinese for any `zh*`, English otherwise. */
export function answerStringsFor(lang: string | undefined): AnswerStrings {
  return lang?.toLowerCase().startsWith('zh') ? zh : en;
}
