import type { Product } from '../protocol/product.ts';
import type { Lang } from '../protocol/language.ts';
import type { DraftSentence, ProductDraft } from '../protocol/language.ts';
import { productFacts, reviewHighlights } from './product-facts.ts';
import type { Fact } from './generate-types.ts';
import { specLabel } from '../translate/spec-labels.ts';

/**
 * A fact's name in the draft's language: a spec row's Chinese name comes from the glossary and the
 * aspect vocabulary (translate/spec-labels.ts, the one home of spec names' translations), else the
 * name stays as written.
 */
export function factLabel(fact: Fact, lang: Lang): string {
  if (lang !== 'zh' || !fact.field.startsWith('attributes.')) return fact.label;
  const zh = specLabel(fact.label, 'zh');
  return zh.lang === 'zh' ? zh.text : fact.label;
}

/**
 * Words the templates add around the facts, per language. The grounding check allows these and
 * nothing else besides the facts themselves, so a sentence can only carry claims that are facts.
 */
export const templateWords: Record<Lang, readonly string[]> = {
  en: ['by', 'is', 'in', 'it', 'costs', 'its', 'are', 'customers', 'say', 'from', 'the', 'a', 'an', 'and', 'rated',
    'out', 'of', 'reviews', 'review', 'based', 'on', 'with', 'blurb', 'this', 'for', 'category',
    '5' /* the rating scale */],
  zh: ['出品', '属于', '类', '售价', '评分', '条', '评价', '顾客', '说', '简介', '来自', '的', '和', '分', '满分', '基于', '类别', '5'],
};

/** Nouns with no plural: "Its warranty information is …" even for a list. */
const uncountable = /(?:information|equipment|clothing|gear|status|policy|collection|fabric)$/i;

/** The plural of a spec row's name ("material" → "materials", "activity" → "activities"); a plural stays. */
export function pluralLabel(label: string): string {
  if (uncountable.test(label) || /[^s]s$/i.test(label)) return label;
  if (/[^aeiou]y$/i.test(label)) return `${label.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/i.test(label)) return `${label}es`;
  return `${label}s`;
}

/** The singular of a plural spec row's name ("colors" → "color", "accessories" → "accessory"). */
export function singularLabel(label: string): string {
  if (/ies$/i.test(label)) return `${label.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/i.test(label)) return label;
  if (/(?:ches|shes|xes)$/i.test(label)) return label.slice(0, -2);
  return label.replace(/s$/i, '');
}

/**
 * "Its material is Wool", "Its materials are Plastic, Rubber, Silicone", "Its color is Black" (a row
 * named "colors" with one value): the name agrees with the value, and the verb with the name.
 */
export function attributeSentence(label: string, value: string): string {
  const many = value.includes(', ');
  if (uncountable.test(label)) return `Its ${label} is ${value}`;
  return many ? `Its ${pluralLabel(label)} are ${value}` : `Its ${singularLabel(label)} is ${value}`;
}

const byField = (facts: Fact[], field: string) => facts.find((f) => f.field === field);

function englishSentences(facts: Fact[], quotes: Fact[], product: Product): { description: DraftSentence[]; blurb: DraftSentence[] } {
  const title = byField(facts, 'title')!;
  const brand = byField(facts, 'brand');
  const category = byField(facts, 'category');
  const description: DraftSentence[] = [];
  let opening = title.value;
  const openingSources = ['title'];
  if (brand && !title.value.includes(brand.value)) {
    opening += ` by ${brand.value}`;
    openingSources.push('brand');
  }
  if (category) {
    opening += ` is in the ${category.value} category`;
    openingSources.push('category');
  }
  description.push({ text: `${opening}.`, sources: openingSources });
  const price = byField(facts, 'price');
  if (price) description.push({ text: `It costs ${price.value}.`, sources: ['price'] });
  for (const fact of facts.filter((f) => f.field.startsWith('attributes.'))) {
    description.push({ text: `${attributeSentence(fact.label, fact.value)}.`, sources: [fact.field] });
  }
  if (product.rating !== undefined && product.reviews.length) {
    description.push({
      text: `It is rated ${product.rating} out of 5 based on ${product.reviews.length} reviews.`,
      sources: ['rating', 'reviews'],
    });
  }
  for (const quote of quotes) description.push({ text: `Customers say: "${quote.value}"`, sources: [quote.field] });
  const blurb: DraftSentence[] = [{
    text: `${title.value}${brand && !title.value.includes(brand.value) ? ` from ${brand.value}` : ''}${quotes[0] ? `: "${quotes[0].value}"` : '.'}`,
    sources: ['title', ...(brand && !title.value.includes(brand.value) ? ['brand'] : []), ...(quotes[0] ? [quotes[0].field] : [])],
  }];
  return { description, blurb };
}

function chineseSentences(facts: Fact[], quotes: Fact[], product: Product): { description: DraftSentence[]; blurb: DraftSentence[] } {
  const title = byField(facts, 'title')!;
  const brand = byField(facts, 'brand');
  const category = byField(facts, 'category');
  const description: DraftSentence[] = [];
  let opening = title.value;
  const sources = ['title'];
  if (brand && !title.value.includes(brand.value)) {
    opening += `，${brand.value} 出品`;
    sources.push('brand');
  }
  if (category) {
    opening += `，属于 ${category.value} 类`;
    sources.push('category');
  }
  description.push({ text: `${opening}。`, sources });
  const price = byField(facts, 'price');
  if (price) description.push({ text: `售价 ${price.value}。`, sources: ['price'] });
  for (const fact of facts.filter((f) => f.field.startsWith('attributes.'))) {
    description.push({ text: `${factLabel(fact, 'zh')}：${fact.value}。`, sources: [fact.field] });
  }
  if (product.rating !== undefined && product.reviews.length) {
    description.push({ text: `评分 ${product.rating}/5（${product.reviews.length} 条评价）。`, sources: ['rating', 'reviews'] });
  }
  for (const quote of quotes) description.push({ text: `顾客评价：“${quote.value}”`, sources: [quote.field] });
  const blurb: DraftSentence[] = [{
    text: `${title.value}${brand && !title.value.includes(brand.value) ? `，${brand.value} 出品` : ''}${quotes[0] ? `：“${quotes[0].value}”` : '。'}`,
    sources: ['title', ...(brand && !title.value.includes(brand.value) ? ['brand'] : []), ...(quotes[0] ? [quotes[0].field] : [])],
  }];
  return { description, blurb };
}

/**
 * The light path of drafting: fixed sentence templates filled with the product's own facts and
 * review quotes, so each sentence states only the fields it lists in `sources`. Values are the
 * catalog's own words unless `localized` facts (spec values translated into `lang`) are given.
 */
export function templateDraft(product: Product, lang: Lang, localized?: { facts: Fact[]; highlights: Fact[] }): ProductDraft {
  const facts = localized?.facts ?? productFacts(product);
  const quotes = localized?.highlights ?? reviewHighlights(product);
  const parts = lang === 'zh' ? chineseSentences(facts, quotes, product) : englishSentences(facts, quotes, product);
  return { productId: product.id, lang, ...parts, source: 'lexical' };
}
