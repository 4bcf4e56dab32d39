import { splitSentences } from '../text/sentences.ts';

/** A piece of text cut for translation: a sentence (or part of a long one), or what lies between sentences. */
export interface TextPiece {
  text: string;
  /** False for pieces with no words (white space, bullet markers, bare punctuation), which are kept as they are. */
  translate: boolean;
}

/** Longest piece sent to the model at once, in characters; longer sentences are cut at commas, then hard. */
export const maxPieceChars = 200;

function cutLong(sentence: string): string[] {
  if (sentence.length <= maxPieceChars) return [sentence];
  const parts: string[] = [];
  let current = '';
  for (const clause of sentence.split(/(?<=[,;，；、])/)) {
    if (current && current.length + clause.length > maxPieceChars) {
      parts.push(current);
      current = '';
    }
    current += clause;
  }
  if (current) parts.push(current);
  return parts.flatMap((p) => (p.length <= maxPieceChars ? [p] : p.match(new RegExp(`[^]{1,${maxPieceChars}}`, 'g')) ?? []));
}

/**
 * Cuts text into pieces to translate one by one: the sentences of the one splitter
 * (workers/text/sentences.ts), each cut to the model's limit, and what lies between them (white space,
 * bullet markers, bare punctuation), kept as it is. Joining the pieces' texts gives the input back exactly.
 */
export function translationPieces(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let cursor = 0;
  for (const sentence of splitSentences(text)) {
    if (sentence.start > cursor) pieces.push({ text: text.slice(cursor, sentence.start), translate: false });
    for (const part of cutLong(sentence.text)) pieces.push({ text: part, translate: true });
    cursor = sentence.end;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), translate: false });
  return pieces;
}
