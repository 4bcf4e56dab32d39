/**
 * The truths a shopper-journey case states (test/eval/shopper-journeys.jsonl) and how one reply,
 * as the shopper saw it, is checked against them. Used by scripts/eval/shopper.ts; pure functions,
 * so the scoring itself is tested without a browser (test/node/shopper-eval-checks.test.ts).
 */

/** Constraints every one of the first `n` (default 3) result cards must meet. */
export interface TopConstraint {
  n?: number;
  maxPrice?: number;
  minPrice?: number;
  minRating?: number;
  /** Regex (case-insensitive) over the product's title, category, description, tags and attributes. */
  match?: string;
  /** A second regex that must also match (both words of "waterproof backpack"). */
  matchAlso?: string;
  notMatch?: string;
}

/** What must hold for a case to pass; every given key is checked. */
export interface Expectation {
  /** Regexes that must each appear in the reply's text. */
  include?: string[];
  /** At least one of these must appear. */
  anyOf?: string[];
  /** None of these may appear. */
  exclude?: string[];
  /** The answer's verdict must be one of these ("yes", "no", "stated", "opinion", "not-stated"). */
  verdict?: string[];
  /** The answer's verdict must not be one of these. */
  verdictNot?: string[];
  /** The shopper must be told the data does not say (and get no yes/no). */
  notStated?: boolean;
  /** The result cards must meet these constraints. */
  top3?: TopConstraint;
  /** The shopper must be told nothing matches (or be shown no cards). */
  noMatch?: boolean;
  /** The reply's opening must be in this language. */
  replyIn?: 'zh' | 'en';
  /** Regex the reply's opening (its first sentence) must match: policy answers lead with the answer. */
  lead?: string;
  /** Regexes the review summary's pros must not contain ("runs large" is not praise). */
  notInPros?: string[];
}

/** One case of the shopper-journey set. */
export interface ShopperCase {
  id: string;
  kind: string;
  /** The shopper's language and the page's language. */
  shopper: 'en' | 'zh';
  pageLang: 'en' | 'zh';
  /** Path of the page in the built shop ("" is the home page). */
  page: string;
  ask: string;
  expect: Expectation;
  /** Where in the page's data the truth is (for the reader; not checked). */
  truth: string;
}

/** A product the checks can look up by the id a card carries. */
export interface KnownProduct {
  id: string;
  price?: number;
  rating?: number;
  /** Title, category, description, tags and attributes as one text. */
  text: string;
}

/** What the shopper saw: the newest reply, read from the page. */
export interface SeenReply {
  text: string;
  verdict?: string;
  pros?: string;
  cards: { id: string; text: string; price?: number }[];
}

const NOT_STATED =
  /not stated|doesn't say|does not say|don't say|do not say|no information|nothing in the product|isn't mentioned|is not mentioned|not mentioned|doesn't mention|does not mention|没有说明|未说明|没有提到|没有能回答|未提及|没有提及|没有相关|没有写/i;
const NO_MATCH = /no products match|no (good |close )?match|nothing (here |in the shop )?matches|couldn't find|could not find|没有符合|没有找到|没有合适|没有匹配/i;

const re = (source: string) => new RegExp(source, 'i');
const han = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).length;

/** The reply's opening as the shopper reads it first: up to the first sentence end, at most 160 characters. */
export function leadOf(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim().slice(0, 160);
  const end = trimmed.search(/[.!?。！？](\s|$)/);
  return end > 0 ? trimmed.slice(0, end + 1) : trimmed;
}

/**
 * True when the assistant's own opening words are Chinese: the text before the first quotation (a
 * verbatim quote keeps the source's language), at most 80 characters, has Chinese characters and
 * more of them than Latin words.
 */
