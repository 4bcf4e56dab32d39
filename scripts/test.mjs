#!/usr/bin/env node
// `npm test`: every test (Node units, Chromium browser tests, end-to-end on the built demo shop).
// Installs Debian's Chromium when it is missing and we are root; otherwise says what to run.
// Ends with one line: "N passed, N failed" (the dependency rules count as one test).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const chromium = process.env.AISLE_CHROMIUM ?? '/usr/bin/chromium';
const resultsFile = '.vitest-results.json';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status ?? 1;
}

function ensureChromium() {
  if (existsSync(chromium)) return;
  const install = 'apt-get update && apt-get install -y chromium';
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`Chromium is missing; installing Debian's package: ${install}`);
    if (run('sh', ['-c', install], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }) === 0 && existsSync(chromium)) return;
  }
  console.error(`The browser tests need Chromium at ${chromium}. Install it with:\n  sudo ${install}\n(or set AISLE_CHROMIUM to a Chromium binary).`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

ensureChromium();

console.log('\n> typecheck');
if (run('npx', ['tsc', '--noEmit']) !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

console.log('\n> build (the end-to-end tests run the built demo shop)');
if (run('npm', ['run', 'build', '--silent']) !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// The layout's dependency rules (.dependency-cruiser.cjs, docs/architecture.md) count as one test.
console.log('\n> lint:deps (the layout\'s dependency rules)');
const depsOk = run('npm', ['run', 'lint:deps', '--silent']) === 0;

// Node and browser tests first, then the end-to-end tests on their own: they time a real model
// load in Chromium, and on a 2-core machine they should not share it with the other suites.
const groups = [
  ['unit and browser', ['--project', 'node', '--project', 'browser']],
  ['end-to-end', ['--project', 'e2e']],
];
let passed = depsOk ? 1 : 0;
let failed = depsOk ? 0 : 1;
const extra = process.argv.slice(2);
for (const [name, projects] of groups) {
  console.log(`\n> vitest: ${name}`);
  rmSync(resultsFile, { force: true });
  const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${resultsFile}`, ...projects, ...extra]);
  let groupPassed = 0;
  let groupFailed = 0;
  if (existsSync(resultsFile)) {
    const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
    groupPassed = results.numPassedTests ?? 0;
    groupFailed = results.numFailedTests ?? 0;
    // A test file that failed to load has no failed test of its own: count it once.
    groupFailed += (results.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed')).length;
  } else if (status !== 0) {
    groupFailed = 1;
  }
  if (status !== 0 && groupFailed === 0) groupFailed = 1;
  passed += groupPassed;
  failed += groupFailed;
}
rmSync(resultsFile, { force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
