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
