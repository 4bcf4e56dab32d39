import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { root } from '../../helpers/demo-catalog.ts';

const aisle = (...args: string[]) =>
  spawnSync(process.execPath, [`${root}bin/aisle.mjs`, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('npx aisle faq', () => {
  it('lists the FAQ file’s entries by topic and answers a question as a shopper would get it', () => {
    const run = aisle('faq', 'demo/faq.json', '--ask', 'Is there a warranty on this?', '--product', 'dj-1', '--catalog', 'demo/catalog/dummyjson_products.jsonl');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^23 entries; contact: Customer care https:\/\/demo-shop\.example\/help\/contact/);
    expect(run.stdout).toContain('- [shipping] Which countries do you ship to?  ->  https://demo-shop.example/help/shipping#regions');
    expect(run.stdout).toContain('answered: Yes. This item: “1 week warranty”.');
  });

  it('fails on a file with no entries and names what is missing', () => {
    const run = aisle('faq', 'package.json');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^0 entries/);
    expect(run.stdout).toMatch(/warning: the FAQ file has no "policies" list/);
  });
});
