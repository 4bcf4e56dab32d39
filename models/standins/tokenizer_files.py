"""Tokenizer files of the published models' types, from the real vocabularies kept in models/test/generators/base/.

- WordPiece (bert-base-uncased vocabulary, the one all-MiniLM-L6-v2, ms-marco-MiniLM-L-6-v2 and
  distilbert-base-uncased share): the real tokenizer.json; `small` keeps the first ids only.
- SentencePiece Unigram, XLM-R style (paraphrase-multilingual-MiniLM-L12-v2): <s> <pad> </s> <unk>, then
  the Chinese and English pieces and scores of the opus-mt SentencePiece models, Metaspace, Precompiled
  normalizer; `small` keeps the single characters and the best-scored longer pieces.
- Marian (opus-mt): the real vocab.json and SentencePiece files, cut for `small`.
- Byte-level BPE (Qwen2.5): merges trained on shopping text (the real merges are not in this repository),
  Qwen2's pre-tokenizer pattern and the real special tokens (and their ids at real size).
"""
import base64
import json
import os
import shutil

from sentencepiece_model import META, _fields, _varint, read_spm  # noqa: F401

GENERATORS = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', 'test', 'generators'))
BASE = os.path.join(GENERATORS, 'base')


def _write_json(path, data, indent=None):
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(data, f, indent=indent, ensure_ascii=False)


def wordpiece(out, tokenizer_class, limit=None):
    """Writes tokenizer.json, tokenizer_config.json, special_tokens_map.json; returns the vocab size."""
    src = os.path.join(BASE, 'all-MiniLM-L6-v2')
    spec = json.load(open(os.path.join(src, 'tokenizer.json'), encoding='utf-8'))
    if limit:
        spec['model']['vocab'] = {t: i for t, i in spec['model']['vocab'].items() if i < limit}
    _write_json(os.path.join(out, 'tokenizer.json'), spec)
    config = json.load(open(os.path.join(src, 'tokenizer_config.json')))
    config['tokenizer_class'] = tokenizer_class
    _write_json(os.path.join(out, 'tokenizer_config.json'), config, 2)
    shutil.copy(os.path.join(src, 'special_tokens_map.json'), os.path.join(out, 'special_tokens_map.json'))
    return len(spec['model']['vocab'])


def xlmr_unigram(out, limit=None):
    """An XLM-R-style Unigram tokenizer.json over the opus-mt pieces; returns the number of pieces."""
    zh, charsmap = read_spm(os.path.join(BASE, 'opus-mt-zh-en', 'source.spm'))
    en, _ = read_spm(os.path.join(BASE, 'opus-mt-zh-en', 'target.spm'))
    scores = {**en, **{p: s for p, s in zh.items() if p not in en or s > en[p]}}
    pieces = sorted(scores, key=lambda p: (-scores[p], p))
    if limit:
        singles = [p for p in pieces if len(p.replace(META, '')) <= 1]
        longer = [p for p in pieces if len(p.replace(META, '')) > 1][:max(0, limit - len(singles))]
        pieces = sorted(singles + longer, key=lambda p: (-scores[p], p))
    specials = ['<s>', '<pad>', '</s>', '<unk>']
    vocab = [[t, 0.0] for t in specials] + [[p, scores[p]] for p in pieces] + [['<mask>', 0.0]]
    spec = {
        'version': '1.0', 'truncation': None, 'padding': None,
        'added_tokens': [{'id': i, 'content': t, 'single_word': False, 'lstrip': t == '<mask>', 'rstrip': False,
                          'normalized': False, 'special': True}
                         for i, t in [*enumerate(specials), (len(vocab) - 1, '<mask>')]],
        'normalizer': {'type': 'Precompiled', 'precompiled_charsmap': base64.b64encode(charsmap).decode('ascii')},
        'pre_tokenizer': {'type': 'Metaspace', 'replacement': META, 'prepend_scheme': 'always', 'split': True},
        'post_processor': {'type': 'RobertaProcessing', 'sep': ['</s>', 2], 'cls': ['<s>', 0], 'trim_offsets': True,
                           'add_prefix_space': True},
        'decoder': {'type': 'Metaspace', 'replacement': META, 'prepend_scheme': 'always', 'split': True},
        'model': {'type': 'Unigram', 'unk_id': 3, 'vocab': vocab, 'byte_fallback': False},
    }
    _write_json(os.path.join(out, 'tokenizer.json'), spec)
    _write_json(os.path.join(out, 'tokenizer_config.json'), {
        'bos_token': '<s>', 'clean_up_tokenization_spaces': True, 'cls_token': '<s>', 'do_lower_case': True,
        'eos_token': '</s>', 'mask_token': '<mask>', 'model_max_length': 512, 'pad_token': '<pad>', 'sep_token': '</s>',
        'tokenizer_class': 'XLMRobertaTokenizer', 'unk_token': '<unk>'}, 2)
    _write_json(os.path.join(out, 'special_tokens_map.json'), {
        'bos_token': '<s>', 'cls_token': '<s>', 'eos_token': '</s>', 'mask_token': '<mask>', 'pad_token': '<pad>',
        'sep_token': '</s>', 'unk_token': '<unk>'}, 2)
    return len(vocab)


def _field(number, payload):
    key = bytearray()
    value = (number << 3) | 2
    while True:
        byte = value & 0x7F
        value >>= 7
        key.append(byte | (0x80 if value else 0))
        if not value:
            break
    size = bytearray()
    value = len(payload)
    while True:
        byte = value & 0x7F
        value >>= 7
        size.append(byte | (0x80 if value else 0))
        if not value:
            break
    return bytes(key) + bytes(size) + payload


def cut_spm(src, dst, keep):
    """Copies a SentencePiece model keeping only the normal pieces in `keep` (control and unknown pieces stay)."""
    buf = open(src, 'rb').read()
    out = bytearray()
    for field, wire, value in _fields(buf):
        if field == 1:
            piece, kind = None, 1
            for f, _, v in _fields(value):
                if f == 1:
                    piece = v.decode('utf-8')
                elif f == 3:
                    kind = v
            if kind == 1 and piece not in keep:
                continue
        if wire != 2:
            raise ValueError('unexpected top-level field in a SentencePiece model')
        out += _field(field, bytes(value))
    open(dst, 'wb').write(bytes(out))