export function readsAsChinese(text: string): boolean {
  const flat = text.replace(/\s+/g, ' ').trim().slice(0, 80);
  const quote = flat.search(/[“"「]/);
  const opening = quote > 0 ? flat.slice(0, quote) : flat;
  const latinWords = (opening.match(/[A-Za-z]{2,}/g) ?? []).length;
  return han(opening) >= 2 && han(opening) >= latinWords * 2;
}

/** Every reason the reply fails the case; an empty list is a pass. */
export function failures(expect: Expectation, seen: SeenReply, products: Map<string, KnownProduct>): string[] {
  const out: string[] = [];
  const { text } = seen;
  for (const source of expect.include ?? []) if (!re(source).test(text)) out.push(`missing /${source}/`);
  if (expect.anyOf && !expect.anyOf.some((s) => re(s).test(text))) out.push(`none of ${expect.anyOf.join(', ')}`);
  for (const source of expect.exclude ?? []) if (re(source).test(text)) out.push(`shows /${source}/`);
  if (expect.verdict && !expect.verdict.includes(seen.verdict ?? '')) out.push(`verdict ${seen.verdict ?? 'none'}, wanted ${expect.verdict.join('/')}`);
  if (expect.verdictNot?.includes(seen.verdict ?? '')) out.push(`verdict ${seen.verdict}`);
  if (expect.notStated) {
    const said = seen.verdict === 'not-stated' || NOT_STATED.test(text);
    if (!said || seen.verdict === 'yes' || seen.verdict === 'no') out.push(`not told the data does not say (verdict ${seen.verdict ?? 'none'})`);
  }
  if (expect.noMatch && seen.cards.length && !NO_MATCH.test(text)) out.push(`${seen.cards.length} results shown, no "no match"`);
  if (expect.top3) out.push(...topFailures(expect.top3, seen, products));
  if (expect.replyIn === 'zh' && !readsAsChinese(text)) out.push('reply does not open in Chinese');
  if (expect.replyIn === 'en' && han(leadOf(text)) > 0) out.push('reply does not open in English');
  if (expect.lead && !re(expect.lead).test(leadOf(text))) out.push(`opening "${leadOf(text).slice(0, 80)}" lacks /${expect.lead}/`);
  for (const source of expect.notInPros ?? []) if (seen.pros && re(source).test(seen.pros)) out.push(`pros list /${source}/`);
  return out;
}

function topFailures(c: TopConstraint, seen: SeenReply, products: Map<string, KnownProduct>): string[] {
  const cards = seen.cards.slice(0, c.n ?? 3);
  if (!cards.length) return ['no results'];
  const out: string[] = [];
  cards.forEach((card, i) => {
    const known = products.get(card.id);
    const text = known?.text ?? card.text;
    const price = known?.price ?? card.price;
    const name = `#${i + 1} ${card.id}`;
    if (c.maxPrice !== undefined && !(price !== undefined && price <= c.maxPrice)) out.push(`${name} costs ${price}`);
    if (c.minPrice !== undefined && !(price !== undefined && price >= c.minPrice)) out.push(`${name} costs ${price}`);
    if (c.minRating !== undefined && !((known?.rating ?? 0) >= c.minRating)) out.push(`${name} rated ${known?.rating}`);
    if (c.match && !re(c.match).test(text)) out.push(`${name} lacks /${c.match}/`);
    if (c.matchAlso && !re(c.matchAlso).test(text)) out.push(`${name} lacks /${c.matchAlso}/`);
    if (c.notMatch && re(c.notMatch).test(text)) out.push(`${name} has /${c.notMatch}/`);
  });
  return out;
}

/** Pass rate per key (kind, or shopper×page language), with counts. */
export function ratesBy<T>(rows: T[], key: (row: T) => string, passed: (row: T) => boolean): Record<string, { pass: number; total: number; rate: number }> {
  const out: Record<string, { pass: number; total: number; rate: number }> = {};
  for (const row of rows) {
    const k = key(row);
    out[k] ??= { pass: 0, total: 0, rate: 0 };
    out[k].total++;
    if (passed(row)) out[k].pass++;
  }
  for (const v of Object.values(out)) v.rate = Math.round((v.pass / v.total) * 1000) / 1000;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
