import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../../helpers/demo-catalog.ts';

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('the model runtime loads only when a model loads', () => {
  it('no engine module imports transformers.js statically except as types: they get it from runtime/transformers-env.ts', () => {
    const staticImports = sources(join(root, 'workers')).filter((file) => {
      const text = readFileSync(file, 'utf8');
      // `import { x, type Y } from '@huggingface/transformers'` or `import * as t from ...`; `import type {...}` is erased.
      return /^import\s+(?!type\b)[^;]*?from\s+'@huggingface\/transformers'/m.test(text) || /^import\s+'@huggingface\/transformers'/m.test(text);
    });
    expect(staticImports.map((f) => f.slice(root.length))).toEqual([]);
  });
});
