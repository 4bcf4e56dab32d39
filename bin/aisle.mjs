#!/usr/bin/env node
// The merchant CLI: `npx aisle <command> ...`. In the npm package each command is compiled JS in
// lib/cli/ and runs on plain Node. In a checkout of the repository (bin/commands/ present) the
// TypeScript command runs through tsx, so edits take effect without a build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const sourceDir = join(here, 'commands');
const compiledDir = join(here, '..', 'lib', 'cli');
const fromSource = existsSync(sourceDir);
const dir = fromSource ? sourceDir : compiledDir;
const extension = fromSource ? '.ts' : '.js';
const commands = existsSync(dir)
  ? readdirSync(dir).filter((f) => f.endsWith(extension)).map((f) => f.slice(0, -extension.length)).sort()
  : [];
const [command, ...args] = process.argv.slice(2);

if (!commands.length) {
  console.error(`aisle: no commands found in ${dir} (in a checkout, run "npm ci"; a package build has lib/cli/)`);
  process.exit(2);
}
if (!command || command === '--help' || command === '-h') {
  console.log(`usage: aisle <command> [...]\ncommands: ${commands.join(', ')}\n'aisle <command> --help' tells more.`);
  process.exit(command ? 0 : 1);
}
if (!commands.includes(command)) {
  console.error(`aisle: unknown command "${command}". Commands: ${commands.join(', ')}`);
  process.exit(2);
}
const file = join(dir, `${command}${extension}`);
const node = fromSource ? ['--import', 'tsx', file] : [file];
const run = spawnSync(process.execPath, [...node, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
