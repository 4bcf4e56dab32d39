import { hasHan } from '../text/tokenize.ts';
import { splitSentences } from '../text/sentences.ts';

/** Longest sentence kept whole; longer runs without punctuation are cut at commas. */
const MAX_SENTENCE_CHARS = 240;

/**
 * The sentences of a review (the one splitter, workers/text/sentences.ts), with sentences longer than
 * 240 characters cut at commas and semicolons, so a summary quotes a readable piece.
 */
export function reviewSentences(text: string): string[] {
  return splitSentences(text).flatMap(({ text: sentence }) =>
    sentence.length <= MAX_SENTENCE_CHARS ? [sentence] : sentence.split(/(?<=[,，;；])\s*/).filter((s) => s.trim()),
  );
}

/** Words that start a contrasting clause in English ("great screen but the battery dies fast"). */
const englishContrast = /\s*(?:[,;:]\s*|\s+)(?=(?:but|however|although|though|except|whereas|yet|while|unfortunately|only problem|only issue|the downside|on the other hand)\b)|\s*;\s*|\s+-\s+|,\s+(?=(?:and\s+)?(?:the|its|it's|it|this|they|my|i)\b)/giu;

/** Chinese clause breaks: commas, semicolons and contrast words (但是, 但, 不过, 可是, 然而, 就是, 只是, 却). */
const chineseBreaks = /[,，;；、]\s*|\s+|(?=但是|不过|可是|然而|只是|就是|美中不足)|(?<!但是)(?<![但不])(?=但(?!是))/u;

/**
 * Splits one sentence into clauses, so an opinion is read in its own clause: "great screen but the
 * battery dies fast" → ["great screen", "but the battery dies fast"]. The contrast word stays at the
 * start of its clause, where the sentiment scorer can see it.
 */
export function splitClauses(sentence: string): string[] {
  const parts = hasHan(sentence) ? sentence.split(chineseBreaks) : sentence.split(englishContrast);
  return parts.map((p) => (p ?? '').trim()).filter((p) => /[\p{L}\p{N}]/u.test(p));
}

/** True when a clause opens with a contrast word: its opinion outweighs the clause before it. */
export function opensWithContrast(clause: string): boolean {
  return /^(?:but|however|although|though|yet|unfortunately|但是|但|不过|可是|然而|只是|就是|却)/iu.test(clause.trim());
}
