/** The shop-page corpus read in Node (linkedom), as `npx aisle inspect` reads a saved page. Chromium: test/browser/shop-pages.test.ts. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspectPage } from '../../../src/inspect/inspect-page.ts';
import { accuracyReport, checkPage, type ExpectedPage, type FieldCheck } from '../../helpers/shop-page-fields.ts';
import { nodePage } from '../../helpers/node-page.ts';

const dir = new URL('../../fixtures/shop-pages/', import.meta.url);
const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5)).sort();

describe('shop-page corpus (Node, linkedom)', () => {
  it('reads 100% of the fields the pages’ markup carries', () => {
    const checks: FieldCheck[] = [];
    for (const name of pages) {
      const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, dir), 'utf8')) as ExpectedPage;
      checks.push(...checkPage(name, expected, inspectPage(nodePage(readFileSync(new URL(`${name}.html`, dir), 'utf8'), expected.url))));
    }
    const report = accuracyReport(checks);
    console.log(report);
    expect(report).not.toMatch(/\n/);
    expect(checks.every((c) => c.ok)).toBe(true);
    expect(pages.length).toBeGreaterThanOrEqual(15);
  });
});
