// @custom-elements-manifest/analyzer settings for scripts/custom-elements-manifest.ts: Lit elements
// and the event classes; leave package.json alone (its `customElements` field is written by hand).
export default {
  litelement: true,
  packagejson: false,
  quiet: true,
  globs: ['src/components/**/*.ts', 'src/events.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.strings.ts'],
};
