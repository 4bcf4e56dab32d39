import { describe, expect, it } from 'vitest';
import { segmentShoppingWords } from '../../../workers/text/segment-shopping-words.ts';
import { stem } from '../../../workers/text/stem.ts';
import { tokenize } from '../../../workers/text/tokenize.ts';
import { demoCatalog } from '../../helpers/demo-catalog.ts';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const icuWords = (t: string) => [...segmenter.segment(t.normalize('NFKC').toLowerCase())].filter((p) => p.isWordLike).map((p) => p.segment);

describe('text', () => {
  it('tokenises ASCII exactly as ICU does (fast path), over both demo catalogs', () => {
    for (const name of ['dummyjson_products', 'magento_luma_products'] as const) {
      for (const p of demoCatalog(name)) {
        for (const t of [p.title, p.description ?? '', p.tags.join(' '), JSON.stringify(p.attributes)]) expect(tokenize(t)).toEqual(icuWords(t));
      }
    }
  });

  it('cuts Chinese words with ICU, and shopping words by the glossary first', () => {
    expect(tokenize('男士衬衫 Nike')).toEqual(['男士', '衬衫', 'nike']);
    expect(segmentShoppingWords('华为笔记本')).toEqual(['华为', '笔记本']);
    expect(segmentShoppingWords('太阳镜和iPhone')).toEqual(['太阳镜', '和', 'iphone']);
  });

  it('folds plurals and possessives, not other endings', () => {
    expect(['dresses', 'shoes', "men's", 'womens', 'accessories', 'watches', 'glasses', 'running', 'bus'].map(stem))
      .toEqual(['dress', 'shoe', 'men', 'women', 'accessory', 'watch', 'glass', 'running', 'bus']);
  });
});
