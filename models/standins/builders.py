"""One builder per published model: config (published values), tokenizer files, random-weight ONNX files.

`real` uses the published sizes below; `small` keeps the same keys with SMALL's sizes and a cut vocabulary.
Published configs: paraphrase-multilingual-MiniLM-L12-v2 and ms-marco-MiniLM-L-6-v2 as on their model
cards (BERT, 384 hidden, 12 heads, 1536 intermediate; 12 and 6 layers; vocab 250037 and 30522),
distilbert-base-uncased-finetuned-sst-2-english (768 dim, 6 layers, 12 heads, 3072 hidden, NEGATIVE/POSITIVE),
all-MiniLM-L6-v2, opus-mt-zh-en and Qwen2.5-0.5B-Instruct from the real config files in
models/test/generators/base/ (opus-mt-en-zh: the zh-en config with the sides swapped).
"""
import copy
import json
import os
import shutil

import onnx
import torch

import encoders
import llm
import marian
import tokenizer_files as tokenizers
from byte_bpe import train_merges
from onnx_quantize import quantize_dynamic
from q4 import quantize_q4

BASE = tokenizers.BASE
SMALL_BERT = dict(hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=64)
SMALL_VOCAB = 6000


def _json(path, data):
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(data, f, indent=2, ensure_ascii=False)


def _quantize_config(out, parts, op_types):
    _json(os.path.join(out, 'quantize_config.json'), {
        'per_channel': False, 'reduce_range': False,
        'per_model_config': {p: {'op_types': op_types, 'weight_type': 'QInt8'} for p in parts}})


BERT_KEYS = dict(attention_probs_dropout_prob=0.1, classifier_dropout=None, gradient_checkpointing=False, hidden_act='gelu',
                 hidden_dropout_prob=0.1, initializer_range=0.02, layer_norm_eps=1e-12, max_position_embeddings=512,
                 model_type='bert', pad_token_id=0, position_embedding_type='absolute', transformers_version='4.29.2',
                 type_vocab_size=2, use_cache=True)


def _bert_config(size, published, vocab):
    config = {**BERT_KEYS, **published}
    if size == 'small':
        config.update(SMALL_BERT, vocab_size=vocab)
    return config


def multilingual_minilm(out, size):
    pieces = tokenizers.xlmr_unigram(out, SMALL_VOCAB if size == 'small' else None)
    config = _bert_config(size, dict(_name_or_path='sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2',
                                     architectures=['BertModel'], hidden_size=384, intermediate_size=1536,
                                     num_attention_heads=12, num_hidden_layers=12, vocab_size=250037), pieces)
    _json(os.path.join(out, 'config.json'), config)
    encoders.export(encoders.BertModel(config), out, 'model_quantized.onnx', True, 'last_hidden_state', encoders.TOKEN_AXES)


def all_minilm(out, size):
    vocab = tokenizers.wordpiece(out, 'BertTokenizer', SMALL_VOCAB if size == 'small' else None)
    config = json.load(open(os.path.join(BASE, 'all-MiniLM-L6-v2', 'config.json')))
    if size == 'small':
        config.update(SMALL_BERT, vocab_size=vocab)
    _json(os.path.join(out, 'config.json'), config)
    encoders.export(encoders.BertModel({**BERT_KEYS, **config}), out, 'model_quantized.onnx', True, 'last_hidden_state',
                    encoders.TOKEN_AXES)


def ms_marco(out, size):
    vocab = tokenizers.wordpiece(out, 'BertTokenizer', SMALL_VOCAB if size == 'small' else None)
    config = _bert_config(size, dict(_name_or_path='cross-encoder/ms-marco-MiniLM-L-6-v2',
                                     architectures=['BertForSequenceClassification'], hidden_size=384,
                                     intermediate_size=1536, num_attention_heads=12, num_hidden_layers=6,
                                     id2label={'0': 'LABEL_0'}, label2id={'LABEL_0': 0},
                                     sbert_ce_default_activation_function='torch.nn.modules.linear.Identity',
                                     vocab_size=30522), vocab)
    _json(os.path.join(out, 'config.json'), config)
    encoders.export(encoders.BertForSequenceClassification(config), out, 'model_quantized.onnx', True, 'logits',
                    {0: 'batch_size'})


