import glossaryFile from './zh-en-glossary.json' with { type: 'json' };

const terms: Record<string, string[]> = glossaryFile.terms;

/** English words for a Chinese shopping word ("手机" -> smartphone, phone, mobile); empty if unknown. */
export function englishFor(chineseWord: string): string[] {
  return terms[chineseWord] ?? [];
}

/** Every Chinese word the glossary knows, longest first, for matching inside unsegmented text. */
export const glossaryWords: readonly string[] = Object.keys(terms).sort((a, b) => b.length - a.length);

const chineseByEnglish = new Map<string, string>();
// An English word reads as the Chinese word it is the first sense of ("men" -> 男士, not 爸爸), else the first listed.
for (const rank of [0, 1]) {
  for (const [zh, ens] of Object.entries(terms)) for (const en of rank ? ens : ens.slice(0, 1)) if (!chineseByEnglish.has(en)) chineseByEnglish.set(en, zh);
}

/** The Chinese shopping word for an English word or phrase ("pocket" -> 口袋); undefined if the glossary has none. */
export function chineseFor(englishWord: string): string | undefined {
  return chineseByEnglish.get(englishWord.toLowerCase());
}

/** Every English word the glossary knows (lower case), for matching inside text. */
export const glossaryEnglishWords: readonly string[] = [...chineseByEnglish.keys()];
