import type { SearchIntent } from '../protocol/search.ts';

const zhDigits: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const zhUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** Reads a Chinese numeral ("一百五十" -> 150, "四" -> 4); NaN when it is not one. */
export function chineseNumber(text: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in zhDigits) digit = zhDigits[ch];
    else if (ch === '万') {
      total = (total + section + digit) * 10000;
      section = 0;
      digit = 0;
    } else if (ch in zhUnits) {
      section += (digit || 1) * zhUnits[ch];
      digit = 0;
    } else return Number.NaN;
  }
  return total + section + digit;
}

/** Chinese numerals next to a price or rating word become digits: "一百元以内" -> "100元以内". */
export function digitsForChineseNumerals(query: string): string {
  return query.replace(/(?<![\d.])[零一二两三四五六七八九十][零一二两三四五六七八九十百千万]*(?=\s*(?:元|块|美元|刀|颗星|星级?\s*(?:及以上|或以上|以上|起|\+)|分\s*(?:及以上|以上)|以|到|至|左右))/g, (m) => {
    const n = chineseNumber(m);
    return Number.isFinite(n) ? String(n) : m;
  });
}

const NUM = String.raw`(?<![\d.])(\d+(?:[.,]\d+)?)\s*(k(?![a-z])|千|万|w(?![a-z]))?`;
const CUR = String.raw`(?:\$|usd\s*|us\$|¥|￥|rmb\s*|€|£)?`;
const UNIT = String.raw`(?:\s*(?:dollars?|bucks?|usd|rmb|元|块钱?|美元|刀))?`;
const PRICE = `${CUR}${NUM}${UNIT}`;

/** Parses "1.5k", "2万", "1,299" from a NUM match. */
function amount(value: string, scale: string | undefined): number {
  const n = Number.parseFloat(value.replace(/,(?=\d{3}\b)/g, '').replace(',', '.'));
  const factor = scale === 'k' || scale === '千' ? 1000 : scale === '万' || scale === 'w' ? 10000 : 1;
  return n * factor;
}

type Rule = { pattern: RegExp; apply: (m: RegExpExecArray, intent: SearchIntent) => void };

const money = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

function setPrice(intent: SearchIntent, from: string, min?: number, max?: number): void {
  if (min !== undefined) intent.priceMin = min;
  if (max !== undefined) intent.priceMax = max;
  const label = min !== undefined && max !== undefined ? `${money(min)}–${money(max)}` : max !== undefined ? `≤ ${money(max)}` : `≥ ${money(min!)}`;
  intent.chips = intent.chips.filter((c) => c.id !== 'price');
  intent.chips.push({ id: 'price', kind: 'price', label, from: from.trim() });
}

function setRating(intent: SearchIntent, from: string, min: number): void {
  if (!(min > 0 && min <= 5)) return;
  intent.minRating = min;
  intent.chips.push({ id: 'rating', kind: 'rating', label: `${min}★ & up`, from: from.trim() });
}

function setSort(intent: SearchIntent, from: string, sort: NonNullable<SearchIntent['sort']>): void {
  intent.sort = sort;
  const label = sort === 'price-asc' ? 'lowest price first' : sort === 'price-desc' ? 'highest price first' : 'best rated first';
  intent.chips.push({ id: 'sort', kind: 'sort', label, from: from.trim() });
}

const range = (m: RegExpExecArray, i: number) => [amount(m[i], m[i + 1]), amount(m[i + 2], m[i + 3])].sort((a, b) => a - b);

