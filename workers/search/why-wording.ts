import type { Lang } from '../protocol/language.ts';
import type { WhyWording } from './search-types.ts';

const quoted = (terms: string[], separator: string) => terms.map((t) => `“${t}”`).join(separator);

const en: WhyWording = {
  fieldMatches: (field, terms) => `${({ title: 'name', brand: 'brand', category: 'category', tags: 'tags', attributes: 'specs', description: 'description' } as Record<string, string>)[field] ?? field} matches ${quoted(terms, ', ')}`,
  closeInMeaning: 'close in meaning to your search',
  price: (amount) => `price ${amount}`,
  rated: (stars) => `rated ${stars}★`,
  brand: (name) => `brand ${name}`,
  colour: (name) => `colour ${name}`,
  size: (size) => `comes in size ${size}`,
  kind: (label) => `is ${label}`,
  without: (word) => `no ${word}`,
  sorted: (sort) => (sort === 'price-asc' ? 'lowest price first' : sort === 'price-desc' ? 'highest price first' : 'best rated first'),
};

const zh: WhyWording = {
  fieldMatches: (field, terms) => `${({ title: '名称', brand: '品牌', category: '类别', tags: '标签', attributes: '规格', description: '描述' } as Record<string, string>)[field] ?? field}含有${quoted(terms, '、')}`,
  closeInMeaning: '与您的搜索意思相近',
  price: (amount) => `价格 ${amount}`,
  rated: (stars) => `评分 ${stars}★`,
  brand: (name) => `品牌：${name}`,
  colour: (name) => `颜色：${name}`,
  size: (size) => `有 ${size} 码`,
  kind: (label) => `类别：${label}`,
  without: (word) => `不含“${word}”`,
  sorted: (sort) => (sort === 'price-asc' ? '价格从低到高' : sort === 'price-desc' ? '价格从高到低' : '评分从高到低'),
};

/** The wording for a language. */
export function whyWording(lang: Lang): WhyWording {
  return lang === 'zh' ? zh : en;
}
