import { hasHan } from '../../common/has-han.ts';

/** Words of any language, lower-cased: Intl.Segmenter splits Chinese into words, not characters. */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

const asciiOnly = /^[\x00-\x7f]*$/;
/** ICU's word-like segments of ASCII text (UAX #29 in short): letters and digits, joined by an inner ' . : or a comma before digits. */
const asciiWord = /[a-z0-9_]+(?:['.:][a-z0-9_]+|,[0-9]+)*/g;

export { hasHan };

/**
 * Splits text into lower-case word tokens. English words stay whole; Chinese runs are cut into
 * dictionary words by ICU; punctuation and spaces are dropped.
 */
export function tokenize(text: string): string[] {
  const normal = text.normalize('NFKC').toLowerCase();
  // Plain ASCII needs no dictionary: a regex gives ICU's word-like segments ~20x faster.
  if (asciiOnly.test(normal)) return normal.match(asciiWord) ?? [];
  const tokens: string[] = [];
  for (const part of segmenter.segment(normal)) {
    if (part.isWordLike) tokens.push(part.segment);
  }
  return tokens;
}
