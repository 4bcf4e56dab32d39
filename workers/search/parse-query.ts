import { englishFor } from '../text/glossary.ts';
import { segmentShoppingWords } from '../text/segment-shopping-words.ts';
import { stem } from '../text/stem.ts';
import { isStopword } from '../text/stopwords.ts';
import { hasHan, tokenize } from '../text/tokenize.ts';
import type { CatalogVocabulary } from './search-types.ts';
import { budgetPattern, categorySynonyms, colorWords, genderWords } from './intent-lexicon.ts';
import { parseNumericIntent } from './parse-numeric-intent.ts';
import { emptyIntent } from './search-intent.ts';
import type { SearchIntent } from '../protocol/search.ts';

/** A word of the query with its English glosses (for Chinese words) and their stems. */
export interface QueryWord {
  word: string;
  english: string[];
  stems: string[];
}

const blank = (text: string, span: string) => text.replace(span, ' '.repeat(span.length));

/** The query's words (stopwords dropped), each with its English glosses and their stems. */
export function queryWords(text: string): QueryWord[] {
  const out: QueryWord[] = [];
  for (const token of segmentShoppingWords(text)) {
    if (isStopword(token)) continue;
    const english = hasHan(token) ? englishFor(token) : [];
    const stems = [...new Set([token, ...english.flatMap((e) => tokenize(e))].map(stem))];
    out.push({ word: token, english, stems });
  }
  return out;
}

function parseNegation(rest: string, intent: SearchIntent): string {
  const english = /\b(?:not|no|without|except|excluding)\s+([a-z][a-z'-]{1,})|(?:^|\s)-([a-z][a-z'-]+)/gu;
  for (const m of [...rest.matchAll(english)]) {
    const word = m[1] ?? m[2];
    if (isStopword(word) || /^(?:more|less|over|under|than)$/.test(word)) continue;
    intent.exclude.push(stem(word));
    intent.chips.push({ id: `not:${stem(word)}`, kind: 'exclude', label: word, from: m[0].trim() });
    rest = blank(rest, m[0]);
  }
  const chinese = /(?:不要|不含|不是|不带|没有|除了|非)\s*(\p{Script=Han}+)/gu;
  for (const m of [...rest.matchAll(chinese)]) {
    const first = segmentShoppingWords(m[1])[0] ?? m[1];
    const english = englishFor(first);
    intent.exclude.push(first, ...english.map(stem));
    intent.chips.push({ id: `not:${first}`, kind: 'exclude', label: english[0] ? `${first} (${english[0]})` : first, from: m[0].slice(0, m[0].indexOf(first) + first.length) });
    rest = blank(rest, m[0].slice(0, m[0].indexOf(first) + first.length));
  }
  return rest;
}

const sizeNames: Record<string, string> = { small: 's', medium: 'm', large: 'l', '2xl': 'xxl', '3xl': 'xxxl' };
const SIZE = String.raw`(xxs|xs|s|m|l|xl|xxl|xxxl|2xl|3xl|small|medium|large|\d{1,2}(?:\.5)?)`;

function parseSize(rest: string, intent: SearchIntent): string {
  const patterns = [
    new RegExp(String.raw`\bsize\s*[:=]?\s*${SIZE}\b`, 'gu'),
    new RegExp(String.raw`(?:尺码|码数)\s*[:：]?\s*${SIZE}`, 'gu'),
    new RegExp(String.raw`(?<![a-z0-9])${SIZE}\s*(?:码|号)`, 'gu'),
    /(?<![a-z0-9])(xxs|xs|xl|xxl|xxxl|2xl|3xl)(?![a-z0-9])/gu,
  ];
  for (const pattern of patterns) {
    for (const m of [...rest.matchAll(pattern)]) {
      const size = sizeNames[m[1]] ?? m[1];
      if (!intent.sizes.includes(size)) {
        intent.sizes.push(size);
        intent.chips.push({ id: `size:${size}`, kind: 'size', label: size.toUpperCase(), from: m[0].trim() });
      }
      rest = blank(rest, m[0]);
    }
  }
  return rest;
}

