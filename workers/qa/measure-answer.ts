/**
 * "How heavy is it?", "How big is it?", "内存多大？": questions that ask for the value of a
 * measurable property (a topic group with a `measure` in topic-synonyms.json). They are answered
 * only by the seller's data that states a value of that property: a spec row of that name with a
 * number, or a description line with a matching measure ("L 29\" x W 13\"", "320 克"); a review
 * only when it states a value of the property it names ("the battery lasts 6 hours", not "it broke
 * in 24 hours"). "It's a good size" or a shared word is not a value. A number without a unit is
 * quoted with the note that the unit is not stated; no value at all means the data does not say.
 */
import type { Evidence } from '../protocol/answer.ts';
import type { Concept, TopicGroup } from './qa-types.ts';
import { textTerms } from './text-terms.ts';
import { unitInName } from '../../common/measure-units.ts';

/** Words that ask for an amount or a size, not which property ("how big", "多大", "what size"). */
const amountWords =
  /\bhow\s+(?:much|many|big|large|heavy|light|long|tall|wide|high|deep|far)\b|\bwhat(?:'s|\s+is|\s+are)?\s+(?:the\s+)?(?:size|weight|dimensions?|volume|capacity|length|width|height|depth)\b|\bwhat\s+size\b|\bin\s+(?:mah|ml|kg|lbs?|cm|inches|grams?|ounces?|oz)\b|多[大重长高宽久少]|几[个寸斤克]/i;

/** True when a question asks for an amount or a size. */
export function asksForAmount(question: string): boolean {
  return amountWords.test(question);
}

/** What the measure step found: the properties asked about, and the evidence that states a value (if any). */
export interface MeasureFinding {
  groups: TopicGroup[];
  /** Index into the candidates of the best statement of a value; undefined when none states one. */
  index?: number;
  /** True when that value is a bare number: the data gives no unit. */
  unitMissing: boolean;
}

/** Words that ask for one side of an object, and the spec names that give it ("how tall" → Height, 多高 → 高度). */
const sides: readonly [RegExp, RegExp][] = [
  [/\bhow\s+(?:tall|high)\b|多高/i, /height|高/i],
  [/\bhow\s+wide\b|多宽/i, /width|宽/i],
  [/\bhow\s+deep\b|多深/i, /depth|深/i],
  [/\bhow\s+long\b|多长/i, /length|长/i],
];

const measureOf = (group: TopicGroup) => new RegExp(group.measure!, 'i');

/** A spec row named by one of the group's words ("Weight: 9" for weight, "重量: 320 克"). */
function namesGroup(evidence: Evidence, group: TopicGroup): boolean {
  if (evidence.kind !== 'spec') return false;
  const name = evidence.text.slice(0, Math.max(0, evidence.text.indexOf(':')));
  const keys = new Set(textTerms(name));
  return [...group.en, ...group.zh].some((w) => textTerms(w).some((k) => keys.has(k)) || name.includes(w));
}

/** True when a text names one of the group's words ("the batteries last 6 hours", "电池能用10小时"). */
function namesProperty(text: string, group: TopicGroup): boolean {
  const keys = new Set(textTerms(text));
  return group.en.some((w) => textTerms(w).some((k) => keys.has(k))) || group.zh.some((w) => text.includes(w));
}

/**
 * The measurable properties a question asks for (the specific one when it also has a generic size
 * word: "内存多大" asks for memory, not dimensions) and the seller evidence that states a value of
 * one, best first by `order`. Undefined when the question is not an amount question about a
 * measurable property.
 */
export function findMeasure(question: string, asked: readonly Concept[], candidates: readonly Evidence[], order: readonly number[]): MeasureFinding | undefined {
  if (!asksForAmount(question)) return undefined;
  const measurable = asked.filter((c) => c.topics.some((t) => t.measure));
  if (!measurable.length) return undefined;
  const amount = question.match(amountWords)?.[0] ?? '';
  const specific = measurable.filter((c) => !amount.includes(c.word));
  // "How long …" or "how much …" with no property named can ask for time or money: not a size question.
  if (!specific.length && /\b(?:long|much|many)\b|多[久少长]/i.test(amount)) return undefined;
  const groups = [...new Set((specific.length ? specific : measurable).flatMap((c) => c.topics.filter((t) => t.measure)))];
  const all = [...order, ...candidates.map((_, i) => i).filter((i) => !order.includes(i))];
  const seller = all.filter((i) => candidates[i].kind !== 'review');
  const digit = (text: string) => /\d/.test(text.slice(text.indexOf(':') + 1));
  const sized = seller.filter((i) => groups.some((g) => namesGroup(candidates[i], g)) && digit(candidates[i].text));
  // "How tall" / 多高 asks for the height row among the size rows (depth, width, height).
  const side = sides.find(([asks]) => asks.test(question))?.[1];
  const spec = sized.find((i) => side?.test(candidates[i].text.slice(0, Math.max(0, candidates[i].text.indexOf(':'))))) ?? sized[0];
  // The seller's statement of a value first; a buyer's stated value ("the batteries last 6 hours") after it.
  const valued = (i: number) => groups.some((g) => measureOf(g).test(candidates[i].text));
  // A buyer's number counts only when the review names the property: "it popped off in 24 hours" is not a battery life.
  const namedValue = (i: number) => groups.some((g) => measureOf(g).test(candidates[i].text) && namesProperty(candidates[i].text, g));
  const stated = spec ?? seller.find(valued) ?? all.find((i) => candidates[i].kind === 'review' && namedValue(i));
  if (stated === undefined) return { groups, unitMissing: false };
  const text = candidates[stated].text;
  const value = text.slice(text.indexOf(':') + 1);
  // "Weight (kg): 9" states its unit in the row's name.
  const name = candidates[stated].kind === 'spec' ? text.slice(0, Math.max(0, text.indexOf(':'))) : '';
  return { groups, index: stated, unitMissing: !groups.some((g) => measureOf(g).test(value) || (name && unitInName(name, g.id))) };
}
