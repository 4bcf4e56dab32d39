/** Product answers and the evidence they cite. */

/** Which method produced an answer: a light one that needs no model, or a transformer model. */
export type AnswerSource = 'lexical' | 'model';

/** What a question asks for: a yes/no fact, buyers' opinion, or an open fact ("how heavy"). */
export type QuestionKind = 'yes-no' | 'opinion' | 'open';

/** Where a piece of evidence comes from: a spec row, the seller's text, a review, or the page's Q&A. */
export type EvidenceKind = 'spec' | 'description' | 'review' | 'qa';

/** One candidate piece of evidence from a product's own data, kept verbatim. */
export interface Evidence {
  kind: EvidenceKind;
  /** The exact text shown to the shopper ("Weight: 4", a sentence, a review sentence, "Q … A …"). */
  text: string;
  /** Spec rows: the attribute name as the shop wrote it ("warrantyInformation"). */
  attribute?: string;
  /** Reviews: which review (index in product.reviews) the sentence is from, and its star rating. */
  review?: number;
  rating?: number;
}

/** A piece of evidence as cited by an answer: its position in the candidates, score and matched words. */
export interface CitedEvidence extends Evidence {
  /** Index in the candidate list the answer was ranked from. */
  index: number;
  score: number;
  /** Question words (or their synonyms / translations) found in the text. */
  matched: string[];
}

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
  /**
   * What decided the answer (support, abstention, yes/no): `lexical` today on both paths, since
   * the matching rules decide; a model only orders the evidence (`evidenceOrder`, `reranked`).
   */
  source: AnswerSource;
  /** Which path ordered the evidence: `model` when embeddings (and maybe a reranker) ranked it ("evidence ordered by a model"). */
  evidenceOrder: AnswerSource;
  /** True when a cross-encoder re-ordered the top evidence. */
  reranked?: boolean;
  /** How `text` was worded: the template, or a generative model over the same evidence. */
  phrasing: 'template' | 'generated';
  /** Why a generated wording was asked for but the template answered, or why it was cut short. */
  phrasingNote?: string;
  /** Page or review sentences that read as instructions to an assistant and were left out. */
  ignoredInstructions: number;
  /** True when the token stream was cancelled before the end (the answer object is still whole). */
  cancelled?: boolean;
}
