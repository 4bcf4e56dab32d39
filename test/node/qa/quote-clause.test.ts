import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../workers/engine.ts';
import { analyzeQuestion } from '../../../workers/qa/analyze-question.ts';
import { quoteClause } from '../../../workers/qa/quote-clause.ts';
import { demoCatalog } from '../../helpers/demo-catalog.ts';

const macbook = "The MacBook Pro 14 Inch in Space Grey is a powerful and sleek laptop, featuring Apple's M1 Pro chip for exceptional performance and a stunning Retina display.";

describe('the part of a long evidence sentence an answer quotes', () => {
  it('is the clause with the asked words, verbatim, marked where the sentence goes on', () => {
    const quoted = quoteClause(macbook, analyzeQuestion('Does it have a Retina display?').concepts);
    expect(quoted).toBe('…and a stunning Retina display.');
    expect(macbook).toContain(quoted.replace(/^…|…$/g, ''));
    const zh = '这款外套采用防水面料，帽子可以拆卸，口袋很多，适合徒步和日常通勤使用，冬天穿也很暖和。';
    expect(quoteClause(zh, analyzeQuestion('这个能防水吗？').concepts)).toBe('这款外套采用防水面料…');
  });

  it('quotes short sentences whole, and a long one whole when no clause holds the asked words', () => {
    expect(quoteClause('Machine wash/dry.', analyzeQuestion('Is it machine washable?').concepts)).toBe('Machine wash/dry.');
    expect(quoteClause(macbook, analyzeQuestion('Is it waterproof?').concepts)).toBe(macbook);
  });

  it('keeps the whole sentence in the evidence the answer cites', async () => {
    const engine = createEngine({ embeddingCache: null });
    await engine.configure({ modelHost: '/nowhere/', models: false, manifest: { models: {} } });
    await engine.load(demoCatalog());
    const id = demoCatalog().find((p) => p.description?.includes('stunning Retina display'))!.id;
    const answer = await engine.ask(id, 'Does it have a Retina display?');
    expect(answer.verdict).toBe('yes');
    expect(answer.text).toContain('“…and a stunning Retina display.”');
    expect(answer.evidence[0].text).toContain(macbook);
  });
});
