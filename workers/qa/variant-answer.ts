/**
 * Questions about a product's variants, answered from the shop's own variant list (a schema.org
 * ProductGroup's `hasVariant`, read into `product.variants`): "does it come in blue?", "is size M in
 * stock?", "what sizes does it come in?", "有蓝色吗？", "M码有货吗？". The list is the shop's complete
 * offer, so "no, it comes in Black and Blue" is grounded in it. Questions that name no option and ask
 * for none go on to the evidence path (qa.ts).
 */
import type { Product, ProductVariant } from '../protocol/product.ts';
import type { CitedEvidence, ProductAnswer } from '../protocol/answer.ts';
import { hasHan } from '../../common/has-han.ts';

/** Words that name an option kind, by the property name shops use (schema.org color, size, material, pattern). */
const optionWords: Record<string, RegExp> = {
  color: /\b(colou?rs?|shades?)\b|颜色|色/i,
  size: /\b(sizes?|sized)\b|尺码|尺寸|码|号/i,
  material: /\b(materials?|fabrics?)\b|材质|面料/i,
  pattern: /\b(patterns?|prints?)\b|图案|花色/i,
};

/** Common colour names, so "does it come in green?" gets a "no" when green is not among the colours. */
const colourNames = /\b(black|white|grey|gray|silver|gold|red|blue|navy|green|olive|yellow|orange|pink|purple|violet|brown|beige|tan|cream|ivory|teal|turquoise|burgundy|maroon|khaki|charcoal|rose|mint|lilac|coral)\b|黑色?|白色?|灰色?|银色?|金色?|红色?|蓝色?|绿色?|黄色?|橙色?|粉色?|紫色?|棕色?|咖啡色|米色|卡其色?/i;
/** Sizes as shops print them: S, M, XL, 2XL, 42, 10.5, "M码". */
const sizeToken = /(?:^|[\s(,，])(xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl|\d{1,3}(?:[.,]5)?)(?=$|[\s?？),，!！.码号])/i;

const stockCue = /\b(in stock|stock|available|availability|sold out|out of stock|left|ship(s|ped)? now)\b|有货|有现货|现货|缺货|库存|卖完|售罄|还有吗/i;
const offerCue = /\b(come|comes|coming|available|offered|offer|make|made|have|has|sell|get)\b[^?？]*\bin\b|\bdo you have\b|\bis there\b|\bin (a |an )?(size|colou?r)\b|有没有|有.{1,8}吗|出.{1,8}吗|有.{1,8}的吗/i;
const listCue = /\b(what|which|how many)\b[^?？]*\b(colou?rs?|sizes?|materials?|patterns?|options?|variants?|versions?)\b|哪些|哪几|什么颜色|什么尺码|几种|多少种|几个颜色|几个尺码/i;

const inStock = (v: ProductVariant) => !!v.availability && /InStock|LimitedAvailability|OnlineOnly|InStoreOnly/i.test(v.availability);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Does the question name this option value? Whole words in Latin script; single letters only beside "size"/码. */
function names(question: string, key: string, value: string): boolean {
  const v = value.trim().toLowerCase();
  if (!v) return false;
  if (hasHan(v)) return question.includes(v);
  if (v.length <= 2 && /^[a-z]+$/i.test(v)) {
    // "M" or "XL": asked as a size ("size M", "in M?", "M码"), not any lone letter.
    const asSize = new RegExp(`(\\bsize\\s+${escape(v)}\\b|\\b${escape(v)}\\s*(码|号)|尺码\\s*${escape(v)}\\b|\\bin\\s+(an?\\s+)?${escape(v)}\\s*[?？]?$)`, 'i');
    return key === 'size' || /size/i.test(key) ? asSize.test(question) : false;
  }
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escape(v)}($|[^\\p{L}\\p{N}])`, 'iu').test(question);
}

function availabilityText(v: ProductVariant, zh: boolean): string {
  if (!v.availability) return zh ? '未标明库存' : 'stock not stated';
  if (inStock(v)) return zh ? '有货' : 'in stock';
  if (/OutOfStock|SoldOut|Discontinued/i.test(v.availability)) return zh ? '缺货' : 'out of stock';
  if (/PreOrder|BackOrder/i.test(v.availability)) return zh ? '可预订' : 'available to order';
  return v.availability;
}

const optionsText = (v: ProductVariant) => Object.entries(v.options).map(([k, x]) => `${k} ${x}`).join(', ');

function evidenceOf(variants: ProductVariant[], all: ProductVariant[], matched: string[], zh: boolean): CitedEvidence[] {
  return variants.slice(0, 3).map((v) => ({
    kind: 'spec' as const,
    text: `${v.title}${optionsText(v) ? ` (${optionsText(v)})` : ''}: ${availabilityText(v, zh)}${v.price !== undefined ? `, ${v.price}${v.currency ? ` ${v.currency}` : ''}` : ''}`,
    attribute: 'variant',
    index: all.indexOf(v),
    score: 1,
    matched,
  }));
}

const list = (values: string[], zh: boolean) => (zh ? values.join('、') : values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}`);

/** The option kind a question asks about ("what sizes…" → size), among those the variants have. */
function askedKind(question: string, keys: string[]): string | undefined {
  return keys.find((k) => optionWords[k]?.test(question) || new RegExp(`\\b${escape(k)}s?\\b`, 'i').test(question));
}

