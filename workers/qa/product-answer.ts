import type { AnswerSource } from '../engine-api.ts';
import type { QuestionKind } from './analyze-question.ts';
import type { CitedEvidence } from './evidence.ts';

/** The direct answer: yes / no / not stated for yes-no questions; stated or opinion otherwise. */
export type AnswerVerdict = 'yes' | 'no' | 'not-stated' | 'stated' | 'opinion';

/** Review counts behind an opinion answer: "7 of 9 reviews that mention battery are positive". */
export interface OpinionCount {
  /** What the reviews were counted for, in the question's words ("battery"); empty = the product overall. */
  aspect: string;
  mentions: number;
  positive: number;
  negative: number;
  neutral: number;
}

/** One answer to a product question, grounded in the product's own data. */
export interface ProductAnswer {
  productId: string;
  question: string;
  /** The question's language; the answer's template text is in it. */
  language: 'en' | 'zh';
  questionKind: QuestionKind;
  verdict: AnswerVerdict;
  /** False when nothing in the product data supports an answer (the answer abstains). */
  answerable: boolean;
  /** The short direct answer shown first. Evidence text inside it is quoted verbatim (of a long sentence, the clause with the asked words, marked "…"). */
  text: string;
  /** The evidence it rests on, best first: each really contains the matched words. */
  evidence: CitedEvidence[];
  opinion?: OpinionCount;
  /** When the data does not say: what the shopper could check instead. */
  suggestion?: string;
  /** Which path ranked the evidence. */
  source: AnswerSource;
  /** How `text` was worded: the template, or a generative model over the same evidence. */
  phrasing: 'template' | 'generated';
  /** Why a generated wording was asked for but the template answered, or why it was cut short. */
  phrasingNote?: string;
  /** Page or review sentences that read as instructions to an assistant and were left out. */
  ignoredInstructions: number;
  /** True when the token stream was cancelled before the end (the answer object is still whole). */
  cancelled?: boolean;
}
