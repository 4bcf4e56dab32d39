import type { Product } from '../protocol/product.ts';
import type { Lang } from '../protocol/language.ts';
import { translationPieces } from '../translate/translation-pieces.ts';
import { draftMessages } from './draft-prompt.ts';
import type { DraftSentence, ProductDraft } from '../protocol/language.ts';
import { templateDraft } from './draft-template.ts';
import { traceSentence } from './grounding.ts';
import { productFacts, reviewHighlights } from './product-facts.ts';
import type { Fact, GenerateOptions, LocalizedFacts } from './generate-types.ts';
import type { TextGenerator } from './text-generator.ts';

const blurbMark = /^\s*(blurb|简介)\s*[:：]\s*/i;

function traced(text: string, facts: Fact[], lang: Lang, dropped: string[]): DraftSentence[] {
  const kept: DraftSentence[] = [];
  for (const piece of translationPieces(text)) {
    if (!piece.translate) continue;
    const sentence = piece.text.trim();
    const sources = traceSentence(sentence, facts, lang);
    if (!sources) dropped.push(sentence);
    else if (!kept.some((k) => k.text === sentence)) kept.push({ text: sentence, sources });
  }
  return kept;
}

/**
 * Drafts a product description and blurb. With a generator, the LLM writes from the listed facts
 * (streaming through `onToken`) and only sentences that trace to the facts are kept; when fewer than two
 * description sentences survive or none names the product, or there is no generator, the template draft
 * answers, marked `lexical`. `localized` facts (values translated into `lang`) replace the product's own;
 * sentences then trace to them, each still naming the attribute or review it states.
 */
export async function draftProduct(
  product: Product,
  lang: Lang,
  generator?: TextGenerator,
  options: GenerateOptions = {},
  localized?: LocalizedFacts,
): Promise<ProductDraft> {
  const facts = localized?.facts ?? productFacts(product);
  const highlights = localized?.highlights ?? reviewHighlights(product);
  const values = {
    ...(localized?.translated ? { valuesTranslated: localized.translated } : {}),
    ...(localized?.rejected?.length ? { rejectedTranslations: localized.rejected } : {}),
  };
  const light = { ...templateDraft(product, lang, { facts, highlights }), ...values };
  if (!generator) return { ...light, note: 'no generative model: drafted from templates' };
  const result = await generator.generate(draftMessages(facts, highlights, lang), options);
  const lines = result.text.split('\n');
  const blurbAt = lines.findIndex((line) => blurbMark.test(line));
  const body = (blurbAt >= 0 ? lines.slice(0, blurbAt) : lines).join(' ');
  const blurbText = blurbAt >= 0 ? lines[blurbAt].replace(blurbMark, '') : '';
  const all = [...facts, ...highlights];
  const dropped: string[] = [];
  const description = traced(body, all, lang, dropped);
  // A usable model draft names the product and says at least one more traced thing.
  if (description.length < 2 || !description.some((d) => d.sources.includes('title'))) {
    const note = result.stopped ? 'generation stopped: drafted from templates' : 'the model draft did not trace to the product facts: drafted from templates';
    return { ...light, note, dropped };
  }
  const blurb = traced(blurbText, all, lang, dropped);
  return {
    productId: product.id, lang, description, blurb: blurb.length ? blurb : light.blurb, source: 'model', dropped, ...values,
  };
}
