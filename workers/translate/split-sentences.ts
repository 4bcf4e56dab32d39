/** A piece of text cut for translation: a sentence, or the whitespace between sentences. */
export interface TextPiece {
  text: string;
  /** False for whitespace-only pieces, which are kept as they are. */
  translate: boolean;
}

const sentences = new Intl.Segmenter('zh', { granularity: 'sentence' });

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
 * Splits text into sentences (ICU sentence breaks, which know Chinese full stops) so long text is
 * translated sentence by sentence; joining the pieces' texts gives the input back exactly.
 */
export function splitSentences(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  for (const { segment } of sentences.segment(text)) {
    const lead = /^\s*/.exec(segment)![0];
    const trail = /\s*$/.exec(segment.slice(lead.length))![0];
    const body = segment.slice(lead.length, segment.length - trail.length);
    if (lead) pieces.push({ text: lead, translate: false });
    for (const part of body ? cutLong(body) : []) pieces.push({ text: part, translate: true });
    if (trail) pieces.push({ text: trail, translate: false });
  }
  return pieces;
}
