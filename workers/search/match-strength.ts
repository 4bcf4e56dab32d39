/**
 * Whether a search found what the shopper named. A query names a kind of thing (its head word:
 * "tent" in "tent for camping", "guitar" in "electric guitar", "推车" in "婴儿推车"); a result that
 * only shares a side word ("electric" stove) or mentions the head in passing in its description
 * ("fits in a pup tent") is not a match for it. When no result carries the head word in its name,
 * kind, tags, brand or specs (or the kind was read as a category filter that matched), the search
 * says it found no close match instead of filling the list.
 */
import { stem } from '../text/stem.ts';
import { isStopword } from '../text/stopwords.ts';
import { hasHan, tokenize } from '../text/tokenize.ts';
import { englishFor } from '../text/glossary.ts';
import { segmentShoppingWords } from '../text/segment-shopping-words.ts';
import { categorySynonyms } from './intent-lexicon.ts';
import type { LexicalHit } from './search-types.ts';

/** Words that name no kind of product: with one of them as head, any matched word is enough. */
const openHeads = new Set([
  'gift', 'present', 'idea', 'gadget', 'option', 'accessory', 'gear', 'equipment', 'clothes', 'clothing', 'outfit', 'wear', 'kit',
  '礼物', '礼品', '用品', '产品', '商品', '衣服', '装备', '东西',
]);

/** True for a word that names no kind of product ("gift", "gadget", "东西"): it carries no intent of its own. */
export function isOpenWord(word: string): boolean {
  return openHeads.has(word) || openHeads.has(stem(word));
}

/** Words after which the head is over ("tent | for camping", "shoes | under $100"). */
const headEnds = /\b(?:for|to|with|that|which|who|under|over|below|above|without|from|in|on|at|near|like)\b/;

/** Fields that say what a product is (not just what its description mentions). */
const strongFields = new Set(['title', 'brand', 'category', 'tags', 'attributes']);

/**
 * The head words of the query (one per "and"/"和" part), each with its stem, its English glosses for
 * a Chinese word, and the words shops file that kind under ("earbuds" → "earphone"); undefined when
 * a part's head is an open word ("gift", "东西") or there is none.
 */
export function headStems(text: string): string[] | undefined {
  const out = new Set<string>();
  for (const part of text.toLowerCase().split(/\b(?:and|or|plus)\b|[和或与跟及、,，]/u)) {
    const lead = hasHan(part) ? part : part.split(headEnds)[0];
    // Chinese is cut by the shopping glossary first, so "无线充电器" ends in 充电器, not 器.
    const words = (hasHan(lead) ? segmentShoppingWords(lead) : tokenize(lead)).filter((w) => !isStopword(w) && !/^\d/.test(w));
    const head = words.at(-1);
    if (!head) continue;
    if (openHeads.has(head) || openHeads.has(stem(head))) return undefined;
    // A gloss that is a phrase names its kind by its last word ("electric guitar" → guitar).
    const forms = [head, ...englishFor(head).map((e) => tokenize(e).at(-1) ?? e)];
    for (const form of forms) for (const s of [form, stem(form), ...(categorySynonyms[stem(form)] ?? [])]) out.add(s);
  }
  return out.size ? [...out] : undefined;
}

/** Edit distance counting a swap of two neighbouring letters as one edit ("lapotp" → "laptop"). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * True when an index word stands for the head: the same stem, the head as its start or end
 * ("smartphone" for "phone"), or a typo of it that keeps its first two letters and is one edit away
 * (a swapped pair counts as one; two from 9 letters): "lapotp", "hoddie"; not "power" for "mower",
 * not "padded" for "paddle".
 */
export function isHeadWord(indexWord: string, stems: string[]): boolean {
  const w = stem(indexWord);
  return stems.flatMap((h) => [h, stem(h)]).some((h) => {
    if (w === h || indexWord === h || (h.length >= 4 && (w.startsWith(h) || w.endsWith(h) || (w.length >= 4 && h.startsWith(w))))) return true;
    if (hasHan(h) || h.length < 4 || w.slice(0, 2) !== h.slice(0, 2)) return false;
    return distance(w, h) <= (h.length >= 9 ? 2 : 1);
  });
}

/** True when a lexical hit carries the head in a field that says what the product is. */
export function hitNamesHead(hit: LexicalHit | undefined, stems: string[]): boolean {
  if (!hit) return false;
  return Object.entries(hit.matches).some(([word, fields]) => fields.some((f) => strongFields.has(f)) && isHeadWord(word, stems));
}
