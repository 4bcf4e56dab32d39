/**
 * The layout's rules (docs/architecture.md), checked by `npm run lint:deps` inside `npm test`.
 * Type-only imports count: a type cycle is still a cycle a reader has to untangle.
 *
 * Parser: swc (@swc/core). dependency-cruiser's own TypeScript parser needs TypeScript's JS API,
 * which TypeScript 7 (the native compiler this project uses) no longer ships. swc sees every import,
 * type-only or not, but does not say which are type-only; that half of the page rule is kept by
 * `verbatimModuleSyntax` (tsconfig): workers/protocol/ and workers/engine-api.ts declare types only,
 * so the page can import them only with `import type`, and the build carries no engine code into the
 * page chunks (docs/architecture.md, "Rules").
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles anywhere: every module can be read after the modules it imports.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-circular-rooms',
      severity: 'error',
      comment: 'No cycles between folders either (rooms): store and route, runtime and search, catalog and qa each import one way only.',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'engine-never-imports-page',
      severity: 'error',
      comment: 'The engine (workers/) runs in a worker or in Node: it never imports the page half (src/).',
      from: { path: '^workers/' },
      to: { path: '^src/' },
    },
    {
      name: 'common-imports-neither-half',
      severity: 'error',
      comment: 'common/ holds small helpers both halves use; it imports neither half (only the protocol\'s types, a leaf both halves speak).',
      from: { path: '^common/' },
      to: { path: '^(src|workers)/', pathNot: '^workers/protocol/' },
    },
    {
      name: 'protocol-is-a-leaf',
      severity: 'error',
      comment: 'workers/protocol/ holds the types both halves share; it imports no room and nothing from src/.',
      from: { path: '^workers/protocol/' },
      to: { path: '^(src/|workers/(?!protocol/))' },
    },
    {
      name: 'rooms-never-import-engine-api',
      severity: 'error',
      comment:
        'engine-api.ts (the Engine interface) is for the engine, the page half and the CLI; rooms take shared types from workers/protocol/.',
      from: { path: '^workers/(?!engine[^/]*\\.ts$)' },
      to: { path: '^workers/engine-api\\.ts$' },
    },
    {
      name: 'page-imports-engine-types-only',
      severity: 'error',
      comment:
        'The page half loads no engine code: it imports workers/ only as types, and only from workers/protocol/ or workers/engine-api.ts.',
      from: { path: '^src/', pathNot: '^src/engine/in-page-engine\\.ts$' },
      to: { path: '^workers/(?!protocol/|engine-api\\.ts$)', pathNot: '^workers/engine\\.worker\\.ts$' },
    },
    {
      name: 'page-runs-the-engine-only-as-the-in-page-fallback',
      severity: 'error',
      comment:
        'The one exception to the rule above: src/engine/in-page-engine.ts, the light path on the page when no worker can run (CSP, missing chunk, sandboxed page), imports workers/engine.ts, and only that, and only with a dynamic import(), so the engine is a chunk of its own the page downloads only when the worker fails.',
      from: { path: '^src/engine/in-page-engine\\.ts$' },
      to: { path: '^workers/', pathNot: '^workers/(engine|engine-api)\\.ts$|^workers/protocol/' },
    },
    {
      name: 'in-page-engine-is-loaded-on-demand',
      severity: 'error',
      comment: 'src/engine/in-page-engine.ts loads workers/engine.ts with import() only: never in the page bundle itself.',
      from: { path: '^src/engine/in-page-engine\\.ts$' },
      to: { path: '^workers/engine\\.ts$', dynamic: false },
    },
    {
      name: 'in-page-engine-is-loaded-on-demand-by-the-client',
      severity: 'error',
      comment: 'Only src/engine-client.ts loads the in-page engine, and with import() only.',
      from: { path: '^src/', pathNot: '^src/engine/in-page-engine\\.ts$' },
      to: { path: '^src/engine/in-page-engine\\.ts$', dynamic: false },
    },
    {
      name: 'page-starts-the-worker-only-from-engine-client',
      severity: 'error',
      comment:
        'One exception: src/engine-client.ts imports the worker entry as a URL (`?worker&url`) to start it with `new Worker(url)`. Vite bundles the worker as its own chunk and the page gets only its URL string, so no engine code reaches the page bundle. No other page module may import the entry.',
      from: { path: '^src/', pathNot: '^src/engine-client\\.ts$' },
      to: { path: '^workers/engine\\.worker\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // swc reads .tsx as plain TypeScript and stops at JSX: the React demo (demo/react-example) is left out.
    exclude: { path: '^(node_modules|dist)/|\\.tsx$' },
    parser: 'swc',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
