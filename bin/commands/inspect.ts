/**
 * `npx aisle inspect <url|file> [--base <url>] [--json]`: what the widget reads from a shop page
 * (products, the page product and its variants, policies, warnings), so a merchant can check a theme
 * before going live. It runs the widget's own page readers (src/inspect/) on the page's HTML, parsed
 * with linkedom (a DOM for Node); no script of the page runs.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { formatPageReport, inspectPage } from '../../src/inspect/inspect-page.ts';

const usage = `usage: aisle inspect <url|file> [--base <url>] [--json]
  <url|file>  an http(s) URL to fetch, or a saved page (.html)
  --base      the page's address, for a saved page (links and the variant shown are read against it);
              default: the page's <base>, <link rel="canonical">, og:url, else the file itself
  --json      the report as JSON (the same object element.inspect() returns)`;

function fail(message: string): never {
  console.error(`aisle inspect: ${message}\n${usage}`);
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(usage);
  process.exit(0);
}
let base: string | undefined;
const positional: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--base') base = args[++i];
  else if (args[i] === '--json') continue;
  else if (args[i].startsWith('--')) fail(`unknown option ${args[i]}`);
  else positional.push(args[i]);
}
const [target] = positional;
if (!target) fail('give a URL or a saved page');

let html: string;
let address: string;
if (/^https?:\/\//i.test(target)) {
  let response: Response;
  try {
    response = await fetch(target, { headers: { accept: 'text/html,application/xhtml+xml' } });
  } catch (error) {
    fail(`could not fetch ${target} (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!response.ok) fail(`${target} answered ${response.status} ${response.statusText}`);
  html = await response.text();
  address = response.url || target;
} else {
  try {
    html = readFileSync(target, 'utf8');
  } catch {
    fail(`no such file: ${target}`);
  }
  address = pathToFileURL(resolve(target)).href;
}

const { document } = parseHTML(html);
if (!document.querySelector('base[href]')) {
  const declared = base ?? (/^file:/.test(address)
    ? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? undefined
    : undefined);
  let href = address;
  try {
    if (declared) href = new URL(declared, address).href;
  } catch {
    // A broken canonical link: read against the page's own address.
  }
  if (href.startsWith('file:')) console.error('aisle inspect: the page names no address of its own (no <base>, canonical link or og:url): links are read against the file; pass --base <its URL>');
  const el = document.createElement('base');
  el.setAttribute('href', href);
  (document.head ?? document.documentElement).prepend(el);
}

const report = inspectPage(document as unknown as Document);
console.log(args.includes('--json') ? JSON.stringify(report, null, 2) : formatPageReport(report));