function parseBrands(rest: string, list: QueryWord[], vocab: CatalogVocabulary, intent: SearchIntent): void {
  const found = new Map<string, string>();
  const tokens = tokenize(rest);
  // Longest phrase first: "calvin klein" before a one-word brand inside it.
  for (let i = 0; i < tokens.length; ) {
    let n = Math.min(vocab.longestBrand, tokens.length - i);
    for (; n > 0; n--) {
      const brand = vocab.brands.get(tokens.slice(i, i + n).join(' '));
      if (brand) {
        found.set(brand, tokens.slice(i, i + n).join(' '));
        break;
      }
    }
    i += Math.max(n, 1);
  }
  for (const w of list) for (const e of w.english) if (vocab.brands.has(e)) found.set(vocab.brands.get(e)!, w.word);
  for (const [brand, from] of found) {
    if (intent.exclude.includes(stem(brand.toLowerCase()))) continue;
    intent.brands.push(brand);
    intent.chips.push({ id: `brand:${brand.toLowerCase()}`, kind: 'brand', label: brand, from });
  }
}

function parseKinds(list: QueryWord[], vocab: CatalogVocabulary, intent: SearchIntent): void {
  let head: { word: string; stems: string[] } | undefined;
  for (const w of list) {
    const gender = w.stems.map((s) => genderWords[s]).find(Boolean) ?? genderWords[w.word];
    if (gender && vocab.categoryStems.has(gender)) {
      if (!intent.categories.some((c) => c.includes(gender))) {
        intent.categories.push([gender]);
        intent.chips.push({ id: `category:${gender}`, kind: 'category', label: gender, from: w.word });
      }
      continue;
    }
    const color = colorWords[w.word] ?? w.english.map((e) => colorWords[e]).find(Boolean);
    if (color) {
      if (!intent.colors.includes(color)) {
        intent.colors.push(color);
        intent.chips.push({ id: `color:${color}`, kind: 'color', label: color, from: w.word });
      }
      continue;
    }
    // The first gloss is the word's main sense ("手机" -> smartphone, not "mobile" accessories).
    const own = w.english.length ? [stem(w.word), ...tokenize(w.english[0]).map(stem)] : w.stems;
    const stems = [...new Set(own.flatMap((s) => [s, ...(categorySynonyms[s] ?? [])]))];
    if (stems.some((s) => vocab.categoryStems.has(s))) head = { word: w.word, stems: stems.filter((s) => vocab.categoryStems.has(s) || s === stem(w.word)) };
  }
  if (head) {
    intent.categories.push(head.stems);
    intent.chips.push({ id: `category:${head.stems[0]}`, kind: 'category', label: head.word, from: head.word });
  }
}

/**
 * Reads what a shopper asked for from a query, in English or Chinese, without a model: price
 * ranges and caps, "cheap", minimum ratings, sort order, negations, sizes, brands and colours, and
 * the kind of product (the last word the shop uses as a category). `vocab` is the shop's own words.
 */
export function parseQuery(query: string, vocab: CatalogVocabulary): SearchIntent {
  const intent = emptyIntent(query);
  let rest = parseNumericIntent(query.normalize('NFKC').toLowerCase(), intent);
  const budget = budgetPattern.exec(rest);
  if (budget && !intent.sort && intent.priceMax === undefined) {
    intent.budget = true;
    intent.chips.push({ id: 'budget', kind: 'budget', label: 'lower price', from: budget[0] });
  }
  if (budget) rest = blank(rest, budget[0]);
  rest = parseNegation(rest, intent);
  rest = parseSize(rest, intent);
  const list = queryWords(rest);
  parseBrands(rest, list, vocab, intent);
  parseKinds(list, vocab, intent);
  intent.text = rest.replace(/\s+/g, ' ').trim();
  // ICU's own cut of Chinese runs is kept too: it is how a Chinese catalog was indexed.
  const icu = tokenize(rest).filter((t) => hasHan(t) && !isStopword(t));
  intent.terms = [...new Set([...list.flatMap((w) => [w.word, ...w.english.flatMap((e) => tokenize(e))]), ...icu])];
  return intent;
}
