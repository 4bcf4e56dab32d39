#!/usr/bin/env python3
"""Stand-ins for every model of models/manifest.json (and each `lite`): the real shape, random weights.

    /usr/bin/python3 models/standins/generate.py --size small [model id or task ...]   # committed: models/standins/small/
    /usr/bin/python3 models/standins/generate.py --size real  [model id or task ...]   # git-ignored: models/standins/real/

Each stand-in has the published architecture and config keys (model type, architectures, layers, hidden
size, heads, vocab size, max positions, labels), the ONNX input and output names transformers.js drives,
opset 14, the manifest's file names and quantization (int8 with the word table looked up as int8 then
DequantizeLinear, as onnxruntime's quantize_dynamic writes it; 4-bit MatMulNBits for q4 / q4f16), and a
tokenizer of the same type with the same files. Weights are random, seeded per model (deterministic):
a stand-in proves the loading path and measures size and speed, never quality. `real` keeps the published
dimensions; `small` keeps every config key and the graph with 2 layers, a small hidden size and a cut
vocabulary. Every file the manifest lists for a model is written (the run fails otherwise), so
`npx aisle models pull` against a local hub of these folders (test/helpers/local-hub.ts) pins them all.
Needs Debian's python3-torch, python3-onnx, python3-numpy.
"""
import argparse
import hashlib
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, 'models', 'test', 'generators'))

import torch  # noqa: E402

torch.set_num_threads(max(1, (os.cpu_count() or 2) // 2))

import builders  # noqa: E402

BUILDERS = {
    'Xenova/paraphrase-multilingual-MiniLM-L12-v2': builders.multilingual_minilm,
    'Xenova/all-MiniLM-L6-v2': builders.all_minilm,
    'Xenova/distilbert-base-uncased-finetuned-sst-2-english': builders.distilbert_sst2,
    'Xenova/ms-marco-MiniLM-L-6-v2': builders.ms_marco,
    'Xenova/opus-mt-zh-en': builders.opus_mt_zh_en,
    'Xenova/opus-mt-en-zh': builders.opus_mt_en_zh,
    'onnx-community/Qwen2.5-0.5B-Instruct': builders.qwen25,
}


def manifest_models():
    manifest = json.load(open(os.path.join(ROOT, 'models', 'manifest.json'), encoding='utf-8'))
    for task, entry in manifest['models'].items():
        yield task, entry
        if entry.get('lite'):
            yield task, entry['lite']


def pinned(entry, out):
    """The manifest entry with each file's size and sha256 as written in `out`."""
    files = []
    for f in entry['files']:
        path = os.path.join(out, f['path'])
        digest = hashlib.sha256()
        with open(path, 'rb') as data:
            for block in iter(lambda: data.read(1 << 20), b''):
                digest.update(block)
        files.append({'path': f['path'], 'size': os.path.getsize(path), 'sha256': digest.hexdigest()})
    pinned_entry = {k: v for k, v in entry.items() if k not in ('files', 'lite', 'notes')}
    return {**pinned_entry, 'files': files}


def write_manifest(out_root, written):
    """{out_root}/manifest.json: models/manifest.json's entries for the stand-ins written so far, pinned
    to their files, so the folder is a model host (`npm run bench -- --models models/standins/real`)."""
    path = os.path.join(out_root, 'manifest.json')
    previous = json.load(open(path, encoding='utf-8'))['models'] if os.path.isfile(path) else {}
    models = {}
    for task, entry in json.load(open(os.path.join(ROOT, 'models', 'manifest.json'), encoding='utf-8'))['models'].items():
        main_entry = written.get(entry['id']) or previous.get(task, {}).get('id') == entry['id'] and previous[task]
        lite = entry.get('lite') and (written.get(entry['lite']['id']) or (previous.get(task, {}).get('lite') or {}).get('id') == entry['lite']['id'] and previous[task]['lite'])
        if main_entry:
            models[task] = {**main_entry, **({'lite': lite} if lite else {})}
    with open(path, 'w', encoding='utf-8') as f:
        json.dump({'models': models}, f, indent=1)
        f.write('\n')


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--size', choices=['small', 'real'], required=True)
    parser.add_argument('only', nargs='*', help='model ids or manifest tasks (default: all)')
    args = parser.parse_args()
    out_root = os.path.join(HERE, args.size)
    written = {}
    for task, entry in manifest_models():
        if args.only and entry['id'] not in args.only and task not in args.only:
            continue
        build = BUILDERS.get(entry['id'])
        if not build:
            sys.exit(f'no stand-in builder for {entry["id"]} (task {task}): add one to models/standins/builders.py')
        out = os.path.join(out_root, entry['id'])
        os.makedirs(out, exist_ok=True)
        started = time.time()
        torch.manual_seed(sum(entry['id'].encode()))  # Debian's torch seeds itself randomly otherwise
        build(out, args.size)
        missing = [f['path'] for f in entry['files'] if not os.path.isfile(os.path.join(out, f['path']))]
        if missing:
            sys.exit(f'{entry["id"]}: the stand-in lacks {", ".join(missing)}')
        listed = {f['path'] for f in entry['files']}
        for dirpath, _, names in os.walk(out):
            for name in names:
                rel = os.path.relpath(os.path.join(dirpath, name), out).replace(os.sep, '/')
                if rel not in listed:
                    os.remove(os.path.join(dirpath, name))  # only what the manifest lists is served
        size = sum(os.path.getsize(os.path.join(out, p)) for p in listed)
        print(f'{entry["id"]} ({task}, {args.size}): {size / 1e6:.1f} MB in {time.time() - started:.0f} s')
        written[entry['id']] = pinned(entry, out)
    write_manifest(out_root, written)


if __name__ == '__main__':
    main()
