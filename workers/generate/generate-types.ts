/**
 * The types the generate room's modules share with each other and with the room's callers
 * (docs/architecture.md, "Room naming convention"). Types the page also sees live in workers/protocol/.
 */
import type { AnswerSource } from '../protocol/answer.ts';

/** One turn of a chat, as chat templates take it. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** A draft's facts in the draft's language, and how their values got there. */
export interface LocalizedFacts {
  facts: Fact[];
  highlights: Fact[];
  /** How values were put into the draft's language: `model` (translated), `lexical` (glossary gloss); absent when none needed it. */
  translated?: AnswerSource;
  /** Model translations that failed the check (`translation-check.ts`) and were not used: their originals. */
  rejected?: string[];
}

/** One fact a draft may state, with the product field it comes from ("title", "attributes.material", "reviews[2]"). */
export interface Fact {
  field: string;
  /** How the fact is named in text ("material", "warranty information"). */
  label: string;
  value: string;
  /** The value as the shop wrote it, when `value` is its translation into the draft's language. */
  original?: string;
}

/** Options of one generation. */
export interface GenerateOptions {
  /** Called with each new piece of text as soon as it forms whole characters. */
  onToken?: (text: string) => void;
  /** Stops the generation at the next token (in-thread callers; across the worker use `stop()`). */
  signal?: AbortSignal;
  maxNewTokens?: number;
}

/** What a generation produced. */
export interface GenerationResult {
  text: string;
  /** New tokens generated. */
  tokens: number;
  /** True when it was stopped before it finished. */
  stopped: boolean;
  /** Wall time of the generation, and tokens per second over it (prefill included). */
  ms: number;
  tokensPerSecond: number;
}
