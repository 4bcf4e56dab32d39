import { describe, expect, it } from 'vitest';
import { askAboutProduct } from '../../../workers/qa/qa.ts';
import { answerVariantQuestion } from '../../../workers/qa/variant-answer.ts';
import type { Product, ProductVariant } from '../../../workers/protocol/product.ts';

const variant = (id: string, color: string, size: string, availability: string, price = 39): ProductVariant => ({
  id, title: `Linen Shirt - ${color} / ${size}`, price, currency: 'EUR', availability, options: { color, size },
});
const shirt: Product = {
  id: 'LS', title: 'Linen Shirt', description: 'Breathable linen shirt.', reviews: [], tags: [], attributes: { color: ['Navy Blue', 'White'], size: ['S', 'M', 'L'] },
  variants: [
    variant('LS-NB-S', 'Navy Blue', 'S', 'InStock'),
    variant('LS-NB-M', 'Navy Blue', 'M', 'OutOfStock'),
    variant('LS-W-M', 'White', 'M', 'InStock'),
    variant('LS-W-L', 'White', 'L', 'OutOfStock'),
  ],
};
const ask = (q: string) => answerVariantQuestion(shirt, q);

describe('questions about a product’s variants, answered from the shop’s variant list', () => {
  it('does it come in a colour: yes with the shop’s name for it, no with what it does come in', () => {
    expect(ask('Does it come in blue?')).toMatchObject({ verdict: 'yes', text: 'Yes: it comes in Navy Blue.', questionKind: 'yes-no', language: 'en' });
    expect(ask('does it come in white?')).toMatchObject({ verdict: 'yes', text: 'Yes: it comes in White.' });
    expect(ask('Does it come in green?')).toMatchObject({ verdict: 'no', text: 'No: it does not come in green. It comes in Navy Blue and White.' });
    expect(ask('Does it come in blue?')!.evidence.map((e) => e.text)).toEqual(['Linen Shirt - Navy Blue / S (color Navy Blue, size S): in stock, 39 EUR', 'Linen Shirt - Navy Blue / M (color Navy Blue, size M): out of stock, 39 EUR']);
  });

  it('is a size in stock: per size and colour, from each variant’s availability', () => {
    expect(ask('Is size M in stock?')).toMatchObject({ verdict: 'yes', text: 'Yes: M is in stock.' });
    expect(ask('Is size L in stock?')).toMatchObject({ verdict: 'no', text: 'No: L is out of stock.' });
    expect(ask('Is the navy blue one in size M available?')).toMatchObject({ verdict: 'no', text: 'No: Navy Blue and M is out of stock.' });
    expect(ask('is white in size L in stock')).toMatchObject({ verdict: 'no' });
    expect(ask('Is size XL available?')).toMatchObject({ verdict: 'no', text: 'No: it does not come in XL. It comes in S, M and L.' });
  });

  it('what sizes / colours: the list, with what is out of stock', () => {
    expect(ask('What sizes does it come in?')).toMatchObject({ verdict: 'stated', questionKind: 'open', text: 'It comes in 3 sizes: S, M and L; L is out of stock.' });
    expect(ask('Which colours are there?')).toMatchObject({ text: 'It comes in 2 colours: Navy Blue and White.' });
  });

  it('Chinese questions', () => {
    const zh: Product = { ...shirt, variants: [variant('a', '蓝色', 'M', 'InStock'), variant('b', '白色', 'L', 'OutOfStock')] };
    expect(answerVariantQuestion(zh, '有蓝色吗？')).toMatchObject({ verdict: 'yes', language: 'zh', text: '有，有蓝色。' });
    expect(answerVariantQuestion(zh, 'L码有货吗？')).toMatchObject({ verdict: 'no', text: 'L目前缺货。' });
    expect(answerVariantQuestion(zh, 'M码有货吗？')).toMatchObject({ verdict: 'yes', text: '有货：M目前有货。' });
    expect(answerVariantQuestion(zh, '有绿色吗？')).toMatchObject({ verdict: 'no', text: '没有绿色。可选：蓝色、白色。' });
    expect(answerVariantQuestion(zh, '有哪些颜色？')).toMatchObject({ verdict: 'stated', text: '可选颜色：蓝色、白色；白色缺货。' });
  });

  it('leaves other questions, and products without variants, to the evidence path', () => {
    expect(ask('Is it machine washable?')).toBeUndefined();
    expect(ask('How does it fit?')).toBeUndefined();
    expect(answerVariantQuestion({ ...shirt, variants: undefined }, 'Does it come in blue?')).toBeUndefined();
    // A colour named in passing is not a variant question.
    const boots: Product = { ...shirt, title: 'Red Wing Boots', variants: [variant('r', 'Red', '42', 'InStock'), variant('b', 'Brown', '43', 'InStock')] };
    expect(answerVariantQuestion(boots, 'Is Red Wing waterproof?')).toBeUndefined();
    expect(answerVariantQuestion(boots, 'red?')).toMatchObject({ verdict: 'yes', text: 'Yes: it comes in Red.' });
    expect(answerVariantQuestion(boots, 'Do you have them in brown or red?')).toMatchObject({ verdict: 'yes', text: 'Yes: it comes in Red and Brown.' });
  });

  it('the product-question path answers variant questions (streamed like any answer)', async () => {
    const tokens: string[] = [];
    const answer = await askAboutProduct(shirt, 'Is size M in stock?', { onToken: (t) => void tokens.push(t) });
    expect(answer).toMatchObject({ productId: 'LS', verdict: 'yes', text: 'Yes: M is in stock.', phrasing: 'template', source: 'lexical' });
    expect(tokens.join('')).toBe('Yes: M is in stock.');
    const other = await askAboutProduct(shirt, 'Is it breathable?');
    expect(other.evidence[0]?.text).toMatch(/Breathable linen/);
  });
});
