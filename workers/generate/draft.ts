import type { AnswerSource } from '../engine-api.ts';
import type { Lang } from '../translate/language.ts';

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
}

/** A draft as plain text: the description, a blank line, the blurb. */
export function draftText(draft: ProductDraft): string {
  const join = (s: DraftSentence[]) => s.map((x) => x.text).join(draft.lang === 'zh' ? '' : ' ');
  return `${join(draft.description)}\n\n${join(draft.blurb)}`;
}
