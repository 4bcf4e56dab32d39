import { cpSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** Files under models/ that are build inputs or test stand-ins, not files the widget serves. */
const notServed = /(\.(py|md)$|[/\\](generators|standins|__pycache__)([/\\]|$))/;

/**
 * Copies models/ (the manifests and the generated test models) into dist/models/, so a
 * built widget serves its models from beside its own files, the default model host.
 */
export function copyModelsPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'aisle-copy-models',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      const from = resolve('models');
      if (!existsSync(from)) return;
      cpSync(from, join(outDir, 'models'), { recursive: true, filter: (path) => !notServed.test(path) });
    },
  };
}
