import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../scripts/eval/crosslang.ts';
import { root } from '../../helpers/demo-catalog.ts';

const catalog = join(root, 'demo/catalog/dummyjson_products.jsonl');
const dir = mkdtempSync(join(tmpdir(), 'aisle-crosslang-'));
const queries = join(dir, 'q.jsonl');
// The first five committed queries (basketball, golf, apple phone, oppo phone, bluetooth speaker).
writeFileSync(queries, readFileSync(join(root, 'test/eval/crosslang-queries.jsonl'), 'utf8').split('\n').slice(0, 5).join('\n'));

describe('eval crosslang', { timeout: 120_000 }, () => {
  it('scores every method on the same queries and writes each method\'s ranking', async () => {
    const out = join(dir, 'pred.jsonl');
    const metrics = (await run({ input: queries, out, path: 'light', extra: { catalog } })) as {
      n: number; methods: Record<string, { ndcg_at_10: number; translated?: number }>;
    };
    expect(metrics.n).toBe(5);
    expect(Object.keys(metrics.methods)).toEqual(['glossary', 'embeddings', 'translate', 'reference']);
    for (const m of Object.values(metrics.methods)) expect(m.ndcg_at_10).toBeGreaterThan(0);
    // The reference path searched with the reference English for every query, through the translate path.
    expect(metrics.methods.reference.translated).toBe(5);
    const rows = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rows[0].id).toBe('xl-sp-1');
    expect(Object.keys(rows[0].results)).toEqual(['glossary', 'embeddings', 'translate', 'reference']);
    expect(typeof rows[0].translated).toBe('string');
  });

  it('with --method writes the search predictions format, and refuses an unknown method or a query without its English', async () => {
    const out = join(dir, 'one.jsonl');
    const metrics = await run({ input: queries, out, path: 'light', extra: { catalog, method: 'glossary' } });
    expect(metrics).toMatchObject({ n: 5 });
    const first = JSON.parse(readFileSync(out, 'utf8').split('\n')[0]);
    expect(Array.isArray(first.results)).toBe(true);
    await expect(run({ input: queries, path: 'light', extra: { catalog, method: 'oracle' } })).rejects.toThrow(/--method is one of/);
    const bare = join(dir, 'bare.jsonl');
    writeFileSync(bare, JSON.stringify({ id: 'b', query: '篮球', relevant: ['dj-140'] }) + '\n');
    await expect(run({ input: bare, path: 'light', extra: { catalog, method: 'reference' } })).rejects.toThrow(/reference needs an "en"/);
  });

  it('--evidence ranks English evidence for Chinese questions on each method, joined by id', async () => {
    const evidence = join(dir, 'epqa.jsonl');
    writeFileSync(evidence, JSON.stringify({ id: 'q1', product_title: 'Travel mug', evidence: [
      { text: 'Ships in a gift box.', source_type: 'bullet', label: 0 },
      { text: 'Weight: 300 grams', source_type: 'attribute', label: 2 },
      { text: 'Dishwasher safe lid.', source_type: 'bullet', label: 0 },
    ] }) + '\n');
    const questions = join(dir, 'questions.jsonl');
    writeFileSync(questions, JSON.stringify({ id: 'q1', question: '它有多重？', en: 'how much does it weigh?' }) + '\n');
    const metrics = (await run({ input: questions, path: 'light', extra: { evidence } })) as { n: number; methods: Record<string, { p_at_1: number }> };
    expect(metrics.n).toBe(1);
    expect(Object.keys(metrics.methods)).toEqual(['glossary', 'embeddings', 'translate', 'reference']);
    // The English question finds the weight row.
    expect(metrics.methods.reference.p_at_1).toBe(1);
    writeFileSync(questions, JSON.stringify({ id: 'q2', question: '它有多重？', en: 'how heavy?' }) + '\n');
    await expect(run({ input: questions, path: 'light', extra: { evidence } })).rejects.toThrow(/no evidence for q2/);
  });
});