def distilbert_sst2(out, size):
    vocab = tokenizers.wordpiece(out, 'DistilBertTokenizer', SMALL_VOCAB if size == 'small' else None)
    config = dict(_name_or_path='distilbert-base-uncased-finetuned-sst-2-english', activation='gelu',
                  architectures=['DistilBertForSequenceClassification'], attention_dropout=0.1, dim=768, dropout=0.1,
                  finetuning_task='sst-2', hidden_dim=3072, id2label={'0': 'NEGATIVE', '1': 'POSITIVE'},
                  initializer_range=0.02, label2id={'NEGATIVE': 0, 'POSITIVE': 1}, max_position_embeddings=512,
                  model_type='distilbert', n_heads=12, n_layers=6, output_past=True, pad_token_id=0, qa_dropout=0.1,
                  seq_classif_dropout=0.2, sinusoidal_pos_embds=False, tie_weights_=True, transformers_version='4.29.2',
                  vocab_size=30522)
    if size == 'small':
        config.update(dim=32, n_layers=2, n_heads=2, hidden_dim=64, vocab_size=vocab)
    _json(os.path.join(out, 'config.json'), config)
    encoders.export(encoders.DistilBertForSequenceClassification(config), out, 'model_quantized.onnx', False, 'logits',
                    {0: 'batch_size'})


def _int8_gather(model):
    return quantize_dynamic(model, gather_int8=True)


def _opus_mt(out, size, direction):
    src_dir = os.path.join(BASE, 'opus-mt-zh-en')
    zh_scores, zh_charsmap = tokenizers.read_spm(os.path.join(src_dir, 'source.spm'))
    en_scores, en_charsmap = tokenizers.read_spm(os.path.join(src_dir, 'target.spm'))
    real = json.load(open(os.path.join(src_dir, 'vocab.json'), encoding='utf-8'))
    ordered = [p for p, _ in sorted(real.items(), key=lambda kv: kv[1]) if p != '<pad>' and p != marian.LANG_TOKEN]
    if size == 'small':
        scores = {**zh_scores, **en_scores}
        singles = {p for p in ordered if len(p.replace(marian.META, '')) <= 1}
        best = set(sorted((p for p in ordered if p in scores and p not in singles), key=lambda p: -scores[p])[:SMALL_VOCAB])
        ordered = [p for p in ordered if p in ('</s>', '<unk>') or p in singles or p in best]
    vocab = ordered + ([marian.LANG_TOKEN] if direction == 'en-zh' else []) + ['<pad>']
    kept = set(vocab)
    source, target = ('source.spm', 'target.spm') if direction == 'zh-en' else ('target.spm', 'source.spm')
    for name, spm in (('source.spm', source), ('target.spm', target)):
        tokenizers.cut_spm(os.path.join(src_dir, spm), os.path.join(out, name), kept) if size == 'small' else \
            shutil.copy(os.path.join(src_dir, spm), os.path.join(out, name))
    _json(os.path.join(out, 'vocab.json'), {p: i for i, p in enumerate(vocab)})
    src_scores, charsmap = (zh_scores, zh_charsmap) if direction == 'zh-en' else (en_scores, en_charsmap)
    with open(os.path.join(out, 'tokenizer.json'), 'w', encoding='utf-8') as f:
        json.dump(marian.tokenizer_json(vocab, src_scores, charsmap), f, ensure_ascii=False)
    published = json.load(open(os.path.join(src_dir, 'config.json')))
    keys = ('d_model', 'encoder_layers', 'decoder_layers', 'encoder_attention_heads', 'decoder_attention_heads',
            'encoder_ffn_dim', 'decoder_ffn_dim', 'max_position_embeddings')
    marian.SIZES.update({k: published[k] for k in keys})
    if size == 'small':
        marian.SIZES.update(d_model=32, encoder_layers=2, decoder_layers=2, encoder_attention_heads=2,
                            decoder_attention_heads=2, encoder_ffn_dim=64, decoder_ffn_dim=64)
    codes = ('zho', 'eng') if direction == 'zh-en' else ('eng', 'zho')
    marian.write_configs(out, vocab, f'Helsinki-NLP/opus-mt-{direction}', *codes)
    config = json.load(open(os.path.join(out, 'config.json')))
    config['max_length'] = published['max_length']  # the generation limit stays published; positions are sinusoidal
    _json(os.path.join(out, 'config.json'), config)
    marian.quantize_dynamic = _int8_gather
    model = marian.Marian(len(vocab))
    model.eval()
    with torch.no_grad():
        marian.export(model, out, len(vocab))
    if direction == 'zh-en':
        _quantize_config(out, ['encoder_model', 'decoder_model_merged'], ['MatMul', 'Gather'])


