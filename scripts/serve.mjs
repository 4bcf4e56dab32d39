#!/usr/bin/env node
// A small static file server for the built demo shop and widget: correct MIME types for
// .mjs/.wasm/.onnx, HTTP Range (resumable model downloads), CORS for the widget files, and
// optional cross-origin isolation (COOP/COEP) so ONNX Runtime can use WASM threads, and per-path
// response headers (a Content-Security-Policy per page, to try the widget under a merchant's policy).
// It sends the caching headers README's "What the widget downloads" asks of a host: content-hashed
// `chunks/` and `assets/` files `immutable` for a year; everything else `no-cache` with an ETag, a
// matching If-None-Match answered 304; text and .wasm compressed (brotli or gzip, as the client
// accepts) except under models/, whose downloads read Content-Length for progress and resume by Range.
//
//   node scripts/serve.mjs [--dir dist] [--port 8080] [--host 127.0.0.1] [--isolated] [--headers headers.json]
//
// --headers names a JSON file mapping a path prefix to headers, e.g.
//   { "/": { "Content-Security-Policy": "script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self'" },
//     "/strict.html": { "Content-Security-Policy": "script-src 'nonce-{nonce}' 'strict-dynamic' 'wasm-unsafe-eval'" } }
// The longest matching prefix wins. `{nonce}` becomes a fresh random nonce per response, in the
// headers and in the HTML body alike (write `<script nonce="{nonce}" ...>` in the page).
import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonl': 'application/x-ndjson; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.onnx': 'application/octet-stream',
  '.bin': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/** A content-hashed build output (`chunks/define-BfX3k2aQ.js`, `assets/ort-wasm-simd-threaded-D2kL1x8_.wasm`). */
const hashedName = /\/(chunks|assets)\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;
/** Worth compressing: text, and .wasm (the plain ONNX Runtime build goes from 14.3 to 3.7 MB). */
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.jsonl', '.svg', '.txt', '.md', '.wasm']);

/** The Cache-Control a host should send for a URL path (README: "the headers a host should send"). */
export function cacheControlFor(urlPath) {
  return hashedName.test(urlPath.split('?')[0]) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The compressed bodies sent so far, per file, encoding, size and modification time. */
const compressed = new Map();

/** The file compressed as `encoding` ('br' or 'gzip'), made once per version of the file. */
function compressedBody(file, encoding, stat) {
  const key = `${encoding}:${file}:${stat.size}:${stat.mtimeMs}`;
  let body = compressed.get(key);
  if (!body) {
    const raw = readFileSync(file);
    body = encoding === 'br'
      ? brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.byteLength } })
      : gzipSync(raw, { level: 6 });
    compressed.set(key, body);
  }
  return body;
}

/** The encoding to send: brotli, then gzip, when the client accepts it (q=0 refuses). */
function encodingFor(acceptEncoding) {
  const accepted = new Set(String(acceptEncoding ?? '').split(',').map((part) => part.trim().toLowerCase())
    .filter((part) => !/;\s*q=0(\.0*)?$/.test(part)).map((part) => part.split(';')[0].trim()));
  return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : undefined;
}

/** Whether an If-None-Match header names this ETag (weak comparison, `*` matches anything). */
function matchesETag(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  const bare = (tag) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/** Parses `--name value` and `--flag` arguments. */
function parseArgs(argv) {
  const options = { dir: 'dist', port: 8080, host: '127.0.0.1', isolated: false, headers: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--isolated') options.isolated = true;
    else if (arg === '--headers') options.headers = JSON.parse(readFileSync(argv[++i], 'utf8'));
    else if (arg === '--dir') options.dir = argv[++i];
    else if (arg === '--port') options.port = Number(argv[++i]);
    else if (arg === '--host') options.host = argv[++i];
    else throw new Error(`serve: unknown argument ${arg}`);
  }
  return options;
}

/** Resolves a URL path inside root, or undefined for anything that escapes it. */
function fileFor(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return undefined;
  }
  const full = normalize(join(root, path));
  if (full !== root && !full.startsWith(root + sep)) return undefined;
  if (existsSync(full) && statSync(full).isDirectory()) return join(full, 'index.html');
  return full;
}

