/**
 * Builds what the npm package ships, into lib/ (git-ignored; `npm pack` runs it as `prepack`):
 *
 *   lib/widget/   the browser build: index.js (the module entry, `import { defineAisle } from
 *                 'aisle-assistant'`), aisle.js (the script-tag entry, as in dist/), the lazily
 *                 loaded chunks, the engine worker and ONNX Runtime's wasm, from one Vite build so
 *                 both entries share every file
 *   lib/types/    declarations (tsconfig.package.json), with `.js` import specifiers
 *   lib/cli/      the merchant CLI as plain Node modules (bin/aisle.mjs runs them, no tsx)
 *   lib/jsx.js    the runtime side of `aisle-assistant/jsx` (types only: an empty module)
 *   lib/custom-elements.json   the Custom Elements Manifest (tags, attributes, properties, events)
 *
 *   node --import tsx scripts/build-package.ts
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, loadConfigFromFile, type InlineConfig, type PluginOption } from 'vite';
import { customElementsManifest } from './custom-elements-manifest.ts';

const out = 'lib';
rmSync(out, { recursive: true, force: true });

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`build-package: ${command} ${args.join(' ')} failed`);
}

// The project's own Vite config (worker format, chunk names, relative base), less the plugin that
// copies the test models into dist/: the package serves no test model.
const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, 'vite.config.ts');
if (!loaded) throw new Error('build-package: vite.config.ts not found');
const { test: _test, plugins, ...shared } = loaded.config as InlineConfig & { test?: unknown };
const named = (plugin: PluginOption) => plugin && typeof plugin === 'object' && 'name' in plugin && plugin.name === 'aisle-copy-models';
const notCopyingModels = (plugins ?? []).flat(Infinity as 1).filter((plugin) => !named(plugin));

// The worker is one file (its lazy review chunk inlined): an app's bundler that finds the worker by
// its `new URL(..., import.meta.url)` copies that one file, and the page hands it the wasm's URL.
const workerOutput = { ...(shared.worker?.rollupOptions?.output as object), codeSplitting: false };
await build({
  ...shared,
  configFile: false,
  logLevel: 'warn',
  plugins: notCopyingModels,
  worker: { ...shared.worker, rollupOptions: { ...shared.worker?.rollupOptions, output: workerOutput } },
  build: {
    ...shared.build,
    outDir: join(out, 'widget'),
    rollupOptions: {
      ...shared.build?.rollupOptions,
      input: { index: 'src/index.ts', aisle: 'src/aisle.ts' },
    },
  },
});

// The merchant CLI, for Node: every bin/commands/<name>.ts becomes lib/cli/<name>.js; the package's
// dependencies stay imports. The commands find models/manifest.json at ../../models/ from either place.
const commands = readdirSync('bin/commands').filter((file) => file.endsWith('.ts'));
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: join(out, 'cli'),
    target: 'node20',
    emptyOutDir: true,
    rollupOptions: {
      input: Object.fromEntries(commands.map((file) => [file.slice(0, -3), join('bin/commands', file)])),
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});

// Declarations. TypeScript keeps the sources' `.ts` specifiers in them (consumers resolve `.js`), and
// names inferred Lit types (`render(): TemplateResult`) by their home, lit-html, which the package does
// not depend on: `lit`, its dependency, exports the same types.
run('npx', ['tsc', '-p', 'tsconfig.package.json']);
const relativeTs = /((?:from|import)\s*\(?\s*['"]\.{1,2}\/[^'"]*?)\.ts(['"])/g;
const litHtml = /import\("lit-html"\)/g;
function rewriteSpecifiers(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) rewriteSpecifiers(path);
    else if (path.endsWith('.d.ts')) writeFileSync(path, readFileSync(path, 'utf8').replace(relativeTs, '$1.js$2').replace(litHtml, 'import("lit")'));
  }
}
rewriteSpecifiers(join(out, 'types'));

writeFileSync(join(out, 'jsx.js'), '// React JSX typings only: see types/src/jsx.d.ts.\nexport {};\n');
writeFileSync(join(out, 'custom-elements.json'), `${JSON.stringify(await customElementsManifest(), null, 2)}\n`);
console.log(`build-package: ${out}/widget, ${out}/cli (${commands.length} commands), ${out}/types, ${out}/custom-elements.json`);
