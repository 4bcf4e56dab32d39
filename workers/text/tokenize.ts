/** Words of any language, lower-cased: Intl.Segmenter splits Chinese into words, not characters. */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

const hanRun = /\p{Script=Han}/u;

/** True when the text contains Chinese characters. */
export function hasHan(text: string): boolean {
  return hanRun.test(text);
}

/**
 * Splits text into lower-case word tokens. English words stay whole; Chinese runs are cut into
 * dictionary words by ICU; punctuation and spaces are dropped.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const part of segmenter.segment(text.normalize('NFKC').toLowerCase())) {
    if (part.isWordLike) tokens.push(part.segment);
  }
  return tokens;
}
