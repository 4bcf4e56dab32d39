/**
 * Per-field accuracy of the page readers on the shop-page corpus (test/fixtures/shop-pages/): each
 * page's `<name>.expected.json` was written by hand from the page's markup; every leaf it names is
 * one field (a list's length is one more), compared with what inspectPage read.
 */
import type { PageReport } from '../../src/inspect/inspect-page.ts';

/** One expected-fields file: the page's address (the input, not a field) and what should be read. */
export interface ExpectedPage {
  url: string;
  [field: string]: unknown;
}

export interface FieldCheck {
  page: string;
  field: string;
  expected: unknown;
  actual: unknown;
  ok: boolean;
}

/** The part of a report the expected files speak about. */
function readable(report: PageReport): Record<string, unknown> {
  return {
    language: report.language,
    source: report.source,
    pageProduct: report.pageProduct ?? null,
    products: report.products,
    policies: report.policies.map((e) => ({ kind: e.kind, text: e.text, productId: e.productId, question: e.question })),
    warnings: report.warnings,
  };
}

const same = (a: unknown, b: unknown) => (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-9 : Object.is(a, b));

/** Every field of `expected` checked against the page's report. */
export function checkPage(page: string, expected: ExpectedPage, report: PageReport): FieldCheck[] {
  const checks: FieldCheck[] = [];
  const walk = (want: unknown, got: unknown, path: string) => {
    if (Array.isArray(want)) {
      const list = Array.isArray(got) ? got : [];
      checks.push({ page, field: `${path}.length`, expected: want.length, actual: Array.isArray(got) ? got.length : got, ok: Array.isArray(got) && got.length === want.length });
      want.forEach((w, i) => walk(w, list[i], `${path}[${i}]`));
    } else if (want && typeof want === 'object') {
      for (const [k, w] of Object.entries(want)) walk(w, got && typeof got === 'object' ? (got as Record<string, unknown>)[k] : undefined, path ? `${path}.${k}` : k);
    } else {
      checks.push({ page, field: path, expected: want, actual: got, ok: same(want, got) });
    }
  };
  const { url: _url, ...fields } = expected;
  walk(fields, readable(report), '');
  return checks;
}

/** "field accuracy 312/312 (100.0%)" and one line per miss. */
export function accuracyReport(checks: FieldCheck[]): string {
  const ok = checks.filter((c) => c.ok).length;
  const pages = new Set(checks.map((c) => c.page)).size;
  const misses = checks.filter((c) => !c.ok).map((c) => `  ${c.page} ${c.field}: expected ${JSON.stringify(c.expected)}, read ${JSON.stringify(c.actual)}`);
  return [`shop-page corpus: ${pages} pages, field accuracy ${ok}/${checks.length} (${((100 * ok) / Math.max(1, checks.length)).toFixed(1)}%)`, ...misses].join('\n');
}
