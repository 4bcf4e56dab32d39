import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { copyModelsPlugin } from './scripts/vite-copy-models.ts';
import { demoShopDev } from './scripts/vite-demo-dev.ts';
import { fileBytesPlugin } from './scripts/vite-file-bytes.ts';
import { chromiumExecutable, chromiumArgs } from './scripts/chromium.ts';
import { browserCommands } from './test/browser/commands.ts';

/** Dependencies the worker and element pull in; listed so Vite never re-optimises mid-test. */
const prebundled = [
  '@huggingface/transformers',
  'comlink',
  'idb',
  'lit',
  'lit/decorators.js',
  'lit/directives/repeat.js',
  'minisearch',
  'vader-sentiment',
  'compromise/two',
  'axe-core',
];

export default defineConfig({
  // Relative asset URLs (resolved against import.meta.url) let aisle.js run from any origin or path.
  base: './',
  // Vite's dependency cache lives in the checkout, not in node_modules: several worktrees may share one
  // node_modules (a symlink), and one cache written by two dev servers breaks both.
  cacheDir: '.cache/vite',
  build: {
    outDir: 'dist',
    target: 'es2022',
    emptyOutDir: true,
    // The entry stays a few hundred bytes: no preload helper, chunks load on demand.
    modulePreload: false,
    rollupOptions: {
      // The embed entry, and two pages of the demo shop: the merchant's drafting page and a React app.
      input: { aisle: 'src/aisle.ts', write: 'demo/write.html', 'react-example': 'demo/react-example.html' },
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
  worker: {
    format: 'es',
    // The worker bundle has its own plugins: it imports ONNX Runtime's wasm sizes too (common/ort-builds.ts).
    plugins: () => [fileBytesPlugin()],
    rollupOptions: {
      output: {
        entryFileNames: 'chunks/[name]-[hash].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
  // JSX (the demo's React page) compiles with React 19's automatic runtime; no plugin needed.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  // `npm run dev`: index.html is the demo shop's home, every shop page beside it, the widget from source.
  plugins: [fileBytesPlugin(), copyModelsPlugin(), demoShopDev()],
  optimizeDeps: { include: prebundled },
  test: {
    // expect.poll waits for what a shopper would see; 1 s (Vitest's default) is too short on a loaded
    // two-core machine, where opening the lazily loaded panel alone can take longer.
    expect: { poll: { timeout: 15_000 } },
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['test/node/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        extends: true,
        test: { name: 'e2e', environment: 'node', include: ['test/e2e/**/*.test.ts'], testTimeout: 450_000, hookTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 120_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              // --enable-unsafe-webgpu: a SwiftShader WebGPU adapter, for the runtime's WebGPU tests.
              launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs() },
            }),
            instances: [{ browser: 'chromium' }],
            commands: browserCommands,
            // Several test runs may share a machine: AISLE_BROWSER_PORT gives each its own port.
            api: { port: Number(process.env.AISLE_BROWSER_PORT ?? 63315) },
          },
        },
      },
    ],
  },
});
