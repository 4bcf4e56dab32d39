import type { AnalyzedQuestion } from './qa-types.ts';
import type { AnswerSource, CitedEvidence, Evidence, ProductAnswer } from '../protocol/answer.ts';
import { isSizingRemark } from '../text/fit-remark.ts';

/** At most this many reviewers' fit remarks are quoted. */
const maxQuoted = 2;

/**
 * Questions about whether the size is as labelled: "does it fit true to size?", "does it run small?",
 * "should I size up?", "鞋码准吗？", "偏大吗？". Not "what sizes are there?" (the spec or variant list answers that).
 */
const asksFit =
  /\b(?:true to size|fits? (?:true|right|as expected|properly|ok|well)|run(?:s|ning)? (?:small|large|big|narrow|wide|true|long|short)|size (?:up|down)|sizing|what size should)\b|(?:尺码|鞋码|码数|码子|尺寸)(?:准|标准|正|偏|合适|怎么样)|偏大|偏小|合脚|合身|正码|大一码|小一码|选什么码|穿多大码?|买多大/i;

/**
 * "Does it fit true to size?" answered from what reviewers say about the fit ("the sizing runs a
 * little large", "鞋码偏小，建议买大一码"): their words, quoted, as buyers' opinion. The seller's own
 * "relaxed fit" or a size list says how it is cut, not whether the size runs true, so without a
 * reviewer's remark the usual answer from the product data is given (undefined here).
 */
export function answerFitQuestion(
  productId: string,
  question: AnalyzedQuestion,
  candidates: readonly Evidence[],
  base: { evidenceOrder: AnswerSource; ignoredInstructions: number },
): ProductAnswer | undefined {
  if (!asksFit.test(question.text)) return undefined;
  const remarks = candidates.map((e, index) => ({ e, index })).filter(({ e }) => e.kind === 'review' && isSizingRemark(e.text));
  if (!remarks.length) return undefined;
  // One remark per reviewer.
  const quoted = remarks.filter(({ e }, i) => remarks.findIndex((r) => r.e.review === e.review) === i);
  const reviewers = quoted.length;
  const cited: CitedEvidence[] = quoted.slice(0, maxQuoted).map(({ e, index }) => ({ ...e, index, score: 1, matched: [] }));
  const quotes = cited.map((c) => `“${c.text.trim()}”`);
  const text = question.language === 'zh'
    ? `关于尺码，有 ${reviewers} 条评价提到：${quotes.join(' ')}`
    : `On the fit, ${reviewers === 1 ? 'one reviewer says' : `${reviewers} reviewers say`}: ${quotes.join(' ')}`;
  return {
    productId, question: question.text, language: question.language, questionKind: question.kind,
    verdict: 'opinion', answerable: true, text, evidence: cited, source: 'lexical', phrasing: 'template', ...base,
  };
}
