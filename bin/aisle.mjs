#!/usr/bin/env node
// The merchant CLI: `npx aisle <command> ...`. Commands are TypeScript modules in bin/commands/,
// run through tsx so the CLI shares the engine's code as it is.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const commandsDir = join(here, 'commands');
const commands = readdirSync(commandsDir).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
const [command, ...args] = process.argv.slice(2);

if (!command || command === '--help' || command === '-h') {
  console.log(`usage: aisle <command> [...]\ncommands: ${commands.join(', ')}\n'aisle <command> --help' tells more.`);
  process.exit(command ? 0 : 1);
}
const file = join(commandsDir, `${command}.ts`);
if (!existsSync(file)) {
  console.error(`aisle: unknown command "${command}". Commands: ${commands.join(', ')}`);
  process.exit(2);
}
const run = spawnSync(process.execPath, ['--import', 'tsx', file, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
