import { createReadStream, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { demoShop, type ShopFile } from './demo-shop.ts';

/** Where the root index.html takes the demo shop's home. */
const homeMarker = /<!-- demo-shop-home:[^>]*-->/;
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonl': 'application/x-ndjson; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/**
 * A shop page with the widget from source instead of the built aisle.js, and the shop's own script and
 * style sheet from demo/assets/ (where Vite finds them as modules) instead of the copies beside aisle.js.
 */
const fromSource = (html: string) =>
  html.replace(/src="\/?aisle\.js"/g, 'src="/src/aisle.ts"').replace(/(src|href)="\/(shop\.(?:js|css))"/g, '$1="/demo/assets/$2"');

/**
 * `npm run dev`: the demo shop on Vite's dev server, with the widget from source. The root
 * index.html gets the shop's home (scripts/demo-shop.ts, the same templates as the built shop);
 * every other shop page, the catalog feed, the images and the shop's own files are served from
 * memory, their pages with Vite's client, so an edit to src/ or workers/ reloads the page and an
 * edit to demo/ remakes the shop.
 */
export function demoShopDev(): Plugin {
  let files: Map<string, ShopFile> | undefined;
  const shop = () => (files ??= demoShop().files);
  const homeBody = () => {
    const home = shop().get('index.html');
    const body = home && 'text' in home ? /<body>([\s\S]*)<\/body>/.exec(home.text)?.[1] : undefined;
    if (!body) throw new Error('demo-shop-dev: the home page has no body');
    return body;
  };

  async function serveFile(server: ViteDevServer, url: string, path: string, res: ServerResponse): Promise<boolean> {
    const file = shop().get(path);
    if (!file) return false;
    res.setHeader('Content-Type', types[extname(path)] ?? 'application/octet-stream');
    if ('copy' in file) {
      if (extname(path) === '.html') res.end(await server.transformIndexHtml(url, fromSource(readFileSync(file.copy, 'utf8'))));
      else createReadStream(file.copy).pipe(res);
    } else {
      res.end(extname(path) === '.html' ? await server.transformIndexHtml(url, fromSource(file.text)) : file.text);
    }
    return true;
  }

  return {
    name: 'aisle-demo-shop-dev',
    apply: 'serve',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, ctx) => (ctx.path === '/index.html' && homeMarker.test(html) ? html.replace(homeMarker, homeBody()) : html),
    },
    configureServer(server) {
      server.watcher.add(['demo/templates', 'demo/catalog', 'demo/assets', 'demo/faq.json', 'demo/zh.html']);
      server.watcher.on('change', (path) => {
        if (!/[/\\]demo[/\\]/.test(path)) return;
        files = undefined;
        server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use((req, res, next) => {
        const url = req.url ?? '/';
        // A module request (`?raw`, `?url`, `?import`, ...: a test or the widget importing a shop file
        // such as the catalog) is Vite's to answer, never the shop's file as it is.
        if (/[?&](raw|url|import|worker|inline|direct)\b/.test(url)) return next();
        let path = decodeURIComponent(new URL(url, 'http://localhost').pathname).slice(1);
        if (path === '' || path === 'index.html') return next();
        if (path.endsWith('/')) path += 'index.html';
        serveFile(server, url, path, res).then((served) => served || next(), next);
      });
    },
  };
}
