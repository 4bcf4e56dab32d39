import { lexiconScore, NEUTRAL_BAND } from './lexicon-sentiment.ts';
import { splitClauses } from './clauses.ts';
import type { ScoreTexts } from './reviews-types.ts';

/** A clause of a sentence with its character span. */
export interface ClauseSpan {
  text: string;
  start: number;
  end: number;
}

/** Splits a sentence into clauses and finds where each lies in it. */
export function clauseSpans(sentence: string): ClauseSpan[] {
  const spans: ClauseSpan[] = [];
  let cursor = 0;
  for (const text of splitClauses(sentence)) {
    const start = sentence.indexOf(text, cursor);
    if (start < 0) continue;
    spans.push({ text, start, end: start + text.length });
    cursor = start + text.length;
  }
  return spans;
}

/** The lexicon as a `ScoreTexts`. */
export const lexiconScores: ScoreTexts = async (texts) => texts.map(lexiconScore);

/** One aspect mention to judge: the sentence and the term's character span in it. */
export interface AspectMention {
  sentence: string;
  start: number;
  end: number;
  /** Spans of the other aspect terms in the same sentence. */
  others: Array<{ start: number; end: number }>;
}

/**
 * Sentiment toward an aspect, not of the whole sentence: the score of the clause that holds the term
 * ("great screen | but the battery dies fast" gives + screen, - battery). When that clause carries no
 * opinion ("the battery, it lasts forever" aside), the sentence's clauses that name no other aspect
 * decide; when every clause is about another aspect, the mention is neutral.
 */
export async function aspectScores(mentions: AspectMention[], score: ScoreTexts = lexiconScores): Promise<number[]> {
  const plans = mentions.map((m) => {
    const clauses = clauseSpans(m.sentence);
    const own = clauses.find((c) => m.start >= c.start && m.start < c.end) ?? { text: m.sentence, start: 0, end: m.sentence.length };
    const holdsOther = (c: ClauseSpan) => m.others.some((o) => o.start >= c.start && o.start < c.end && !(o.start >= own.start && o.start < own.end));
    const context = clauses.filter((c) => c !== own && !holdsOther(c)).map((c) => c.text);
    return { own: own.text, context: context.length && context.length < clauses.length ? context.join(' ') : clauses.length === 1 ? '' : context.join(' ') };
  });
  const texts = [...new Set(plans.flatMap((p) => (p.context ? [p.own, p.context] : [p.own])))];
  const scores = new Map<string, number>();
  (await score(texts)).forEach((s, i) => scores.set(texts[i], s));
  return plans.map((p) => {
    const own = scores.get(p.own) ?? 0;
    if (Math.abs(own) >= NEUTRAL_BAND || !p.context) return own;
    return scores.get(p.context) ?? 0;
  });
}
