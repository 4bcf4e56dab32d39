import { describe, expect, it } from 'vitest';
import type { Product } from '../../../workers/protocol/product.ts';
import { askAboutProduct } from '../../../workers/qa/qa.ts';
import { asksForAmount } from '../../../workers/qa/measure-answer.ts';

const product = (p: Partial<Product>): Product => ({ id: 'p', title: 'Item', tags: [], reviews: [], attributes: {}, ...p });

// Products of their own (not the demo shop's): a kettle, a tent, a Chinese rain jacket, a tablet.
const kettle = product({ title: 'Steel Kettle', brand: 'Brew', description: 'Boils water fast. Holds 1.7 L.', attributes: { weight: '8' }, reviews: [{ text: "It's a good size for two.", rating: 5 }] });
const tent = product({ title: 'Ridge Tent', description: 'Sleeps two. Packed size: 45 x 15 cm. Weight: 2.1 kg.', reviews: [{ text: 'A good size and easy to pitch.', rating: 4 }] });
const jacket = product({
  title: '山风 冲锋衣', brand: '山风户外', description: '三层防水面料，适合登山和雨天通勤。',
  attributes: { 防水: '是', 重量: '410 克' }, reviews: [{ text: '下雨天穿很干爽。', rating: 5 }],
});
const tablet = product({ title: 'Slate 10 Tablet', description: 'A bright 10-inch display and a fast chip for everyday apps.', attributes: { warrantyInformation: '1 year warranty' } });

describe('questions that ask for an amount are answered by a stated value of the asked property', () => {
  it('recognises amount questions in English and Chinese', () => {
    for (const q of ['How heavy is it?', 'How big is it?', 'What size is the bag?', 'What is the battery capacity in mAh?', '多重？', '这个包有多大？', '内存多大？']) expect(asksForAmount(q)).toBe(true);
    for (const q of ['Is it heavy?', 'Is it waterproof?', '防水吗？']) expect(asksForAmount(q)).toBe(false);
  });

  it('English: the spec row answers "how heavy", and a bare number says its unit is not stated', async () => {
    const a = await askAboutProduct(kettle, 'How heavy is it?');
    expect(a.verdict).toBe('stated');
    expect(a.text).toMatch(/Weight: 8/);
    expect(a.text).toMatch(/unit is not stated/);
    expect(a.text).not.toMatch(/Brand/);
  });

  it('English: "how big" is answered by the description\'s measurements, not a review\'s "good size"', async () => {
    const a = await askAboutProduct(tent, 'How big is it?');
    expect(a.text).toMatch(/45 x 15 cm/);
    expect(a.text).not.toMatch(/good size/);
    expect((await askAboutProduct(tent, 'How much does it weigh?')).text).toMatch(/2\.1 kg/);
    expect((await askAboutProduct(kettle, 'What is the capacity?')).text).toMatch(/1\.7 L/);
  });

  it('a review\'s number answers only when the review names the property: "popped off in 24 hours" is no battery life (English and Chinese)', async () => {
    const watch = product({
      title: 'Trail Watch', description: 'A digital watch with a stopwatch.',
      reviews: [{ text: 'The strap popped off in 24 hours.', rating: 2 }, { text: '表带用了12小时就断了。', rating: 2 }],
    });
    for (const q of ['How long does the battery last?', '电池能用多久？']) {
      const a = await askAboutProduct(watch, q);
      expect(a.verdict, q).toBe('not-stated');
      expect(a.text, q).not.toMatch(/24 hours|12小时/);
    }
    const named = product({ ...watch, reviews: [{ text: 'The battery lasts 30 hours between charges.', rating: 5 }, { text: '电池能用20小时。', rating: 5 }] });
    expect((await askAboutProduct(named, 'How long does the battery last?')).text).toMatch(/30 hours|20小时/);
    expect((await askAboutProduct(named, '电池能用多久？')).text).toMatch(/30 hours|20小时/);
  });

  it('a unit stated in the spec\'s name counts: "weight_kg: 8" and "重量（克）: 410" state their units', async () => {
    const en = await askAboutProduct(product({ title: 'Kettle', attributes: { weight_kg: '8' } }), 'How heavy is it?');
    expect(en.text).toMatch(/8/);
    expect(en.text).not.toMatch(/unit is not stated/);
    const zh = await askAboutProduct(product({ title: '冲锋衣', attributes: { '重量（克）': '410' } }), '多重？');
    expect(zh.text).toMatch(/410/);
    expect(zh.text).not.toMatch(/单位/);
  });

  it('Chinese: 多重 is answered by 重量 with its unit, not by the brand', async () => {
    const a = await askAboutProduct(jacket, '多重？');
    expect(a.text).toMatch(/410 克/);
    expect(a.text).not.toMatch(/品牌|山风户外/);
    expect(a.text).not.toMatch(/单位/);
  });

  it('says the data does not state memory, battery or volume when nothing gives a value of it (English and Chinese)', async () => {
    for (const q of ['How much RAM does it have?', '内存多大？', 'How long does the battery last?', 'What is the battery capacity in mAh?']) {
      const a = await askAboutProduct(tablet, q);
      expect(a.verdict, q).toBe('not-stated');
      expect(a.answerable, q).toBe(false);
    }
    expect((await askAboutProduct(tablet, '内存多大？')).text).toMatch(/没有说明/);
  });
});

describe('a yes or no needs the asked property', () => {
  it('Chinese: 适合跑步吗 is not a yes because a sentence says 适合 (for climbing); 防水吗 is a yes', async () => {
    expect((await askAboutProduct(jacket, '适合跑步吗？')).verdict).not.toBe('yes');
    expect((await askAboutProduct(jacket, '防水吗？')).verdict).toBe('yes');
    expect((await askAboutProduct(jacket, '下雨天能穿吗？')).verdict).toBe('yes');
    // A one-character verb beside the property ("去") is part of the question's frame.
    expect((await askAboutProduct(jacket, '适合穿去通勤吗？')).verdict).toBe('yes');
  });

  it('English: "is it a new model?" is not a yes from "an older model"; a 10-inch display is a yes', async () => {
    const older = product({ title: 'Phone 5', description: 'While it is an older model, it still works well.' });
    expect((await askAboutProduct(older, 'Is this a new model?')).verdict).not.toBe('yes');
    expect((await askAboutProduct(tablet, 'Does it have a 10-inch display?')).verdict).toBe('yes');
  });
});
