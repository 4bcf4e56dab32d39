import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';

/** How the test model host misbehaves (each off by default). */
export interface ModelServerFaults {
  /** Paths (relative to the root) whose bytes are flipped: a corrupt file with the right size. */
  corrupt?: string[];
  /** Answer every request with an HTML "404" page and status 200 (a misconfigured CDN). */
  htmlNotFound?: boolean;
  /** Paths served short (the first half), then the connection ends cleanly. */
  truncate?: string[];
  /** Paths whose first request is cut after this many bytes (the connection drops). */
  dropAfter?: Record<string, number>;
  /** Paths whose first request sends this many bytes, then nothing more (the host stalls; the connection stays open). */
  stallAfter?: Record<string, number>;
  /** Paths whose every request sends half the file, then stalls. */
  stallAlways?: string[];
  /** Honour Range requests (default true). */
  ranges?: boolean;
}

/** A local model host on 127.0.0.1 with a log of the requests it answered. */
export interface ModelServer {
  url: string;
  requests: { path: string; range?: string }[];
  close(): Promise<void>;
}

/** Serves `root` (e.g. models/test/) over HTTP on 127.0.0.1, with optional faults. */
export async function startModelServer(root: string, faults: ModelServerFaults = {}): Promise<ModelServer> {
  const requests: ModelServer['requests'] = [];
  const dropped = new Set<string>();
  const stalled = new Set<string>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    const range = req.headers.range;
    requests.push({ path, range });
    if (faults.htmlNotFound) {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>');
      return;
    }
    const file = normalize(join(root, path));
    let body: Buffer;
    try {
      if (!file.startsWith(normalize(root))) throw new Error('outside');
      body = await readFile(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html><body>Not Found</body></html>');
      return;
    }
    if (faults.corrupt?.includes(path)) {
      body = Buffer.from(body);
      for (let i = 0; i < body.length; i += 97) body[i] ^= 0xff;
    }
    if (faults.truncate?.includes(path)) body = body.subarray(0, Math.floor(body.length / 2));
    let start = 0;
    const match = /^bytes=(\d+)-$/.exec(range ?? '');
    if (match && faults.ranges !== false) start = Number(match[1]);
    const slice = body.subarray(start);
    const headers: Record<string, string> = { 'content-type': 'application/octet-stream', 'content-length': String(slice.length), 'accept-ranges': faults.ranges === false ? 'none' : 'bytes' };
    if (start > 0) headers['content-range'] = `bytes ${start}-${body.length - 1}/${body.length}`;
    res.writeHead(start > 0 ? 206 : 200, headers);
    const stallAt = faults.stallAlways?.includes(path) ? Math.floor(slice.length / 2) : faults.stallAfter?.[path];
    if (stallAt !== undefined && (faults.stallAlways?.includes(path) || !stalled.has(path))) {
      stalled.add(path);
      res.write(slice.subarray(0, stallAt)); // and then nothing: the response never ends
      return;
    }
    const cut = faults.dropAfter?.[path];
    if (cut !== undefined && !dropped.has(path)) {
      dropped.add(path);
      res.write(slice.subarray(0, cut), () => res.destroy());
      return;
    }
    res.end(slice);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
