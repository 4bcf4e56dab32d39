/**
 * Writes the demo shop (scripts/demo-shop.ts) into dist/ beside the built widget.
 *
 *   node --import tsx scripts/build-demo.ts [--out dist]
 */
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoShop } from './demo-shop.ts';

const out = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1] : 'dist';

if (!existsSync(join(out, 'aisle.js'))) {
  console.error(`build-demo: ${out}/aisle.js is missing; run "vite build" first.`);
  process.exit(1);
}

const { products, categories, files } = demoShop();
for (const [path, file] of files) {
  const full = join(out, path);
  mkdirSync(join(full, '..'), { recursive: true });
  if ('text' in file) writeFileSync(full, file.text);
  else cpSync(file.copy, full);
}
console.log(`build-demo: ${products.length} products, ${categories} categories -> ${out}/`);
