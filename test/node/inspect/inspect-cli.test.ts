/** `npx aisle inspect <url|file>`: what the widget reads from a saved page and from a page served over HTTP. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageReport } from '../../../src/inspect/inspect-page.ts';
import { root } from '../../helpers/demo-catalog.ts';

const aisle = (...args: string[]) =>
  new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [`${root}bin/aisle.mjs`, 'inspect', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ status: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }));
  });

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/shop-pages/${name}`, import.meta.url), 'utf8');
let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url?.startsWith('/products/alpine-fleece-jacket')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      // The theme as a merchant runs it locally: its links point at the local server.
      res.end(fixture('shopify-product-group.html').replaceAll('https://northpeak.example', origin));
    } else {
      res.writeHead(404).end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('npx aisle inspect', () => {
  it('a saved page: the page product, its variants, policies, warnings and the limits', async () => {
    const run = await aisle('test/fixtures/shop-pages/jysk-da.html', '--base', 'https://jysk.example/kontor/kontorstole/kontorstol-ullerup');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(/^Page: https:\/\/jysk\.example\/kontor\/kontorstole\/kontorstol-ullerup \(language da\)\nProducts read: 1 \(from json-ld\)/);
    expect(out).toContain('Page product:\n  Kontorstol ULLERUP  [id 3611201]\n    1299 DKK · InStock · brand GENERAL OFFICE');
    expect(out).toContain('  Variants (2):\n    * Kontorstol ULLERUP sort  [id 3611201]  color sort  1299 DKK  InStock  (shown on this page)\n    - Kontorstol ULLERUP grå  [id 3611202]  color grå  1399 DKK  PreOrder');
    expect(out).toContain('Policies (2):\n  - [offer-shipping for 3611201] Ships to DK; shipping 49 DKK; handling 1-2 days; delivery 2-4 days.');
    expect(out).toContain('Warnings (0):');
    expect(out).toContain('Limits: at most 1000 products per page; JSON-LD read to 32 levels deep.');
  });

  it('a saved page without --base is read at its canonical address; a broken block is a warning', async () => {
    const run = await aisle('test/fixtures/shop-pages/escaped-og-it.html');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Page: https:\/\/casacaffe\.example\/prodotto\/moka-acciaio-6 \(language it\)/);
    expect(run.stdout).toContain('Moka in acciaio 6 tazze  [id MOKA-ACC-6]\n    34.9 EUR · InStock · brand Casa Caffè');
    expect(run.stdout).toContain('Warnings (1):\n  - JSON-LD block 2 is not valid JSON');
  });

  it('a saved page with no address of its own is read at the file, and says so', async () => {
    const run = await aisle('test/fixtures/shop-pages/schema-org-microdata.html');
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/names no address of its own .* pass --base <its URL>/);
    expect(run.stdout).toMatch(/^Page: file:\/\/\/.*schema-org-microdata\.html \(language en\)\nProducts read: 1 \(from microdata\)/);
    expect(run.stdout).toContain('Kenmore White 17" Microwave  [id Kenmore White 17" Microwave]\n    1000 USD · InStock · rating 3.5 (11 ratings) · 2 review text(s)');
  });

  it('a URL served locally, as JSON: the variant in the URL is the one the page shows', async () => {
    const run = await aisle(`${origin}/products/alpine-fleece-jacket?variant=40003`, '--json');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as PageReport;
    expect(report.url).toBe(`${origin}/products/alpine-fleece-jacket?variant=40003`);
    expect(report.pageProduct).toMatchObject({ id: '8123456789', price: 129, availability: 'InStock', url: `${origin}/products/alpine-fleece-jacket` });
    expect(report.pageProduct?.variants?.find((v) => v.selected)?.id).toBe('APF-NVY-M');
  });

  it('says what went wrong: no such file, a page that is not there, no argument', async () => {
    expect(await aisle('no/such/page.html')).toMatchObject({ status: 2, stderr: expect.stringMatching(/^aisle inspect: no such file: no\/such\/page\.html/) });
    expect(await aisle(`${origin}/missing`)).toMatchObject({ status: 2, stderr: expect.stringMatching(/answered 404/) });
    expect(await aisle()).toMatchObject({ status: 2, stderr: expect.stringMatching(/give a URL or a saved page/) });
  });
});
