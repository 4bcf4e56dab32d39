#!/usr/bin/env node
// `npm start`: builds the widget and the demo shop when the sources are newer than dist/, then
// serves dist/ on localhost and prints the URL. PORT picks the port; --isolated adds COOP/COEP.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './serve.mjs';

const sources = ['src', 'workers', 'demo', 'models', 'scripts', 'vite.config.ts', 'package.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const built = ['dist/aisle.js', 'dist/index.html'].every(existsSync) ? statSync('dist/index.html').mtimeMs : 0;
if (built < Math.max(...sources.map(newest))) {
  console.log('Building the widget and the demo shop…');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const isolated = process.argv.includes('--isolated');
const first = Number(process.env.PORT ?? 8080);
for (let port = first; port < first + 20; port++) {
  try {
    const { url } = await serve({ dir: 'dist', port, isolated });
    console.log(`\nAisle demo shop: ${url}${isolated ? '  (cross-origin isolated: WASM threads on)' : ''}`);
    console.log('Press Ctrl+C to stop.');
    break;
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
  }
}