def opus_mt_zh_en(out, size):
    _opus_mt(out, size, 'zh-en')


def opus_mt_en_zh(out, size):
    _opus_mt(out, size, 'en-zh')


QWEN_REAL = dict(hidden_size=896, num_hidden_layers=24, num_attention_heads=14, num_key_value_heads=2,
                 intermediate_size=4864, max_position_embeddings=32768)
QWEN_SMALL = dict(hidden_size=64, num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2,
                  intermediate_size=128, max_position_embeddings=32768)


def _llm_texts():
    catalog = os.path.join(llm.ROOT, 'demo', 'catalog', 'dummyjson_products.jsonl')
    titles = [json.loads(line)['title'] for line in open(catalog, encoding='utf-8') if line.strip()]
    return [llm.SYSTEM_PROMPT, 'system', 'user', 'assistant', 'Facts:', 'Question:', 'Answer:', *titles]


def qwen25(out, size):
    llm.ensure_base()
    llm.SIZES.clear()
    llm.SIZES.update(QWEN_REAL if size == 'real' else QWEN_SMALL)
    vocab, merges = train_merges(_llm_texts(), 4000 if size == 'real' else 600)
    special = llm.write_files(out, vocab, merges)
    config = json.load(open(os.path.join(out, 'config.json')))
    table = len(vocab) + len(llm.SPECIALS)
    if size == 'real':
        config['vocab_size'] = table = 151936  # the published table; the stand-in's tokens use the first ids
    config['_name_or_path'] = 'Qwen/Qwen2.5-0.5B-Instruct'
    config['max_window_layers'] = llm.SIZES['num_hidden_layers'] if size == 'small' else 21
    _json(os.path.join(out, 'config.json'), config)
    _json(os.path.join(out, 'added_tokens.json'), special)
    _json(os.path.join(out, 'vocab.json'), {t: i for i, t in enumerate(vocab)})
    with open(os.path.join(out, 'merges.txt'), 'w', encoding='utf-8') as f:
        f.write('#version: 0.2\n' + ''.join(f'{a} {b}\n' for a, b in merges))
    _json(os.path.join(out, 'quantize_config.json'), {'modes': ['q4', 'q4f16'], 'block_size': 32, 'is_symmetric': True,
                                                      'accuracy_level': None, 'per_channel': False, 'reduce_range': False})
    model = llm.Qwen2(table)
    model.eval()
    fp32 = os.path.join(out, 'onnx', 'model.fp32.onnx')
    _export_qwen(model, fp32)
    base = onnx.load(fp32)
    onnx.save(quantize_q4(copy.deepcopy(base)), os.path.join(out, 'onnx', 'model_q4.onnx'))
    onnx.save(quantize_q4(base, f16=True), os.path.join(out, 'onnx', 'model_q4f16.onnx'))
    os.remove(fp32)


def _export_qwen(model, path):
    """llm.export's graph and names, kept in float32 for the 4-bit quantizer."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    sizes = llm.SIZES
    kv, hd = sizes['num_key_value_heads'], sizes['hidden_size'] // sizes['num_attention_heads']
    pasts = [torch.randn(1, kv, 3, hd) for _ in range(2 * sizes['num_hidden_layers'])]
    names, present, dyn = [], [], {
        'input_ids': {0: 'batch_size', 1: 'sequence_length'},
        'attention_mask': {0: 'batch_size', 1: 'total_sequence_length'},
        'position_ids': {0: 'batch_size', 1: 'sequence_length'},
        'logits': {0: 'batch_size', 1: 'sequence_length'},
    }
    for i in range(sizes['num_hidden_layers']):
        for kind in ('key', 'value'):
            names.append(f'past_key_values.{i}.{kind}')
            present.append(f'present.{i}.{kind}')
            dyn[names[-1]] = {0: 'batch_size', 2: 'past_sequence_length'}
            dyn[present[-1]] = {0: 'batch_size', 2: 'total_sequence_length'}
    with torch.no_grad():
        torch.onnx.export(model, (torch.tensor([[5, 6]]), torch.ones(1, 5, dtype=torch.long), torch.tensor([[3, 4]]), *pasts),
                          path, input_names=['input_ids', 'attention_mask', 'position_ids', *names],
                          output_names=['logits', *present], dynamic_axes=dyn, opset_version=14, do_constant_folding=True)
