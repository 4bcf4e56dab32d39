#!/usr/bin/env node
// A small static file server for the built demo shop and widget: correct MIME types for
// .mjs/.wasm/.onnx, HTTP Range (resumable model downloads), CORS for the widget files, and
// optional cross-origin isolation (COOP/COEP) so ONNX Runtime can use WASM threads.
//
//   node scripts/serve.mjs [--dir dist] [--port 8080] [--host 127.0.0.1] [--isolated]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

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

/** Parses `--name value` and `--flag` arguments. */
function parseArgs(argv) {
  const options = { dir: 'dist', port: 8080, host: '127.0.0.1', isolated: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--isolated') options.isolated = true;
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

/** Starts the server; resolves with it and its URL once listening (port 0 picks a free one). */
export function serve({ dir = 'dist', port = 8080, host = '127.0.0.1', isolated = false } = {}) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const file = fileFor(root, req.url ?? '/');
    const headers = { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin', 'Accept-Ranges': 'bytes' };
    if (isolated) Object.assign(headers, { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' });
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, headers).end();
      return;
    }
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Not found</title><h1>404 Not found</h1>');
      return;
    }
    const size = statSync(file).size;
    headers['Content-Type'] = types[extname(file)] ?? 'application/octet-stream';
    headers['Cache-Control'] = 'no-cache';
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
    if (range && (range[1] || range[2])) {
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
