/**
 * The types the qa room's modules share with each other and with the room's callers
 * (docs/architecture.md, "Room naming convention"). Types the page also sees live in workers/protocol/.
 */
import type { QuestionKind, ProductAnswer, AnswerSource } from '../protocol/answer.ts';
import type { TextEmbedder } from '../runtime/runtime-types.ts';

/** One thing the question is about, with every match key that stands for it. */
export interface Concept {
  /** The question's own word ("heavy", "防水"). */
  word: string;
  /** Match keys: the word's own key(s) and translations weigh 1 (`exact`), synonyms less. */
  keys: { key: string; weight: number; exact: boolean }[];
  /**
   * The keys of each phrase that translates the word whole ("视网膜屏" -> retina display): a text
   * with every key of one of them states the word itself, an exact match, though each key alone only relates.
   */
  phrases?: string[][];
  /** Topic groups the word belongs to. */
  topics: TopicGroup[];
  /**
   * True for a phrase that names the asked property itself ("light up"): a yes or no needs it, and the
   * question's other words name the part it is about ("the display"), which the evidence need not repeat.
   */
  namesProperty?: boolean;
  /** True when the word only names the product itself ("phone" in "does this phone…"). */
  namesProduct: boolean;
}

/** A question taken apart for matching. */
export interface AnalyzedQuestion {
  text: string;
  language: 'en' | 'zh';
  kind: QuestionKind;
  concepts: Concept[];
}

/** What a phraser returns: the wording, and whether its stream was cancelled. */
export interface Phrased {
  text: string;
  cancelled: boolean;
  /** Who really worded it, when not the phraser's own kind (a generated phraser that fell back to the template). */
  phrasing?: ProductAnswer['phrasing'];
  /** Why the wording is not (or only partly) the generated one. */
  note?: string;
}

/**
 * Words an answer. The engine drafts every answer (verdict, counts, evidence) first; a phraser
 * only chooses the words, over that same evidence, and streams them. The template phraser is
 * always there; a generative model (workers/generate/) can supply another with the same shape.
 */
export interface AnswerPhraser {
  readonly phrasing: ProductAnswer['phrasing'];
  phrase(draft: ProductAnswer, onToken?: TokenCallback, signal?: AbortSignal): Promise<Phrased>;
}

/** Anything that scores (question, passage) pairs, higher = more relevant. */
export interface PassageScorer {
  score(question: string, passages: string[]): Promise<number[]>;
  /** The languages it reads (the manifest's `languages`); absent: all. */
  readonly languages?: string[];
}

/** One candidate's lexical match: its BM25-style score and which concepts it matched, and how. */
export interface LexicalMatch {
  index: number;
  score: number;
  /** Concepts matched by their own word or a translation. */
  exact: Concept[];
  /** Concepts matched only through a synonym. */
  related: Concept[];
}

/** The models a ranking may use; none means the light path. */
export interface RankingModels {
  embedder?: Pick<TextEmbedder, 'embed'>;
  /** A cross-encoder that re-reads the top few candidates with the question. */
  reranker?: PassageScorer;
}

/** Candidates ranked for a question: best first, with the lexical match of each. */
export interface RankedEvidence {
  /** Candidate indices, best first. */
  order: number[];
  /** Lexical match per candidate index. */
  matches: LexicalMatch[];
  /** Cosine similarity to the question per candidate index (model path only). */
  similarity?: number[];
  /** Cross-encoder score per reranked candidate index (model path with a reranker). */
  rerankScores?: Map<number, number>;
  source: AnswerSource;
}

/**
 * Receives one token of a streamed answer, and who worded it when the phraser says (`generated`: a
 * model; `template`: fixed wording); returning `false` cancels the stream.
 */
export type TokenCallback = (token: string, phrasing?: 'template' | 'generated') => boolean | void | Promise<boolean | void>;

/**
 * Groups of words that ask about the same product property ("weight" ~ "how heavy" ~ "多重").
 * A question word in a group also matches the group's other words, in English and Chinese, so a
 * shopper's phrasing finds the spec row the shop wrote in its own words.
 */
export interface TopicGroup {
  /** Stable id, also the attribute-ish name used in hints ("weight"). */
  id: string;
  /** How the topic is named to a shopper. */
  name: { en: string; zh: string };
  /** English words and short phrases (matched on stems). */
  en: string[];
  /** Chinese words (matched as substrings). */
  zh: string[];
  /**
   * For a measurable property: a regex (source, case-insensitive) matching a stated value of it
   * ("320 克", "29 L", "18\" x 10\""). "How heavy / how big / 多重" questions are answered only by such a value.
   */
  measure?: string;
}
