import { describe, expect, it } from 'vitest';
import { LexicalIndex } from '../../../workers/search/lexical-index.ts';
import { demoCatalog } from '../../helpers/demo-catalog.ts';

const products = [...demoCatalog(), ...demoCatalog('magento_luma_products')];
const queries = [
  'laptop', 'running shoes under 100', '送给妈妈的礼物', 'waterproof jacket', 'iphone charger', '香水', 'basketbal',
  'red dress for a wedding', 'yoga pan', 'hoodie size M', 'the', 'mascara', 'lapotp', 'smartphone 128gb', '笔记本电脑',
];

describe('the packed lexical index (lexical.bin of a prebuilt index)', () => {
  const built = new LexicalIndex(products);
  const packed = built.pack();
  const loaded = new LexicalIndex({ packed });

  it('answers every query exactly as the index it was packed from: ids, scores and matched words, typos and prefixes included', () => {
    for (const q of queries) {
      expect(loaded.search(q, 200), q).toEqual(built.search(q, 200));
      const terms = q.split(' ');
      expect(loaded.searchTerms(terms, 200, true), `${q} (wide typos)`).toEqual(built.searchTerms(terms, 200, true));
    }
    expect(loaded.search('mascara').length).toBeGreaterThan(0);
    expect(loaded.searchTerms(['lapotp'], 50, true).length).toBeGreaterThan(0);
  });

  it('is a fraction of MiniSearch JSON and packs again to the same bytes', () => {
    expect(packed.byteLength).toBeLessThan(built.toJSON().length / 2);
    expect(Buffer.from(new LexicalIndex({ packed }).pack()).equals(Buffer.from(packed))).toBe(true);
  });

  it('refuses bytes that are not a packed index, another format version, or a cut-short file', () => {
    expect(() => new LexicalIndex({ packed: new TextEncoder().encode('{"documentCount":3}') })).toThrow(/not a packed Aisle lexical index/);
    const other = packed.slice();
    new DataView(other.buffer).setUint32(8, 9, true);
    expect(() => new LexicalIndex({ packed: other })).toThrow(/format version 9; this Aisle reads version 2: rebuild the index/);
    const cut = new LexicalIndex({ packed: packed.subarray(0, packed.byteLength - 1000) });
    expect(() => queries.forEach((q) => cut.search(q))).toThrow(/cut short/);
  });
});