/** The extra headers for a URL path: those of the longest matching prefix in `byPath`. */
function headersFor(byPath, urlPath) {
  const path = urlPath.split('?')[0];
  const prefix = Object.keys(byPath ?? {})
    .filter((p) => path.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  return prefix === undefined ? {} : byPath[prefix];
}

/**
 * Starts the server; resolves with it and its URL once listening (port 0 picks a free one).
 * `dir` may be a list of folders: a path is served from the first that has it. `headers` maps path
 * prefixes to extra response headers (see the top of this file).
 */
export function serve({ dir = 'dist', port = 8080, host = '127.0.0.1', isolated = false, headers: byPath = undefined } = {}) {
  const roots = (Array.isArray(dir) ? dir : [dir]).map((d) => resolve(d));
  const server = createServer((req, res) => {
    const found = roots.map((root) => fileFor(root, req.url ?? '/')).filter(Boolean);
    const file = found.find((f) => existsSync(f) && statSync(f).isFile()) ?? found[0];
    const headers = { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin', 'Accept-Ranges': 'bytes' };
    if (isolated) Object.assign(headers, { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' });
    const nonce = randomBytes(16).toString('base64');
    for (const [name, value] of Object.entries(headersFor(byPath, req.url ?? '/'))) headers[name] = String(value).replaceAll('{nonce}', nonce);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, headers).end();
      return;
    }
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Not found</title><h1>404 Not found</h1>');
      return;
    }
    const stat = statSync(file);
    const size = stat.size;
    const urlPath = (req.url ?? '/').split('?')[0];
    headers['Content-Type'] = types[extname(file)] ?? 'application/octet-stream';
    headers['Cache-Control'] = cacheControlFor(urlPath);
    headers['Last-Modified'] = stat.mtime.toUTCString();
    if (extname(file) === '.html' && Object.keys(headersFor(byPath, req.url ?? '/')).length) {
      // A page with headers of its own: its `{nonce}` placeholders get this response's nonce, so it is never reused.
      const body = readFileSync(file, 'utf8').replaceAll('{nonce}', nonce);
      res.writeHead(200, { ...headers, 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(body) }).end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
    const ranged = Boolean(range && (range[1] || range[2]));
    const encoding = !ranged && compressible.has(extname(file)) && !urlPath.startsWith('/models/') && size > 1024
      ? encodingFor(req.headers['accept-encoding'])
      : undefined;
    if (compressible.has(extname(file)) && !urlPath.startsWith('/models/')) headers.Vary = 'Accept-Encoding';
    // One ETag per version of the file and per encoding (a strong ETag names the bytes sent).
    const version = `${size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}`;
    headers.ETag = `"${version}${encoding ? `-${encoding}` : ''}"`;
    if (matchesETag(req.headers['if-none-match'], headers.ETag)) {
      res.writeHead(304, headers).end();
      return;
    }
    if (ranged) {
      const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
      const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      if (start > end || start >= size) {
        res.writeHead(416, { ...headers, 'Content-Range': `bytes */${size}` }).end();
        return;
      }
      res.writeHead(206, { ...headers, 'Content-Range': `bytes ${start}-${end}/${size}`, 'Content-Length': end - start + 1 });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file, { start, end }).pipe(res);
      return;
    }
    if (encoding) {
      const body = compressedBody(file, encoding, stat);
      res.writeHead(200, { ...headers, 'Content-Encoding': encoding, 'Content-Length': body.byteLength });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Length': size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const shown = host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host;
      resolvePromise({ server, url: `http://${shown}:${address.port}/` });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(resolve(options.dir))) {
    console.error(`serve: ${options.dir}/ does not exist; run "npm run build" first.`);
    process.exit(1);
  }
  const tryPort = async (port, attempts) => {
    try {
      return await serve({ ...options, port });
    } catch (error) {
      if (error.code === 'EADDRINUSE' && attempts > 0) return tryPort(port + 1, attempts - 1);
      throw error;
    }
  };
  const { url } = await tryPort(options.port, 20);
  console.log(`Aisle demo shop: ${url}${options.isolated ? ' (cross-origin isolated)' : ''}`);
  console.log('Press Ctrl+C to stop.');
}
