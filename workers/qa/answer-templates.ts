import { hasHan } from '../../common/has-han.ts';
import type { Evidence } from '../protocol/answer.ts';

/** Where a quote comes from, as a shopper reads it. */
type Where = Evidence['kind'];

/** A closing mark after a quote, unless the quote already ends a sentence. */
const end = (quote: string, mark: string) => (/[.!?。！？]$/.test(quote) ? '' : mark);

const enWhere: Record<Where, string> = { spec: 'Its specs say', description: 'The description says', qa: "The page's Q&A says", review: 'A reviewer wrote' };
const zhWhere: Record<Where, string> = { spec: '规格中写着', description: '商品描述中写着', qa: '页面问答中写着', review: '有买家评价说' };

/**
 * The mark before a verbatim quote in the other language than the answer's: a Chinese answer quoting
 * English text says so ("规格中写着（英文原文）“Network: 5G”"), an English one quoting Chinese too.
 * Numbers and units alone ("172 g") need no mark.
 */
const zhSource = (quote: string) => (hasHan(quote) || !/[A-Za-z]{2}/.test(quote) ? '' : '（英文原文）');
const enSource = (quote: string) => (hasHan(quote) ? ' (in Chinese)' : '');

/** The sentence templates of an answer in one language. Quotes are inserted verbatim. */
export interface AnswerTemplates {
  yes(where: Where, quote: string): string;
  no(where: Where, quote: string): string;
  stated(where: Where, quote: string): string;
  onlyRelated(quote: string): string;
  onlyReviews(count: number, quote: string): string;
  /** Said after a seller's yes or no that reviewers contradict ("Is it really waterproof?"). */
  reviewsDisagree(count: number, quote: string): string;
  notStated(topic: string): string;
  /** What the seller says the product is for, after "not stated" for a use it does not name. */
  statedUse(quote: string): string;
  suggestion(topic: string): string;
  opinion(aspect: string, positive: number, mentions: number, negative: number): string;
  noOpinion(aspect: string): string;
  /** Said after a measure quoted without a unit ("Weight: 9"). */
  unitNotStated: string;
}

const en: AnswerTemplates = {
  yes: (where, quote) => `Yes. ${enWhere[where]}${enSource(quote)} “${quote}”${end(quote, '.')}`,
  no: (where, quote) => `No. ${enWhere[where]}${enSource(quote)} “${quote}”${end(quote, '.')}`,
  stated: (where, quote) => `${enWhere[where]}${enSource(quote)} “${quote}”${end(quote, '.')}`,
  onlyRelated: (quote) => `The product details don't say that directly. The closest they come is${enSource(quote)} “${quote}”${end(quote, '.')}`,
  onlyReviews: (count, quote) => `The product details don't say. ${count === 1 ? 'One review mentions it' : `${count} reviews mention it`}${enSource(quote)}: “${quote}”${end(quote, '.')}`,
  reviewsDisagree: (count, quote) => `But ${count === 1 ? 'one reviewer disagrees' : `${count} reviewers disagree`}${enSource(quote)}: “${quote}”${end(quote, '.')}`,
  notStated: (topic) => `The product details don't say${topic ? ` anything about ${topic}` : ''}.`,
  statedUse: (quote) => `What they say it is for${enSource(quote)}: “${quote}”${end(quote, '.')}`,
  suggestion: (topic) => `You could ask the seller${topic ? ` about ${topic}` : ''}, or check the manufacturer's specifications.`,
  opinion: (aspect, positive, mentions, negative) =>
    `${positive} of ${mentions} ${mentions === 1 ? 'review' : 'reviews'}${aspect ? ` that ${mentions === 1 ? 'mentions' : 'mention'} ${aspect}` : ''} ${positive === 1 ? 'is' : 'are'} positive${negative ? ` and ${negative} negative` : ''}.`,
  noOpinion: (aspect) => `No review mentions ${aspect || 'this'} yet.`,
  unitNotStated: 'The unit is not stated.',
};

const zh: AnswerTemplates = {
  yes: (where, quote) => `是的。${zhWhere[where]}${zhSource(quote)}“${quote}”${end(quote, '。')}`,
  no: (where, quote) => `不是。${zhWhere[where]}${zhSource(quote)}“${quote}”${end(quote, '。')}`,
  stated: (where, quote) => `${zhWhere[where]}${zhSource(quote)}“${quote}”${end(quote, '。')}`,
  onlyRelated: (quote) => `商品资料没有直接说明。最相关的是${zhSource(quote)}“${quote}”${end(quote, '。')}`,
  onlyReviews: (count, quote) => `商品资料没有说明。有 ${count} 条评价提到${zhSource(quote)}：“${quote}”${end(quote, '。')}`,
  reviewsDisagree: (count, quote) => `但有 ${count} 条评价说法相反${zhSource(quote)}：“${quote}”${end(quote, '。')}`,
  notStated: (topic) => `商品资料没有说明${topic ? `${topic}的情况` : '这一点'}。`,
  statedUse: (quote) => `资料中写的用途是${zhSource(quote)}：“${quote}”${end(quote, '。')}`,
  suggestion: (topic) => `可以向卖家咨询${topic ? `${topic}` : ''}，或查看厂家的规格说明。`,
  opinion: (aspect, positive, mentions, negative) =>
    `${aspect ? `提到${aspect}的` : ''} ${mentions} 条评价中有 ${positive} 条是正面的${negative ? `，${negative} 条是负面的` : ''}。`.trimStart(),
  noOpinion: (aspect) => `还没有评价提到${aspect || '这一点'}。`,
  unitNotStated: '资料没有注明单位。',
};

/** The templates for a question's language. */
export function answerTemplates(language: 'en' | 'zh'): AnswerTemplates {
  return language === 'zh' ? zh : en;
}
