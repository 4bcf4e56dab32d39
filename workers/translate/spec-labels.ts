import { attributeLabel } from '../../common/attribute-label.ts';
import { hasHan } from '../../common/has-han.ts';
import type { Lang, SpecLabel } from '../protocol/language.ts';
import { ASPECT_CATEGORIES } from '../reviews/aspect-categories.ts';
import { chineseFor, englishFor } from '../text/glossary.ts';
import { stem } from '../text/stem.ts';

/** The aspect vocabulary's names both ways ("weight" ↔ 重量, "material" ↔ 材质). */
const aspectZh = new Map(Object.values(ASPECT_CATEGORIES).map((c) => [c.en.toLowerCase(), c.zh]));
const aspectEn = new Map(Object.values(ASPECT_CATEGORIES).map((c) => [c.zh, c.en]));

/** The Chinese of a whole English spec name ("warranty information", "colors"), from the glossary, else the aspect vocabulary. */
function chineseName(words: string): string | undefined {
  const singular = words.split(' ').map((w, i, all) => (i === all.length - 1 ? stem(w) : w)).join(' ');
  return chineseFor(words) ?? chineseFor(singular) ?? aspectZh.get(words) ?? aspectZh.get(singular);
}

/** The English of a whole Chinese spec name ("重量"), from the glossary, else the aspect vocabulary; capitalised as a label. */
function englishName(name: string): string | undefined {
  const english = englishFor(name)[0] ?? aspectEn.get(name);
  return english && english.charAt(0).toUpperCase() + english.slice(1);
}

/**
 * A spec row's name as a label in the shopper's language (the compare table's row heads): "Weight"
 * is 重量 and "Warranty information" 保修 for a Chinese shopper, 重量 is "Weight" for an English one.
 * Only whole names the glossary or the aspect vocabulary know are translated, never word by word and
 * never by a model; any other name stays as the shop wrote it (as people read it: "screenSize" is
 * "Screen size"), with its own language, so the page can mark it.
 */
export function specLabel(name: string, language: Lang): SpecLabel {
  const own: Lang = hasHan(name) ? 'zh' : 'en';
  const label = own === 'en' ? attributeLabel(name) : name.trim();
  if (own === language) return { text: label, lang: own };
  const translated = language === 'zh' ? chineseName(label.toLowerCase()) : englishName(label);
  return translated ? { text: translated, lang: language } : { text: label, lang: own };
}
