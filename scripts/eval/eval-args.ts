import { readFileSync, writeFileSync } from 'node:fs';

/** Options every eval task receives. */
export interface EvalOptions {
  input?: string;
  /** Every positional input file (the first is `input`). */
  inputs?: string[];
  out?: string;
  path: 'light' | 'model';
  /** Other --name value pairs (e.g. --catalog). */
  extra: Record<string, string>;
}

/** What a scripts/eval/<task>.ts module exports. */
export interface EvalTask {
  run(options: EvalOptions): Promise<Record<string, unknown>>;
}

export function parseEvalArgs(args: string[]): EvalOptions {
  const options: EvalOptions = { path: 'light', extra: {}, inputs: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      options.input ??= arg;
      options.inputs!.push(arg);
      continue;
    }
    const value = args[++i];
    if (value === undefined) throw new Error(`eval: ${arg} needs a value`);
    if (arg === '--out') options.out = value;
    else if (arg === '--path') {
      if (value !== 'light' && value !== 'model') throw new Error('eval: --path is light or model');
      options.path = value;
    } else options.extra[arg.slice(2)] = value;
  }
  return options;
}

/** Reads a JSONL file into objects; names the line of any bad JSON. */
export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as T;
      } catch {
        throw new Error(`${file}: line ${i + 1} is not valid JSON`);
      }
    });
}

/** Writes predictions as JSONL when --out was given. */
export function writeJsonl(file: string | undefined, rows: unknown[]): void {
  if (file) writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
}
