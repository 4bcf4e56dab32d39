import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../../helpers/demo-catalog.ts';

const catalog = join(root, 'demo/catalog/dummyjson_products.jsonl');
const aisle = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin/aisle.mjs'), 'write', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });

describe('npx aisle write', () => {
  it('prints a template draft and says it is the light path', () => {
    const run = aisle('--catalog', catalog, '--product', 'dj-1', '--light');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Essence Mascara Lash Princess is in the beauty category\. It costs 9\.99 USD\./);
    expect(run.stdout).toContain('\n\nEssence Mascara Lash Princess');
    expect(run.stderr).toMatch(/\[lexical/);
  });

  it('writes one JSON draft per product in batch mode, in Chinese, with sources on every sentence', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'aisle-write-')), 'drafts.jsonl');
    const run = aisle('--catalog', catalog, '--all', '--out', out, '--lang', 'zh', '--light');
    expect(run.status).toBe(0);
    const drafts = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(drafts).toHaveLength(194);
    expect(drafts[0].text).toContain('售价 9.99 USD。');
    expect(drafts.every((d: { description: { sources: string[] }[] }) => d.description.every((s) => s.sources.length > 0))).toBe(true);
  });

  it('fails with a plain message for an unknown product', () => {
    const run = aisle('--catalog', catalog, '--product', 'nope', '--light');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no product with id "nope"/);
  });
});
