import { describe, expect, it } from 'vitest';
import type { ProductReview } from '../../../workers/protocol/product.ts';
import { complaintPolarity, isFitRemark } from '../../../workers/reviews/complaints.ts';
import { summarizeReviews } from '../../../workers/reviews/summarize-reviews.ts';

const said = async (reviews: ProductReview[], title = 'Trail Fleece') => {
  const s = await summarizeReviews('p', reviews, { productTitle: title });
  return { text: s.customersSay.map((q) => q.text).join(' '), pros: s.pros, cons: s.cons, quotes: s.customersSay };
};

describe('fit remarks are a caveat, not praise', () => {
  it('reads "runs large", "size up", "too tight" and 偏小 / 大一码 as fit remarks; "fits great" is not one', () => {
    for (const t of ['Runs large, though.', 'Sizes run small so order a size up.', 'The sleeves were too tight.', '鞋码偏小，建议买大一码。']) expect(isFitRemark(t)).toBe(true);
    for (const t of ['It fits great.', 'Fits true to size.', '穿着很合适。']) expect(isFitRemark(t)).toBe(false);
    expect(complaintPolarity('Runs large, though', 'positive')).toBe('negative');
    expect(complaintPolarity('偏大一码', 'positive')).toBe('negative');
  });

  it('English: a 4-star review that says it runs large shows the remark, and the pros do not list size', async () => {
    const s = await said([
      { rating: 5, text: 'Warm and soft, I wear it every day on cold mornings.' },
      { rating: 4, text: 'The fabric is great and it keeps me warm. Runs large, though.' },
    ]);
    expect(s.text).toMatch(/Runs large/);
    expect(s.pros.join(' ')).not.toMatch(/size|fit/i);
  });

  it('Chinese: 鞋码偏小 is shown and is not a pro', async () => {
    const s = await said([
      { rating: 5, text: '穿着很舒服，走一天也不累。' },
      { rating: 4, text: '做工不错，就是鞋码偏小，建议买大一码。' },
      { rating: 5, text: '颜色好看，透气性很好。' },
    ], '轻风徒步鞋');
    expect(s.text).toMatch(/偏小/);
    expect(s.pros.join(' ')).not.toMatch(/尺码|鞋码/);
  });
});

describe('a summary represents the ratings and every recurring complaint', () => {
  it('English: two of four reviewers say it shrank after washing; the summary says so', async () => {
    const s = await said([
      { rating: 5, text: 'Love the colour and the soft lining, it is my favourite layer.' },
      { rating: 2, text: 'It shrank after one wash and now the sleeves are short.' },
      { rating: 4, text: 'Comfortable for yoga and light enough for spring evenings.' },
      { rating: 2, text: 'Mine shrank in the wash too. Disappointed.' },
    ]);
    expect(s.text).toMatch(/shrank/);
    expect(s.quotes.filter((q) => q.polarity === 'negative').length).toBeGreaterThanOrEqual(1);
  });

  it('English: a 2.5-star bag shows its complaints, however mildly worded', async () => {
    const s = await said([
      { rating: 2, text: 'I prefer more compartments. Good for the gym.' },
      { rating: 3, text: 'It is a good size and I use it a lot. My only issue is that the handles are short.' },
    ], 'Gym Duffle');
    expect(s.text).toMatch(/compartments/);
    expect(s.text).toMatch(/handles/);
  });

  it('Chinese: 两条差评都说洗后缩水，摘要里有', async () => {
    const s = await said([
      { rating: 5, text: '面料很软，颜色也好看，很喜欢。' },
      { rating: 2, text: '洗了一次就缩水了，袖子变短了。' },
      { rating: 5, text: '版型好看，上身效果很好。' },
      { rating: 1, text: '质量一般，也缩水，不推荐。' },
    ], '瑜伽外套');
    expect(s.text).toMatch(/缩水/);
  });

  // A sentiment model reads sentences its own way: here it finds the fault-free sentence the most negative.
  const modelLike = (negative: RegExp) => async (texts: string[]) => texts.map((t) => (negative.test(t) ? -0.9 : 0.1));

  it('English: the sentence that names the fault is voiced, not the one a model scores most negative', async () => {
    const reviews = [
      { rating: 5, text: 'Can I wear this every day? The fleece is a dream!' },
      { rating: 2, text: 'Mine shrunk too! I gave it to my little sister.' },
      { rating: 3, text: 'I loved this, but then it shrunk after I washed it once! Returning.' },
      { rating: 4, text: 'My new favourite zip up, I live in this thing!' },
    ];
    const s = await summarizeReviews('p', reviews, { productTitle: 'Zip Hoodie', score: modelLike(/sister|Returning/) });
    const text = s.customersSay.map((q) => q.text).join(' ');
    expect(text).toMatch(/shrunk/);
    expect(text).not.toMatch(/little sister/);
  });

  it('Chinese: 说出毛病的句子（缩水）胜过模型打分最负面的句子', async () => {
    const reviews = [
      { rating: 5, text: '面料很软，每天都想穿。' },
      { rating: 2, text: '洗了一次就缩水了。送给妹妹穿了。' },
      { rating: 3, text: '很喜欢，但是洗完缩水了。准备退货。' },
      { rating: 4, text: '新的最爱，天天穿着。' },
    ];
    const s = await summarizeReviews('p', reviews, { productTitle: '拉链卫衣', score: modelLike(/妹妹|退货/) });
    const text = s.customersSay.map((q) => q.text).join(' ');
    expect(text).toMatch(/缩水/);
    expect(text).not.toMatch(/妹妹/);
  });
});
