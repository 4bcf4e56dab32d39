import type { Product } from '../protocol/product.ts';
import { categoryWords } from '../catalog/product-text.ts';
import { analyzeQuestion } from './analyze-question.ts';
import { answerFromEvidence } from './answer-from-evidence.ts';
import { gatherEvidence } from './gather-evidence.ts';
import { rankLexically } from './lexical-ranker.ts';
import { textTerms } from './text-terms.ts';
import { topicGroups } from './topic-synonyms.ts';
import { answerVariantQuestion } from './variant-answer.ts';

type Pair = { en: string; zh: string };

/** Questions shoppers ask about a kind of product, keyed by whole words of its category or title ("laptop" is not a "top"). */
const byCategory: readonly { words: RegExp; questions: Pair[] }[] = [
  { words: /phone|smartphone|mobile/i, questions: [{ en: 'Does it support 5G?', zh: '支持5G吗？' }, { en: 'How long does the battery last?', zh: '电池续航怎么样？' }] },
  { words: /laptop|notebook|tablet|computer/i, questions: [{ en: 'How much does it weigh?', zh: '有多重？' }, { en: 'How long does the battery last?', zh: '电池续航怎么样？' }] },
  { words: /shoe|sneaker|boot|sandal|trainer/i, questions: [{ en: 'Does it run true to size?', zh: '尺码标准吗？' }, { en: 'Is it comfortable?', zh: '穿着舒服吗？' }] },
  { words: /shirt|top|tee|hoodie|sweatshirt|jacket|coat|pant|short|dress|bra|tank|bottom|legging|jean/i, questions: [{ en: 'Is it machine washable?', zh: '可以机洗吗？' }, { en: 'What is it made of?', zh: '是什么材质的？' }, { en: 'Does it run true to size?', zh: '尺码标准吗？' }] },
  { words: /fragrance|perfume|beauty|skin|mascara|lipstick/i, questions: [{ en: 'What do reviewers say about it?', zh: '买家评价怎么样？' }] },
  { words: /furniture|bed|sofa|chair|table|desk/i, questions: [{ en: 'Does it need assembly?', zh: '需要安装吗？' }, { en: 'How big is it?', zh: '尺寸多大？' }] },
  { words: /watch|earphone|headphone|earbud|speaker/i, questions: [{ en: 'Is it waterproof?', zh: '防水吗？' }, { en: 'How long does the battery last?', zh: '电池续航怎么样？' }] },
];

/** Questions a spec row can answer, keyed by words of the attribute name. */
const byAttribute: readonly { words: RegExp; question: Pair }[] = [
  { words: /warrant/i, question: { en: 'Is there a warranty?', zh: '有保修吗？' } },
  { words: /return/i, question: { en: 'Can I return it?', zh: '可以退货吗？' } },
  { words: /weight/i, question: { en: 'How heavy is it?', zh: '有多重？' } },
  { words: /dimension|size$/i, question: { en: 'How big is it?', zh: '尺寸多大？' } },
  { words: /material|fabric/i, question: { en: 'What is it made of?', zh: '是什么材质的？' } },
  { words: /shipping|delivery/i, question: { en: 'When will it ship?', zh: '什么时候发货？' } },
  { words: /^sizes$/i, question: { en: 'Which sizes are there?', zh: '有哪些尺码？' } },
  { words: /colou?rs?$/i, question: { en: 'Which colours are there?', zh: '有哪些颜色？' } },
];

/** The topic reviewers of this product talk about most (at least two reviews), if any. */
function reviewTopic(product: Product): (typeof topicGroups)[number] | undefined {
  let best: { group: (typeof topicGroups)[number]; reviews: number } | undefined;
  for (const group of topicGroups) {
    const keys = new Set(group.en.flatMap(textTerms));
    const reviews = product.reviews.filter((r) => textTerms(r.text).some((k) => keys.has(k)) || group.zh.some((w) => r.text.includes(w))).length;
    if (reviews >= 2 && (!best || reviews > best.reviews)) best = { group, reviews };
  }
  return best?.group;
}

/** True when a word of `pattern` stands as a whole word (or its plural) in `text`. */
const namesWord = (pattern: RegExp, text: string) => new RegExp(`\\b(?:${pattern.source})(?:e?s)?\\b`, 'iu').test(text);

/** Questions any product's data may answer; kept only where this product's does. */
const general: Pair[] = [
  { en: 'What do reviews say about it?', zh: '买家评价怎么样？' },
  { en: 'Is there a warranty?', zh: '有保修吗？' },
  { en: 'What is it made of?', zh: '是什么材质的？' },
  { en: 'How heavy is it?', zh: '有多重？' },
  { en: 'How big is it?', zh: '尺寸多大？' },
  { en: 'What brand is it?', zh: '是什么品牌？' },
];

/**
 * Up to 5 questions worth asking about this product, in the shopper's language, each one its own
 * data answers: what its reviews discuss, the usual questions for its category, what its spec rows
 * hold, then general ones. Every candidate goes through the engine's own answer path (the variant
 * list, then the evidence, light path) and is offered only when that gives an answer: a yes, a no,
 * a stated value or a count of review opinions, never "the data does not say". So a laptop is not
 * asked "true to size?" and a product whose data never mentions a battery gets no battery question.
 */
export function suggestQuestions(product: Product, language: 'en' | 'zh' = 'en'): string[] {
  const pick = (p: Pair) => p[language];
  const fromAttributes = Object.keys(product.attributes).flatMap((name) => byAttribute.filter((a) => a.words.test(name)).map((a) => a.question));
  const topic = reviewTopic(product);
  const fromReviews: Pair[] = topic
    ? [{ en: `What do reviews say about the ${topic.name.en}?`, zh: `买家对${topic.name.zh}评价如何？` }]
    : product.reviews.length >= 2 ? [{ en: 'Is it worth buying?', zh: '值得买吗？' }] : [];
  const kind = `${categoryWords(product.category)} ${product.title}`;
  const fromCategory = byCategory.filter((c) => namesWord(c.words, kind)).flatMap((c) => c.questions);

  const { candidates } = gatherEvidence(product);
  /** The answer the engine would give, light path; undefined when it would not answer. */
  const answerTo = (q: string) => {
    const analyzed = analyzeQuestion(q, `${product.title} ${categoryWords(product.category)}`);
    const matches = rankLexically(analyzed, candidates);
    const order = matches.map((_, i) => i).sort((a, b) => matches[b].score - matches[a].score);
    const answer = answerVariantQuestion(product, q) ?? answerFromEvidence(product.id, analyzed, candidates, { order, matches, source: 'lexical' });
    // An opinion question is answered by reviews that speak to it, not by "no review mentions it" and a seller line.
    const answers = answer.answerable && answer.verdict !== 'not-stated' && (answer.questionKind !== 'opinion' || !!answer.opinion?.mentions);
    return answers ? answer.text : undefined;
  };
  // Two questions the same answer answers ("How much does it weigh?", "How heavy is it?") are one suggestion.
  const answered = new Set<string>();
  const chosen: string[] = [];
  for (const q of new Set([...fromReviews, ...fromCategory, ...fromAttributes, ...general].map(pick))) {
    if (chosen.length === 5) break;
    const text = answerTo(q);
    if (text === undefined || answered.has(text)) continue;
    answered.add(text);
    chosen.push(q);
  }
  return chosen;
}