/** Rules in the order they are tried; each consumes the words it read. */
const rules: Rule[] = [
  // ratings first, so "4 stars" is never read as a price
  { pattern: /(?:\b(?:rated|rating|ratings)\s*(?:of\s*)?)?(?:\b(?:at least|minimum|min\.?|over|above)\s*)?(?<![\d.])(\d(?:\.\d)?)\s*\+?\s*(?:stars?|★)\s*(?:and up|& up|and above|or more|or higher|or above|or better|\+|plus)?/, apply: (m, i) => setRating(i, m[0], Number(m[1])) },
  { pattern: /\b(?:rated|rating|ratings)\s*(?:of\s*)?(?:at least|above|over|of|>=?)?\s*(?<![\d.])(\d(?:\.\d)?)(?![\d.])\s*(?:\+|or more|and up|and above|or higher|or above)?/, apply: (m, i) => setRating(i, m[0], Number(m[1])) },
  { pattern: /(?:评分|评价|星级)?\s*(?:在)?\s*(?<![\d.])(\d(?:\.\d)?)\s*(?:星|颗星|分)\s*(?:及以上|或以上|以上|起|\+)?/, apply: (m, i) => setRating(i, m[0], Number(m[1])) },
  { pattern: /(?:评分|评价)\s*(?:在)?\s*(?<![\d.])(\d(?:\.\d)?)\s*(?:及以上|以上)/, apply: (m, i) => setRating(i, m[0], Number(m[1])) },
  // sort intents before "cheap"
  { pattern: /\b(?:cheapest|lowest[- ]priced?|least expensive|price:? low to high|low to high)\b|最便宜|价格最低|最低价|价格从低到高|最实惠/, apply: (m, i) => setSort(i, m[0], 'price-asc') },
  { pattern: /\b(?:most expensive|priciest|highest[- ]priced?|price:? high to low|high to low)\b|最贵|价格最高|价格从高到低/, apply: (m, i) => setSort(i, m[0], 'price-desc') },
  { pattern: /\b(?:best|top|highest)[- ]rated\b|评分最高|评价最好|好评最多|口碑最好/, apply: (m, i) => setSort(i, m[0], 'rating-desc') },
  { pattern: /\b(?:highly|well)[- ]rated\b|\b(?:good|great) reviews\b|\bhigh(?:ly)? rating\b|好评|高评分|评价好|口碑好/, apply: (m, i) => setRating(i, m[0], 4) },
  // price ranges
  { pattern: new RegExp(String.raw`\b(?:between|from|price)\s*${PRICE}\s*(?:and|to|-|–|~)\s*${PRICE}`), apply: (m, i) => { const [a, b] = range(m, 1); setPrice(i, m[0], a, b); } },
  { pattern: new RegExp(String.raw`(?:\$|¥|￥|€|£)${NUM}\s*(?:-|–|to|~)\s*${CUR}${NUM}${UNIT}`), apply: (m, i) => { const [a, b] = range(m, 1); setPrice(i, m[0], a, b); } },
  { pattern: new RegExp(String.raw`(?:在)?${NUM}\s*(?:元|块)?\s*(?:到|至|-|–|~|to)\s*${NUM}\s*(?:元|块|美元|刀|dollars?\b|bucks\b|usd\b)(?:之间)?`), apply: (m, i) => { const [a, b] = range(m, 1); setPrice(i, m[0], a, b); } },
  { pattern: new RegExp(String.raw`(?:在)?${NUM}\s*(?:到|至)\s*${NUM}\s*(?:之间)`), apply: (m, i) => { const [a, b] = range(m, 1); setPrice(i, m[0], a, b); } },
  // upper bounds
  { pattern: new RegExp(String.raw`(?:\b(?:under|below|less than|cheaper than|no more than|not more than|not over|up to|max(?:imum)?|within|at most|budget(?: of)?)|<=?)\s*${PRICE}`), apply: (m, i) => setPrice(i, m[0], undefined, amount(m[1], m[2])) },
  { pattern: new RegExp(String.raw`${PRICE}\s*(?:or less|or under|and under|or below|and below|or cheaper|max)\b`), apply: (m, i) => setPrice(i, m[0], undefined, amount(m[1], m[2])) },
  { pattern: new RegExp(String.raw`(?:低于|少于|不超过|不到|小于|不高于|最多)\s*${PRICE}`), apply: (m, i) => setPrice(i, m[0], undefined, amount(m[1], m[2])) },
  { pattern: new RegExp(String.raw`${PRICE}\s*(?:以内|以下|之内|内)`), apply: (m, i) => setPrice(i, m[0], undefined, amount(m[1], m[2])) },
  // lower bounds
  { pattern: new RegExp(String.raw`(?:\b(?:over|above|more than|at least|from|starting at|min(?:imum)?)|>=?)\s*${PRICE}`), apply: (m, i) => setPrice(i, m[0], amount(m[1], m[2])) },
  { pattern: new RegExp(String.raw`${CUR}${NUM}${UNIT}\s*(?:\+|or more|and up|and above|or above)`), apply: (m, i) => setPrice(i, m[0], amount(m[1], m[2])) },
  { pattern: new RegExp(String.raw`(?:高于|超过|大于|多于|不低于|至少)\s*${PRICE}`), apply: (m, i) => setPrice(i, m[0], amount(m[1], m[2])) },
  { pattern: new RegExp(String.raw`${PRICE}\s*(?:以上|起)`), apply: (m, i) => setPrice(i, m[0], amount(m[1], m[2])) },
  // "around $100": a band of ±20 %
  { pattern: new RegExp(String.raw`(?:\b(?:around|about|approximately|approx\.?|roughly)|~)\s*${PRICE}|${PRICE}\s*左右`), apply: (m, i) => {
    const n = m[1] !== undefined ? amount(m[1], m[2]) : amount(m[3], m[4]);
    setPrice(i, m[0], Math.round(n * 0.8 * 100) / 100, Math.round(n * 1.2 * 100) / 100);
  } },
];

const compiled = rules.map((rule) => ({ ...rule, global: new RegExp(rule.pattern.source, 'gu') }));

/**
 * Reads price, rating and order constraints from a (lower-case, NFKC) query into `intent`, and
 * returns the query with those phrases blanked out.
 */
export function parseNumericIntent(query: string, intent: SearchIntent): string {
  let rest = digitsForChineseNumerals(query);
  for (const rule of compiled) {
    rest = rest.replace(rule.global, (...args: unknown[]) => {
      const groups = args.slice(0, args.findIndex((a) => typeof a === 'number')) as string[];
      rule.apply(Object.assign(groups, { index: 0, input: rest }) as RegExpExecArray, intent);
      return ' '.repeat(groups[0].length);
    });
  }
  return rest;
}