/**
 * Answers a question about the product's variants, or returns undefined when the question is not
 * about them (or the product has none): the evidence path answers it then.
 */
export function answerVariantQuestion(product: Product, question: string): ProductAnswer | undefined {
  const variants = product.variants ?? [];
  if (variants.length < 2) return undefined;
  const q = question.trim();
  const zh = hasHan(q);
  const keys = [...new Set(variants.flatMap((v) => Object.keys(v.options)))];
  const valuesOf = (key: string) => [...new Set(variants.map((v) => v.options[key]).filter(Boolean))];
  const base = { productId: product.id, question: q, language: zh ? 'zh' : 'en', source: 'lexical', evidenceOrder: 'lexical', phrasing: 'template', ignoredInstructions: 0 } as const;

  // Which option values the question names: "blue", "size M", "M码".
  const named = keys.flatMap((key) => valuesOf(key).filter((value) => names(q, key, value)).map((value) => ({ key, value })));
  const asksStock = stockCue.test(q);
  // A value named in passing ("Is Red Wing waterproof?" of the colour Red) is no variant question:
  // it needs a stock or "comes in" cue, or a question of a few words ("blue?", "in M?").
  const cued = asksStock || offerCue.test(q) || q.split(/\s+/).length <= 3;
  if (named.length && cued) {
    const matching = variants.filter((v) => named.every(({ key, value }) => !Object.keys(v.options).includes(key) || named.filter((n) => n.key === key).some((n) => v.options[key] === n.value)));
    const words = named.map((n) => n.value);
    const what = list(words, zh);
    if (!matching.length) {
      const text = zh ? `没有${what}这个组合。` : `No: there is no ${words.join(' / ')} combination.`;
      return { ...base, questionKind: 'yes-no', verdict: 'no', answerable: true, text, evidence: evidenceOf(variants, variants, words, zh) };
    }
    const available = matching.filter(inStock);
    if (asksStock) {
      const yes = available.length > 0;
      const stated = matching.some((v) => v.availability);
      const text = !stated
        ? zh ? `有${what}，但店铺没有标明库存。` : `It comes in ${what}, but the shop does not say whether it is in stock.`
        : yes
          ? zh ? `有货：${what}目前有货。` : `Yes: ${what} is in stock.`
          : zh ? `${what}目前缺货。` : `No: ${what} is out of stock.`;
      return { ...base, questionKind: 'yes-no', verdict: stated ? (yes ? 'yes' : 'no') : 'not-stated', answerable: stated, text, evidence: evidenceOf(yes ? available : matching, variants, words, zh) };
    }
    const stock = available.length ? '' : zh ? '（目前缺货）' : ' (out of stock right now)';
    const text = zh ? `有，有${what}${stock}。` : `Yes: it comes in ${what}${stock}.`;
    return { ...base, questionKind: 'yes-no', verdict: 'yes', answerable: true, text, evidence: evidenceOf(available.length ? available : matching, variants, words, zh) };
  }

  // "Does it come in green?" with no green variant: a colour or size the list does not have.
  if (offerCue.test(q) || asksStock) {
    for (const key of keys) {
      const asked = key === 'color' ? colourNames.exec(q)?.[0] : key === 'size' ? sizeToken.exec(q)?.[1] : undefined;
      if (!asked) continue;
      const values = valuesOf(key);
      // "blue" asked, "Navy Blue" sold: that is a yes, with the shop's names.
      const close = values.filter((v) => v.toLowerCase().includes(asked.toLowerCase()));
      if (close.length) {
        const text = zh ? `有，有${list(close, zh)}。` : `Yes: it comes in ${list(close, zh)}.`;
        return { ...base, questionKind: 'yes-no', verdict: 'yes', answerable: true, text, evidence: evidenceOf(variants.filter((v) => close.includes(v.options[key])), variants, close, zh) };
      }
      const text = zh ? `没有${asked}。可选：${list(values, zh)}。` : `No: it does not come in ${asked}. It comes in ${list(values, zh)}.`;
      return { ...base, questionKind: 'yes-no', verdict: 'no', answerable: true, text, evidence: evidenceOf(variants, variants, [asked], zh) };
    }
  }
  // "What sizes…?", "哪些颜色": the values of that option, and which are in stock.
  const kind = askedKind(q, keys);
  if (kind && (listCue.test(q) || (asksStock && !offerCue.test(q)))) {
    const values = valuesOf(kind);
    const out = values.filter((value) => !variants.some((v) => v.options[kind] === value && inStock(v)) && variants.some((v) => v.options[kind] === value && v.availability));
    const tail = out.length ? (zh ? `；${list(out, zh)}缺货` : `; ${list(out, zh)} ${out.length > 1 ? 'are' : 'is'} out of stock`) : '';
    const text = zh ? `可选${kind === 'color' ? '颜色' : kind === 'size' ? '尺码' : kind}：${list(values, zh)}${tail}。` : `It comes in ${values.length} ${kind === 'color' ? 'colours' : `${kind}s`}: ${list(values, zh)}${tail}.`;
    return { ...base, questionKind: 'open', verdict: 'stated', answerable: true, text, evidence: evidenceOf(variants, variants, [kind], zh) };
  }

  return undefined;
}
