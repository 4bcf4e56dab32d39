import type { AnswerSource } from './answer.ts';

/** Translation, generation and drafting. */

/** A language Aisle translates between. */
export type Lang = 'en' | 'zh';

/** A spec row's name as a label: its words, and the language they are in (the asked one, or the name's own when no vocabulary word gives it). */
export interface SpecLabel {
  text: string;
  lang: Lang;
}

/** The answer of `translate`: one text per input, in order, and how it was made. */
export interface TranslationResponse {
  texts: string[];
  to: Lang;
  /** `model` when a translation model translated (or had translated, from the cache); `lexical` for the glossary gloss. */
  source: AnswerSource;
  /** Sentences served from the cache. */
  cached: number;
  /** Sentences the model translated in this call. */
  translated: number;
  /** True when every text was already in `to` and came back as it was (no model and no glossary was needed). */
  unchanged?: boolean;
  /** Why the glossary answered when a model was expected (it failed to load). */
  note?: string;
}

/** One sentence of a draft and the product fields it states (every claim traces to one of them). */
export interface DraftSentence {
  text: string;
  /** Fields of the product the sentence draws on: "title", "attributes.material", "reviews[0]"… */
  sources: string[];
}

/** A merchant's draft: a description and a short blurb, written only from the product's own data. */
export interface ProductDraft {
  productId: string;
  lang: Lang;
  description: DraftSentence[];
  blurb: DraftSentence[];
  /** `lexical`: written by templates over the facts; `model`: written by the LLM and checked sentence by sentence. */
  source: AnswerSource;
  /** Why the light path answered when a model was asked for (no model, or its sentences could not be traced). */
  note?: string;
  /** Model sentences left out because they did not trace to the product's fields. */
  dropped?: string[];
  /**
   * Set when spec values (and, by a model, review quotes) were put into the draft's language:
   * `model` translated them, `lexical` glossed them word by word with the shopping glossary.
   */
  valuesTranslated?: AnswerSource;
  /**
   * Values whose machine translation failed its check (numbers kept, the glossary's words present) and
   * was not shown: the value as written. They appear glossed (spec values) or as written (review quotes).
   */
  rejectedTranslations?: string[];
}

/** A question to answer from evidence (spec rows, description sentences, review quotes). */
export interface GenerateRequest {
  question: string;
  evidence: string[];
  maxNewTokens?: number;
  /** In-thread callers only (an AbortSignal cannot cross the worker); use `stopGeneration()` there. */
  signal?: AbortSignal;
}

/** The answer: its text, which path wrote it, and how the generation went. */
export interface GenerateResponse {
  text: string;
  source: AnswerSource;
  /** Evidence lines quoted (light path). */
  used?: string[];
  tokens: number;
  stopped: boolean;
  tokensPerSecond?: number;
  /** Why the light path answered, when it did. */
  note?: string;
}
