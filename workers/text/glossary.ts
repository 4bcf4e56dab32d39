import glossaryFile from './zh-en-glossary.json' with { type: 'json' };

const terms: Record<string, string[]> = glossaryFile.terms;

/** English words for a Chinese shopping word ("手机" -> smartphone, phone, mobile); empty if unknown. */
export function englishFor(chineseWord: string): string[] {
  return terms[chineseWord] ?? [];
}

/** Every Chinese word the glossary knows, longest first, for matching inside unsegmented text. */
export const glossaryWords: readonly string[] = Object.keys(terms).sort((a, b) => b.length - a.length);
