import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** What every bench's `run()` is given. */
export interface BenchOptions {
  /** Fewer repeats: the whole `npm run bench -- --quick` stays under 10 minutes on 2 cores. */
  quick: boolean;
  /** The model folder (absolute, with a trailing slash) holding manifest.json and the model files. */
  models: string;
}

/** Splits `npm run bench` arguments into bench names and options; throws on a bad `--models`. */
export function parseBenchArgs(argv: string[]): { names: string[]; options: BenchOptions } {
  const names: string[] = [];
  const options: BenchOptions = { quick: false, models: resolve('models/test') + '/' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--models') {
      const dir = argv[++i];
      if (!dir || !existsSync(resolve(dir, 'manifest.json'))) throw new Error(`bench: --models needs a folder with a manifest.json (got ${dir ?? 'nothing'})`);
      options.models = resolve(dir) + '/';
    } else if (arg.startsWith('-')) throw new Error(`bench: unknown option ${arg} (options: --quick, --models <dir>)`);
    else names.push(arg);
  }
  return { names, options };
}

/** The start of the line that carries a bench's numbers from its process (bench-child.ts) to scripts/bench.ts. */
export const benchResultMarker = '@@bench-result ';
