import type { AnswerSource } from '../protocol/answer.ts';
import type { Lang } from '../protocol/language.ts';
import type { DraftSentence, ProductDraft } from '../protocol/language.ts';

/** A draft as plain text: the description, a blank line, the blurb. */
export function draftText(draft: ProductDraft): string {
  const join = (s: DraftSentence[]) => s.map((x) => x.text).join(draft.lang === 'zh' ? '' : ' ');
  return `${join(draft.description)}\n\n${join(draft.blurb)}`;
}
