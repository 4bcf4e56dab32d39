/**
 * `aisle models pull [task...] --host <url> --out <dir>`: downloads the manifest's model files from
 * a model host, verifies them (SHA-256, size, no error pages), writes them with a manifest.json the
 * widget serves. `aisle models verify <dir>`: re-checks a folder against its manifest.json.
 * Exit status 1, naming the file, on any mismatch.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseManifest } from '../../workers/runtime/manifest.ts';
import type { ManifestFile, ManifestModel, ModelManifest } from '../../workers/protocol/models.ts';
import { downloadFile } from '../../workers/runtime/model-download.ts';
import { ModelFileError, verifyModelFile } from '../../workers/runtime/verify-model-file.ts';
import { errorMessage } from '../../common/error-message.ts';

const usage = `usage:
  aisle models pull [task...] --host <url> --out <dir> [--manifest <file>] [--path-template '{model}/'] [--no-lite]
  aisle models verify <dir>

pull    downloads each task's model (all tasks when none is named; lite models too unless --no-lite)
        from the host, checks every file against the manifest's SHA-256 and size (a file whose hash
        the manifest does not know is pinned to what was downloaded, after an error-page check),
        and writes <dir>/<model id>/... and <dir>/manifest.json for the widget's model-host.
        Hugging Face: --host https://huggingface.co/ --path-template '{model}/resolve/main/'
verify  re-checks every file listed in <dir>/manifest.json; exit 1 naming each bad file.`;

const packageManifest = fileURLToPath(new URL('../../models/manifest.json', import.meta.url));
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

async function readManifest(file: string): Promise<ModelManifest> {
  return parseManifest(JSON.parse(await readFile(file, 'utf8')));
}

async function readIfPresent(file: string): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    return undefined;
  }
}

/** Downloads and verifies one model into `out`; returns the model with sizes and hashes filled, or the failures. */
async function pullModel(model: ManifestModel, host: string, template: string, out: string): Promise<{ model: ManifestModel; failures: string[] }> {
  const base = new URL(template.replaceAll('{model}', model.id), host.endsWith('/') ? host : `${host}/`);
  const files: ManifestFile[] = [];
  const failures: string[] = [];
  for (const file of model.files) {
    const target = join(out, model.id, file.path);
    const name = `${model.id}/${file.path}`;
    try {
      const existing = await readIfPresent(target);
      if (existing && file.sha256 && (await verifyModelFile(file, existing).then(() => true, () => false))) {
        files.push(file);
        console.log(`  = ${name} (already here, verified)`);
        continue;
      }
      const url = new URL(file.path, base).href;
      const download = await downloadFile(url, { expectedSize: file.size });
      const sha256 = await verifyModelFile(file, download.bytes, { contentType: download.contentType, allowUnpinned: true });
      await mkdir(dirname(target), { recursive: true });
      await writeFile(`${target}.part`, download.bytes);
      await rename(`${target}.part`, target);
      const pinned = file.sha256 === null;
      files.push({ ...file, size: download.bytes.byteLength, sha256, ...(pinned ? { evidence: `pinned by aisle models pull from ${url} on ${new Date().toISOString().slice(0, 10)}` } : {}) });
      console.log(`  ✓ ${name} ${mb(download.bytes.byteLength)}${pinned ? ' (hash unknown before: pinned to this download)' : ' (SHA-256 verified)'}`);
    } catch (error) {
      const message = errorMessage(error);
      failures.push(`${name}: ${message.startsWith(file.path) ? message.slice(file.path.length + 2) : message}`);
      console.error(`  ✗ ${name}: ${message}`);
    }
  }
  return { model: { ...model, files }, failures };
}

async function pull(tasks: string[], options: { host?: string; out?: string; manifest?: string; 'path-template'?: string; 'no-lite'?: boolean }): Promise<number> {
  if (!options.host || !options.out) {
    console.error(`aisle models pull: --host and --out are required\n\n${usage}`);
    return 2;
  }
  const manifest = await readManifest(resolve(options.manifest ?? packageManifest));
  const chosen = tasks.length ? tasks : Object.keys(manifest.models);
  const unknown = chosen.filter((t) => !manifest.models[t]);
  if (unknown.length) {
    console.error(`aisle models pull: no task ${unknown.join(', ')} in the manifest (tasks: ${Object.keys(manifest.models).join(', ')})`);
    return 2;
  }
  const out = resolve(options.out);
  const written: ModelManifest = (await readManifest(join(out, 'manifest.json')).catch(() => undefined)) ?? { models: {} };
  const failures: string[] = [];
  for (const task of chosen) {
    const entry = manifest.models[task];
    console.log(`${task}: ${entry.id}`);
    const full = await pullModel(entry, options.host, options['path-template'] ?? '{model}/', out);
    failures.push(...full.failures);
    let lite: ManifestModel | undefined;
    if (entry.lite && !options['no-lite']) {
      console.log(`${task} (lite): ${entry.lite.id}`);
      const pulled = await pullModel(entry.lite, options.host, options['path-template'] ?? '{model}/', out);
      failures.push(...pulled.failures);
      if (!pulled.failures.length) lite = pulled.model;
    }
    if (!full.failures.length) written.models[task] = { ...full.model, lite };
  }
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'manifest.json'), `${JSON.stringify(written, null, 2)}\n`);
  if (failures.length) {
    console.error(`\n${failures.length} file(s) failed; their models are left out of ${join(out, 'manifest.json')}:`);
    failures.forEach((f) => console.error(`  ${f}`));
    return 1;
  }
  console.log(`\nwrote ${join(out, 'manifest.json')}: point the widget's model-host at ${out}`);
  return 0;
}

async function verify(dir: string | undefined): Promise<number> {
  if (!dir) {
    console.error(`aisle models verify: name the folder\n\n${usage}`);
    return 2;
  }
  const manifest = await readManifest(join(resolve(dir), 'manifest.json'));
  const bad: string[] = [];
  let good = 0;
  const check = async (model: ManifestModel) => {
    for (const file of model.files) {
      const name = `${model.id}/${file.path}`;
      const bytes = await readIfPresent(join(resolve(dir), model.id, file.path));
      if (!bytes) {
        bad.push(`${name}: missing`);
        continue;
      }
      try {
        await verifyModelFile(file, bytes);
        good++;
      } catch (error) {
        bad.push(`${name}: ${errorMessage(error).replace(`${file.path}: `, '')}`);
      }
    }
    if (model.lite) await check(model.lite);
  };
  for (const model of Object.values(manifest.models)) await check(model);
  if (bad.length) {
    bad.forEach((b) => console.error(`✗ ${b}`));
    console.error(`${bad.length} bad file(s), ${good} good`);
    return 1;
  }
  console.log(`all ${good} files match ${join(resolve(dir), 'manifest.json')}`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      host: { type: 'string' },
      out: { type: 'string' },
      manifest: { type: 'string' },
      'path-template': { type: 'string' },
      'no-lite': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [action, ...rest] = positionals;
  if (values.help || !action) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  if (action === 'pull') return pull(rest, values);
  if (action === 'verify') return verify(rest[0]);
  console.error(`aisle models: unknown action "${action}"\n\n${usage}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`aisle models: ${errorMessage(error)}`);
    process.exit(1);
  },
);
