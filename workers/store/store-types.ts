/**
 * The types the store room's modules share with each other and with the room's callers
 * (docs/architecture.md, "Room naming convention"). Types the page also sees live in workers/protocol/.
 */
import type { PolicyEntry } from '../protocol/store.ts';

/** How well one policy entry matches a question. */
export interface PolicyMatch {
  entry: PolicyEntry;
  /** BM25 score over the question's content words (0 when no word matched). */
  lexical: number;
  /** Share of the question's content words found in the entry, 0 to 1. */
  coverage: number;
  /** The question's words (or their English equivalents) found in the entry. */
  terms: Set<string>;
  /** Those of them found in the entry's own FAQ question. */
  questionTerms: Set<string>;
  /** Cosine similarity of question and entry embeddings, when a model is attached. */
  semantic?: number;
}
